package uk.nhs.talent.talent.succession;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class KeyPostRepository implements PanacheRepositoryBase<KeyPost, UUID> {
}
