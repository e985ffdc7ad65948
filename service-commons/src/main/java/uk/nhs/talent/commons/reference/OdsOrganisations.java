package uk.nhs.talent.commons.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The public ODS reference data of NHS organisations kept in the repository ({@value #FILE}): code, name, type,
 * ICB and NHS England region. One file for every service that needs to place an organisation.
 */
public final class OdsOrganisations {

    public static final String FILE = "reference/organisations.csv";

    /** One organisation as the file lists it. */
    public record OdsOrganisation(String odsCode, String name, String type, String icbCode, String regionCode) {
    }

    private OdsOrganisations() {
    }

    public static List<OdsOrganisation> load() {
        try (InputStream in = OdsOrganisations.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // Comment lines start with '#'; the first other line is the column header.
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1)
                    .map(line -> line.split(",", -1))
                    .map(cells -> new OdsOrganisation(cells[0].trim(), cells[1].trim(), cells[2].trim(),
                            cells[3].trim(), cells[4].trim()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
