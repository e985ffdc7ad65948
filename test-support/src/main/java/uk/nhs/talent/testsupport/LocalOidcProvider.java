package uk.nhs.talent.testsupport;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The development token issuer of the local run, until the run uses Keycloak: serves realm talent-pipeline's
 * discovery document and JWKS on {@code --port} (default 8180) with the key kept in {@code --key-dir}, so that
 * {@link LocalToken} can sign tokens the services accept. Prints {@code OIDC issuer ready at <issuer>}.
 */
public final class LocalOidcProvider {

    private LocalOidcProvider() {
    }

    public static void main(String[] args) throws InterruptedException {
        org.jboss.logging.Logger log = LauncherLog.of(LocalOidcProvider.class);
        Arguments arguments = Arguments.parse(args);
        System.setProperty(SharedOidcProvider.PORT_PROPERTY, arguments.value("--port", "8180"));
        System.setProperty(SharedOidcProvider.KEY_DIR_PROPERTY,
                Path.of(arguments.value("--key-dir", ".local/oidc")).toAbsolutePath().toString());
        // The run script waits for this line in the issuer's log.
        log.infof("OIDC issuer ready at %s", SharedOidcProvider.issuer());
        new CountDownLatch(1).await();
    }
}
