package uk.nhs.talent.diversity.characteristics;

public enum ReligionOrBelief implements Declared {
    NO_RELIGION, CHRISTIANITY, BUDDHISM, HINDUISM, JUDAISM, ISLAM, SIKHISM, OTHER, PREFER_NOT_TO_SAY, NOT_STATED;

    @Override
    public String category() {
        return this == PREFER_NOT_TO_SAY || this == NOT_STATED ? Characteristic.NOT_DECLARED : name();
    }
}
