package uk.nhs.talent.events.talent;

import java.time.LocalDate;
import java.util.List;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * A talent profile as it is after the change an event reports, so a consumer can rebuild its view
 * from the latest event alone. {@code version} increases with every change: consumers ignore an
 * event older than the version they hold. The person is only the personRef: no name, no contact
 * details, no protected characteristic.
 *
 * @param orgCode                  ODS code of the person's employing organisation
 * @param regionCode               NHS England region of the employing organisation, e.g. Y62
 * @param roleFamily               the person's current role family
 * @param level                    the person's current level
 * @param targetRoleFamilies       the role families the person is being developed for
 * @param targetLevel              the level the person is being developed for; null if not yet agreed
 * @param mobilityRegions          the regions the person would move to, e.g. Y56, Y61
 * @param programmes               development programmes the person is on or has completed
 * @param shareWithForum           consent to be seen by the regional talent management forum
 * @param shareNationally          consent to be seen in national talent pools
 * @param lastCareerConversationOn null until the first career conversation
 */
public record ProfileSnapshot(
        String personRef,
        long version,
        String orgCode,
        String regionCode,
        String icbCode,
        RoleFamily roleFamily,
        Level level,
        List<RoleFamily> targetRoleFamilies,
        Level targetLevel,
        List<String> mobilityRegions,
        List<DevelopmentProgramme> programmes,
        boolean shareWithForum,
        boolean shareNationally,
        LocalDate lastCareerConversationOn) {

    public ProfileSnapshot {
        // Immutable, so a published event cannot change under a consumer.
        targetRoleFamilies = targetRoleFamilies == null ? null : List.copyOf(targetRoleFamilies);
        mobilityRegions = mobilityRegions == null ? null : List.copyOf(mobilityRegions);
        programmes = programmes == null ? null : List.copyOf(programmes);
    }
}
