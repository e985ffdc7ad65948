package uk.nhs.talent.diversity.declarations;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeclarationImportRefusalRepository
        implements PanacheRepositoryBase<DeclarationImportRefusal, DeclarationImportRefusal.Key> {
}
