package uk.nhs.talent.diversity.stages;

/**
 * Fired, within the erasure's transaction, once a person's declaration and stage history are gone: whatever was
 * derived from them goes too. It names nobody.
 */
public record PersonForgotten() {
}
