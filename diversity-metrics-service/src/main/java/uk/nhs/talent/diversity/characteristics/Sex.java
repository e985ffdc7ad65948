package uk.nhs.talent.diversity.characteristics;

public enum Sex implements Declared {
    FEMALE, MALE, PREFER_NOT_TO_SAY, NOT_STATED;

    @Override
    public String category() {
        return this == FEMALE || this == MALE ? name() : Characteristic.NOT_DECLARED;
    }
}
