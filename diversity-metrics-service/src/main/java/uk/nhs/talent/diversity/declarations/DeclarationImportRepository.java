package uk.nhs.talent.diversity.declarations;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeclarationImportRepository implements PanacheRepositoryBase<DeclarationImport, UUID> {
}
