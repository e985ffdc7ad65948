package uk.nhs.talent.diversity.characteristics;

/** Declared as asked; published as what the Equality Act protects: married or in a civil partnership, or not. */
public enum MarriageCivilPartnership implements Declared {
    SINGLE, MARRIED, CIVIL_PARTNERSHIP, DIVORCED_OR_DISSOLVED, WIDOWED, SEPARATED, PREFER_NOT_TO_SAY, NOT_STATED;

    @Override
    public String category() {
        return switch (this) {
            case MARRIED, CIVIL_PARTNERSHIP -> "MARRIED_OR_CIVIL_PARTNERSHIP";
            case SINGLE, DIVORCED_OR_DISSOLVED, WIDOWED, SEPARATED -> "NOT_MARRIED_OR_CIVIL_PARTNERSHIP";
            case PREFER_NOT_TO_SAY, NOT_STATED -> Characteristic.NOT_DECLARED;
        };
    }
}
