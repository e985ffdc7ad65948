package uk.nhs.talent.diversity.characteristics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Ethnic category as coded in the NHS Data Dictionary (2001 census groups): A–S, and Z "not stated". "Prefer not
 * to say" is kept apart from Z so that declaration rates can be told apart from refusals at collection.
 */
@Schema(description = "NHS Data Dictionary ethnic category: A White British, B White Irish, C any other White "
        + "background, D White and Black Caribbean, E White and Black African, F White and Asian, G any other mixed "
        + "background, H Indian, J Pakistani, K Bangladeshi, L any other Asian background, M Caribbean, N African, "
        + "P any other Black background, R Chinese, S any other ethnic group, Z not stated; or PREFER_NOT_TO_SAY")
public enum EthnicCategory implements Declared {
    A("WHITE"), B("WHITE"), C("WHITE"),
    D("MIXED"), E("MIXED"), F("MIXED"), G("MIXED"),
    H("ASIAN"), J("ASIAN"), K("ASIAN"), L("ASIAN"),
    M("BLACK"), N("BLACK"), P("BLACK"),
    R("OTHER"), S("OTHER"),
    Z(Characteristic.NOT_DECLARED),
    PREFER_NOT_TO_SAY(Characteristic.NOT_DECLARED);

    private final String category;

    EthnicCategory(String category) {
        this.category = category;
    }

    @Override
    public String category() {
        return category;
    }

    /** The WRES comparison: White (A–C) against Black and minority ethnic (D–S); null when not declared. */
    public Boolean white() {
        return switch (category) {
            case "WHITE" -> true;
            case Characteristic.NOT_DECLARED -> null;
            default -> false;
        };
    }
}
