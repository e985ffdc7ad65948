package uk.nhs.talent.diversity.likelihood;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.characteristics.EthnicCategory;
import uk.nhs.talent.diversity.characteristics.YesNo;

/**
 * The relative likelihood indicators served: the likelihood of the reference group being appointed from
 * shortlisting compared with the focal group's, over the published categories of one characteristic. Not declared
 * is in neither group.
 */
public enum Indicator {

    /** NHS Workforce Race Equality Standard indicator 2: white against black and minority ethnic (BME). */
    WRES_2(Characteristic.ETHNICITY, "WHITE", ethnicCategories(true), "BME", ethnicCategories(false)),

    /** NHS Workforce Disability Equality Standard metric 2: non-disabled against disabled. */
    WDES_2(Characteristic.DISABILITY, "NON_DISABLED", List.of(YesNo.NO.category()), "DISABLED",
            List.of(YesNo.YES.category()));

    private final Characteristic characteristic;
    private final String referenceGroup;
    private final List<String> referenceCategories;
    private final String focalGroup;
    private final List<String> focalCategories;

    Indicator(Characteristic characteristic, String referenceGroup, List<String> referenceCategories,
            String focalGroup, List<String> focalCategories) {
        this.characteristic = characteristic;
        this.referenceGroup = referenceGroup;
        this.referenceCategories = referenceCategories;
        this.focalGroup = focalGroup;
        this.focalCategories = focalCategories;
    }

    /** The published categories on one side of the WRES comparison, as {@link EthnicCategory#white()} draws it. */
    private static List<String> ethnicCategories(boolean white) {
        return Arrays.stream(EthnicCategory.values()).filter(code -> Objects.equals(code.white(), white))
                .map(EthnicCategory::category).distinct().toList();
    }

    public Characteristic characteristic() {
        return characteristic;
    }

    public String referenceGroup() {
        return referenceGroup;
    }

    public List<String> referenceCategories() {
        return referenceCategories;
    }

    public String focalGroup() {
        return focalGroup;
    }

    public List<String> focalCategories() {
        return focalCategories;
    }
}
