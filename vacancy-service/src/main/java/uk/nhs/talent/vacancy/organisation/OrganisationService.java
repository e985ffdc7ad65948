package uk.nhs.talent.vacancy.organisation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    private final OrganisationRepository repository;

    public OrganisationService(OrganisationRepository repository) {
        this.repository = repository;
    }

    public List<OrganisationView> list() {
        return repository.listAll(Sort.by("odsCode")).stream().map(OrganisationView::of).toList();
    }

    public Optional<Organisation> find(String odsCode) {
        return repository.findByIdOptional(odsCode);
    }

    /** Creates or replaces one organisation; returns true when it is new. */
    @Transactional
    public boolean put(String odsCode, OrganisationView view) {
        Organisation organisation = repository.findById(odsCode);
        boolean created = organisation == null;
        if (created) {
            organisation = new Organisation();
            organisation.odsCode = odsCode;
        }
        organisation.name = view.name();
        organisation.type = view.type().name();
        organisation.icbCode = view.icbCode();
        organisation.regionCode = view.regionCode();
        repository.persist(organisation);
        return created;
    }
}
