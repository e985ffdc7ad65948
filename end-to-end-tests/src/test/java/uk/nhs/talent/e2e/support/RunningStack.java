package uk.nhs.talent.e2e.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * The whole stack, started once for all end-to-end tests with deploy/local/start-stack.sh, the script the
 * README's run command uses: the machine's PostgreSQL, a Kafka broker, Keycloak with the project's realm, every
 * service and the gateway, each health-checked. Ports are shifted by {@value #PORT_OFFSET} and databases carry
 * an {@code _e2e} suffix, so that a local run on the same machine is left alone; every run starts empty.
 */
public class RunningStack implements BeforeAllCallback {

    public static final int PORT_OFFSET = 10_000;
    public static final String GATEWAY = "http://localhost:" + (8080 + PORT_OFFSET);
    public static final String KEYCLOAK = "http://localhost:" + (8180 + PORT_OFFSET);
    public static final String KAFKA = "localhost:" + (9092 + PORT_OFFSET);
    public static final String DB_SUFFIX = "_e2e";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Stack.class, key -> Stack.start(), Stack.class);
        RestAssured.baseURI = GATEWAY;
    }

    /** Stopped by JUnit when the whole run ends. */
    static final class Stack implements ExtensionContext.Store.CloseableResource {

        private final Path root = Path.of(System.getProperty("e2e.project-root"));
        private final Path dir = Path.of(System.getProperty("e2e.stack-dir"));

        static Stack start() {
            Stack stack = new Stack();
            try {
                stack.run("start-stack.sh", START_TIMEOUT);
            } catch (RuntimeException e) {
                // Whatever did start would hold the ports of the next run, with the jars of this one.
                stack.close();
                throw e;
            }
            return stack;
        }

        @Override
        public void close() {
            run("stop.sh", Duration.ofMinutes(2));
        }

        private void run(String script, Duration timeout) {
            try {
                Files.createDirectories(dir);
                Path log = dir.resolve(script.replace(".sh", ".log"));
                ProcessBuilder builder = new ProcessBuilder(List.of("bash", root.resolve("deploy/local/" + script).toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().putAll(Map.of(
                        "STACK_DIR", dir.toString(),
                        "PORT_OFFSET", Integer.toString(PORT_OFFSET),
                        "DB_SUFFIX", DB_SUFFIX,
                        // A journey lasts minutes, a quarter months: diversity figures of the quarter under way are
                        // published when a test asks (POST /diversity-publications), never by the hourly check.
                        "DIVERSITY_DISCLOSURE_PUBLISH_AFTER", "-P93D",
                        "DIVERSITY_PUBLICATION_EVERY", "off",
                        "FRESH", "1",
                        "TOOLS_CLASSPATH", System.getProperty("java.class.path")));
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(script + " did not finish within " + timeout + "; see " + log);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(script + " failed:\n" + Files.readString(log));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot run " + script, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + script, e);
            }
        }
    }
}
