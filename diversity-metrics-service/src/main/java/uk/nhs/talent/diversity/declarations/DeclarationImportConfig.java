package uk.nhs.talent.diversity.declarations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of a declaration import. (Its body limit is talent.http.path-limits.declaration-imports.) */
@ConfigMapping(prefix = "talent.declaration-imports")
public interface DeclarationImportConfig {

    /** Read by @TransactionConfiguration, which takes a property name, not a mapping. */
    String TIMEOUT_PROPERTY = "talent.declaration-imports.timeout-seconds";

    /** Data rows a file may hold; a larger one is refused whole (413) before anything is stored. */
    @WithDefault("100000")
    int maxRows();

    /** Rows stored per transaction: the progress a reader sees moves by this much at a time. */
    @WithDefault("500")
    int chunkRows();

    /**
     * How long an import may run, in seconds: its Idempotency-Key stays claimed (a repeat waits) for as long as
     * it runs, in a transaction of its own that would otherwise end at the default transaction timeout.
     */
    @WithDefault("900")
    int timeoutSeconds();
}
