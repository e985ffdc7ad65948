package uk.nhs.talent.talent.pools;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TalentPoolRepository implements PanacheRepositoryBase<TalentPool, UUID> {
}
