package uk.nhs.talent.testsupport;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the broker's INFO chatter out of test output (the clients' own logs stay as configured).
 * Set system property {@code kafka.broker.log.level} (e.g. INFO, DEBUG) to see it.
 */
final class BrokerLogging {

    private static final List<String> BROKER_CATEGORIES = List.of(
            "kafka", "state.change.logger",
            "org.apache.kafka.server", "org.apache.kafka.controller", "org.apache.kafka.raft",
            "org.apache.kafka.metadata", "org.apache.kafka.image", "org.apache.kafka.snapshot",
            "org.apache.kafka.storage", "org.apache.kafka.coordinator", "org.apache.kafka.queue",
            "org.apache.kafka.network", "org.apache.kafka.security", "org.apache.kafka.common.utils.AppInfoParser");

    // strong references: a garbage-collected logger forgets its level
    private static volatile List<Logger> loggers = List.of();

    private BrokerLogging() {
    }

    static synchronized void quieten() {
        if (!loggers.isEmpty()) {
            return;
        }
        Level level = level(System.getProperty("kafka.broker.log.level", "WARN"));
        loggers = BROKER_CATEGORIES.stream().map(name -> {
            Logger logger = org.jboss.logmanager.Logger.getLogger(name);
            logger.setLevel(level);
            return logger;
        }).toList();
    }

    private static Level level(String name) {
        // touching the JBoss levels registers WARN, ERROR, DEBUG, TRACE with Level.parse
        Level fallback = org.jboss.logmanager.Level.WARN;
        try {
            return Level.parse(name.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
