package uk.nhs.talent.testsupport;

import java.util.Arrays;
import java.util.logging.ConsoleHandler;

import org.jboss.logging.Logger;

/**
 * The log of the command-line launchers (broker, issuer, databases): no Quarkus configures logging there, so the
 * lines the run scripts wait for ("Kafka ready at ...") would go nowhere. Logs through java.util.logging, with a
 * console handler on its root logger unless it has one.
 */
final class LauncherLog {

    private LauncherLog() {
    }

    /** Call from {@code main}, before anything else logs. */
    static Logger of(Class<?> launcher) {
        System.setProperty("org.jboss.logging.provider", "jdk");
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        // The JDK's root has a console handler; JBoss LogManager's (the broker's launcher installs it) a silent one.
        if (Arrays.stream(root.getHandlers()).noneMatch(ConsoleHandler.class::isInstance)) {
            root.addHandler(new ConsoleHandler());
        }
        return Logger.getLogger(launcher);
    }
}
