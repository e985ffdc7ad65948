package uk.nhs.talent.talent.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ProfileReadRepository implements PanacheRepository<ProfileRead> {
}
