package uk.nhs.talent.vacancy.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import uk.nhs.talent.commons.reference.OdsOrganisations;
import uk.nhs.talent.commons.reference.OdsOrganisations.OdsOrganisation;

/**
 * Loads the shared organisations file ({@link OdsOrganisations}) at start. Only codes not yet known are inserted,
 * so changes a platform admin made through the API survive a restart.
 */
@ApplicationScoped
public class OrganisationReferenceData {

    private static final Logger LOG = Logger.getLogger(OrganisationReferenceData.class);

    private final OrganisationRepository repository;

    public OrganisationReferenceData(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        int added = 0;
        for (OdsOrganisation known : OdsOrganisations.load()) {
            if (repository.findById(known.odsCode()) == null) {
                Organisation organisation = new Organisation();
                organisation.odsCode = known.odsCode();
                organisation.name = known.name();
                organisation.type = known.type();
                organisation.icbCode = known.icbCode();
                organisation.regionCode = known.regionCode();
                repository.persist(organisation);
                added++;
            }
        }
        LOG.infof("Organisation reference data: %d added from %s", added, OdsOrganisations.FILE);
    }
}
