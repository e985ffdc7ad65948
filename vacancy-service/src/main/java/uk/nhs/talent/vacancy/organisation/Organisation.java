package uk.nhs.talent.vacancy.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Reference data: an NHS organisation by its ODS code, with the ICB and NHS England region it belongs to. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @Column(name = "ods_code")
    public String odsCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @Column(name = "icb_code", nullable = false)
    public String icbCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;
}
