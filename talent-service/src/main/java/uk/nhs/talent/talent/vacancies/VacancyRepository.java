package uk.nhs.talent.talent.vacancies;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancyStatus;

@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    /**
     * Whether a vacancy is open for a post of this organisation, role family and level: vacancy-service's events
     * name no key post, so a key post counts as vacant-and-advertised when such a vacancy is open.
     */
    public boolean openOn(String orgCode, RoleFamily roleFamily, Level level) {
        return count("orgCode = ?1 and roleFamily = ?2 and level = ?3 and status not in ?4", orgCode, roleFamily,
                level, List.of(VacancyStatus.FILLED, VacancyStatus.WITHDRAWN)) > 0;
    }
}
