package uk.nhs.talent.talent.readiness;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.events.vacancy.RoleFamily;

@ApplicationScoped
public class ReadinessRepository implements PanacheRepositoryBase<ReadinessAssessment, UUID> {

    public List<ReadinessAssessment> current(String personRef) {
        return list("personRef = ?1 and supersededAt is null", Sort.by("roleFamily"), personRef);
    }

    public Optional<ReadinessAssessment> current(String personRef, RoleFamily roleFamily) {
        return find("personRef = ?1 and roleFamily = ?2 and supersededAt is null", personRef, roleFamily)
                .firstResultOptional();
    }

    public List<ReadinessAssessment> history(String personRef) {
        return list("personRef", Sort.by("recordedAt").descending().and("id"), personRef);
    }
}
