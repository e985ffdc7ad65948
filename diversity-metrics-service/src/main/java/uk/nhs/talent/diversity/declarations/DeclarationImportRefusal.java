package uk.nhs.talent.diversity.declarations;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Why an import refused a row, column by column: the row's number, the column and the rule, never the value. */
@Entity
@Table(name = "declaration_import_refusal")
public class DeclarationImportRefusal {

    /** The column's width: a longer message (a rule listing many values) is cut. */
    static final int MAX_MESSAGE = 300;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "import_id")
        public UUID importId;
        @Column(name = "row_number")
        public int rowNumber;
        @Column(name = "field")
        public String field;

        protected Key() {
        }

        Key(UUID importId, int rowNumber, String field) {
            this.importId = importId;
            this.rowNumber = rowNumber;
            this.field = field;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && importId.equals(other.importId) && rowNumber == other.rowNumber
                    && field.equals(other.field);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, rowNumber, field);
        }
    }

    @EmbeddedId
    public Key id;
    @Column(nullable = false)
    public String message;

    static DeclarationImportRefusal of(UUID importId, int rowNumber, String field, String message) {
        DeclarationImportRefusal refusal = new DeclarationImportRefusal();
        refusal.id = new Key(importId, rowNumber, field);
        refusal.message = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
        return refusal;
    }
}
