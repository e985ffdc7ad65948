package uk.nhs.talent.talent.organisation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import uk.nhs.talent.commons.reference.OdsOrganisations;
import uk.nhs.talent.commons.reference.OdsOrganisations.OdsOrganisation;

/**
 * Where an organisation sits: its ICB and NHS England region, from the shared public ODS reference data. Its own
 * copy rather than one learnt from vacancy events, so that a profile can be placed in any organisation, also one
 * that never advertised a senior post; the file is public and changes a few times a year, with a release.
 */
@ApplicationScoped
public class OrganisationDirectory {

    private final Map<String, OdsOrganisation> byCode = OdsOrganisations.load().stream()
            .collect(Collectors.toUnmodifiableMap(OdsOrganisation::odsCode, Function.identity()));

    public Optional<OdsOrganisation> find(String odsCode) {
        return Optional.ofNullable(odsCode).map(byCode::get);
    }

    /** The region of an ICB, from the organisations in it. */
    public Optional<String> regionOfIcb(String icbCode) {
        return byCode.values().stream().filter(o -> o.icbCode().equals(icbCode)).map(OdsOrganisation::regionCode)
                .findFirst();
    }
}
