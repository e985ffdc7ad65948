package uk.nhs.talent.events.vacancy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Synthetic vacancy payloads, one per event type. No real organisation data or people. */
public final class VacancyFixtures {

    public static final UUID VACANCY_ID = UUID.fromString("0b6f3c2e-5d1a-4c8e-9f37-2a4d6e8b1c90");
    public static final UUID EVENT_ID = UUID.fromString("d9e1a7c4-3b2f-4e6a-8c5d-7f1b0a2e9c36");
    public static final OffsetDateTime TIME = OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneOffset.UTC);

    private VacancyFixtures() {
    }

    public static VacancySnapshot snapshot(VacancyStatus status) {
        boolean filled = status == VacancyStatus.FILLED;
        boolean closed = status != VacancyStatus.OPEN;
        return new VacancySnapshot(VACANCY_ID, 3, "RW3", "Y62", "QOP",
                "Chief Finance Officer", RoleFamily.FINANCE, Level.VSM, true,
                ContractType.SUBSTANTIVE, RecruitmentRoute.OPEN_ADVERT, status,
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 1),
                filled ? LocalDate.of(2026, 5, 11) : null,
                closed ? 14 : null,
                closed && status != VacancyStatus.SHORTLISTING ? 4 : null);
    }

    public static VacancyOpened opened() {
        return new VacancyOpened(snapshot(VacancyStatus.OPEN));
    }

    public static VacancyShortlisted shortlisted() {
        return new VacancyShortlisted(snapshot(VacancyStatus.INTERVIEWING),
                List.of("p-7f3a9c", "p-21be04", "RW3:hr-000417", "p-c0ffee"));
    }

    public static VacancyAppointed appointed(String appointee) {
        return new VacancyAppointed(snapshot(VacancyStatus.FILLED), appointee);
    }

    /** One realistic payload for every vacancy event type. */
    public static Stream<VacancyEvent> everyEventType() {
        return Stream.of(
                opened(),
                new VacancyUpdated(snapshot(VacancyStatus.OPEN)),
                new VacancyClosed(snapshot(VacancyStatus.SHORTLISTING)),
                shortlisted(),
                new VacancyOffered(snapshot(VacancyStatus.OFFERED)),
                appointed("p-7f3a9c"),
                new VacancyWithdrawn(snapshot(VacancyStatus.WITHDRAWN), "Post merged into a joint role with a partner trust"));
    }
}
