package uk.nhs.talent.diversity.characteristics;

/**
 * One declared value of a protected characteristic. Each maps to the category it is published in: figures use
 * broader categories than declarations (e.g. the 17 ethnic categories in six groups), so fewer cells are small.
 */
public interface Declared {

    /** The published category, one of its characteristic's {@link Characteristic#categories()}. */
    String category();
}
