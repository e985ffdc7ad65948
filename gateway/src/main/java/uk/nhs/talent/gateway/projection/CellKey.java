package uk.nhs.talent.gateway.projection;

import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** One cell of the national model: a region and a role family. */
public record CellKey(String regionCode, RoleFamily roleFamily) {

    /** @throws IllegalArgumentException unless the region is one of {@link Regions#CODES} */
    public CellKey {
        if (!Regions.isCode(regionCode)) {
            throw new IllegalArgumentException("regionCode must be one of " + Regions.CODES + " but was " + regionCode);
        }
        Require.present("roleFamily", roleFamily);
    }

    /** E.g. {@code Y56/FINANCE}: names the cell in messages and seeds its random draws. */
    public String label() {
        return regionCode + "/" + roleFamily.name();
    }
}
