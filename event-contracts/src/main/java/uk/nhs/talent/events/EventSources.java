package uk.nhs.talent.events;

import java.net.URI;

/** CloudEvent {@code source} values: the producing service, as a URI reference. */
public final class EventSources {

    public static final URI VACANCY_SERVICE = URI.create("/vacancy-service");
    public static final URI TALENT_SERVICE = URI.create("/talent-service");
    public static final URI GATEWAY = URI.create("/gateway");

    private EventSources() {
    }
}
