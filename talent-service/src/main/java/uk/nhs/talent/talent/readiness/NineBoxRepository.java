package uk.nhs.talent.talent.readiness;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class NineBoxRepository implements PanacheRepositoryBase<NineBoxReview, UUID> {

    public Optional<NineBoxReview> current(String personRef) {
        return find("personRef = ?1 and supersededAt is null", personRef).firstResultOptional();
    }

    public List<NineBoxReview> history(String personRef) {
        return list("personRef", Sort.by("recordedAt").descending().and("id"), personRef);
    }
}
