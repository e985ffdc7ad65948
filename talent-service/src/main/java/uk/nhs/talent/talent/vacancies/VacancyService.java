package uk.nhs.talent.talent.vacancies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyEvent;
import uk.nhs.talent.talent.matching.MatchingService;
import uk.nhs.talent.talent.pools.PoolService;
import uk.nhs.talent.talent.profiles.ProfileRepository;
import uk.nhs.talent.talent.profiles.TalentProfile;

/**
 * What talent-service learns from vacancy events, in the transaction of the event's inbox entry: the vacancy's
 * newest snapshot, and for an appointment of someone in the pipeline, the appointment on their profile and their
 * exit from the pools they were in; for an open vacancy first seen (or one whose role family, level or region
 * changed), the candidates proposed for it. An older snapshot than the one held changes nothing at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VacancyService {

    private final VacancyRepository repository;
    private final ProfileRepository profiles;
    private final PoolService pools;
    private final MatchingService matching;
    private final Clock clock;

    public VacancyService(VacancyRepository repository, ProfileRepository profiles, PoolService pools,
            MatchingService matching, Clock clock) {
        this.repository = repository;
        this.profiles = profiles;
        this.pools = pools;
        this.matching = matching;
        this.clock = clock;
    }

    public void learn(VacancyEvent event) {
        String appointee = event instanceof VacancyAppointed appointed ? appointed.appointee() : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        Vacancy held = repository.findById(event.vacancy().vacancyId());
        boolean newer;
        boolean matchAgain;
        if (held == null) {
            held = Vacancy.of(event.vacancy(), appointee, now);
            repository.persist(held);
            newer = true;
            matchAgain = true;
        } else {
            String before = held.matchedOn();
            newer = held.learn(event.vacancy(), appointee, now);
            matchAgain = newer && !before.equals(held.matchedOn());
        }
        if (matchAgain && held.isOpen()) {
            repository.flush();
            matching.match(held);
        }
        if (newer && appointee != null) {
            // An appointee outside the pipeline (an HR system's own candidate reference) has no profile here.
            TalentProfile profile = profiles.findById(appointee);
            if (profile != null) {
                // The contract requires filledOn on an appointment; today stands in should a producer omit it.
                LocalDate filledOn = Objects.requireNonNullElse(event.vacancy().filledOn(), now.toLocalDate());
                profile.appointed(event.vacancy().vacancyId(), filledOn, now);
                pools.exitOnAppointment(profile, filledOn);
            }
        }
    }
}
