package uk.nhs.talent.commons.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of a service, in UTC. Code asks for it instead of calling {@code now()}, so that a test can
 * set the time (a {@code @Mock} or alternative {@code Clock} bean replaces this default).
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
