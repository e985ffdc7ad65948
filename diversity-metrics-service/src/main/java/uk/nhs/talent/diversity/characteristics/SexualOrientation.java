package uk.nhs.talent.diversity.characteristics;

/** Declared as asked; published as heterosexual or LGBO (lesbian, gay, bisexual or other), as the NHS Staff Survey does. */
public enum SexualOrientation implements Declared {
    HETEROSEXUAL, GAY_OR_LESBIAN, BISEXUAL, OTHER, PREFER_NOT_TO_SAY, NOT_STATED;

    @Override
    public String category() {
        return switch (this) {
            case HETEROSEXUAL -> "HETEROSEXUAL";
            case GAY_OR_LESBIAN, BISEXUAL, OTHER -> "LGBO";
            case PREFER_NOT_TO_SAY, NOT_STATED -> Characteristic.NOT_DECLARED;
        };
    }
}
