package uk.nhs.talent.talent.succession;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SuccessionPlanRepository implements PanacheRepositoryBase<SuccessionPlan, UUID> {

    public List<SuccessionPlan> of(UUID keyPostId) {
        return list("keyPostId", Sort.by("planVersion").descending(), keyPostId);
    }

    public Optional<SuccessionPlan> find(UUID keyPostId, long planVersion) {
        return find("keyPostId = ?1 and planVersion = ?2", keyPostId, planVersion).firstResultOptional();
    }

    public long nextVersion(UUID keyPostId) {
        return count("keyPostId", keyPostId) + 1;
    }
}
