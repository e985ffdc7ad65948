package uk.nhs.talent.diversity.declarations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refused row's column and the rule it breaks; never the value. */
@Schema(name = "DeclarationImportRefusal")
public record DeclarationImportRefusalView(
        @Schema(description = "1 for the first row after the header") int row,
        @Schema(description = "The column at fault", example = "ethnicCategory") String field,
        @Schema(example = "must be one of [A, B, C, ...]") String message) {

    static DeclarationImportRefusalView of(DeclarationImportRefusal refusal) {
        return new DeclarationImportRefusalView(refusal.id.rowNumber, refusal.id.field, refusal.message);
    }
}
