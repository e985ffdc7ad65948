package uk.nhs.talent.talent.matching;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VacancyMatchRepository implements PanacheRepositoryBase<VacancyMatch, VacancyMatch.Key> {
}
