package uk.nhs.talent.testsupport;

/** Waiting between polls of a server that is starting: an interrupt ends the wait and the caller's attempt. */
final class Pause {

    private Pause() {
    }

    static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
