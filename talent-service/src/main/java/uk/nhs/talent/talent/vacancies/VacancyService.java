package uk.nhs.talent.talent.vacancies;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.events.vacancy.VacancyAppointed;
import uk.nhs.talent.events.vacancy.VacancyEvent;

/** What talent-service learns from vacancy events, in the transaction of the event's inbox entry. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VacancyService {

    private final VacancyRepository repository;
    private final Clock clock;

    public VacancyService(VacancyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** @return whether the event told something new (false for an older snapshot than the one held) */
    public boolean learn(VacancyEvent event) {
        String appointee = event instanceof VacancyAppointed appointed ? appointed.appointee() : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        Vacancy held = repository.findById(event.vacancy().vacancyId());
        if (held == null) {
            repository.persist(Vacancy.of(event.vacancy(), appointee, now));
            return true;
        }
        return held.learn(event.vacancy(), appointee, now);
    }
}
