package uk.nhs.talent.vacancy.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the organisations file kept in the repository ({@value #FILE}) at start. Only codes not yet known are
 * inserted, so changes a platform admin made through the API survive a restart.
 */
@ApplicationScoped
public class OrganisationReferenceData {

    static final String FILE = "reference/organisations.csv";
    private static final Logger LOG = Logger.getLogger(OrganisationReferenceData.class);

    private final OrganisationRepository repository;

    public OrganisationReferenceData(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Transactional
    void load(@Observes StartupEvent start) {
        int added = 0;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            // Comment lines start with '#'; the first other line is the column header.
            for (String line : reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).toList()) {
                String[] cells = line.split(",", -1);
                if (repository.findById(cells[0].trim()) == null) {
                    Organisation organisation = new Organisation();
                    organisation.odsCode = cells[0].trim();
                    organisation.name = cells[1].trim();
                    organisation.type = cells[2].trim();
                    organisation.icbCode = cells[3].trim();
                    organisation.regionCode = cells[4].trim();
                    repository.persist(organisation);
                    added++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        LOG.infof("Organisation reference data: %d added from %s", added, FILE);
    }
}
