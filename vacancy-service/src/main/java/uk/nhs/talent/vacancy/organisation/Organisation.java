package uk.nhs.talent.vacancy.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Reference data: an NHS organisation by its ODS code, with the ICB and NHS England region it belongs to. Read on
 * every new vacancy and rarely changed, so it sits in Hibernate's second-level cache (updated on change).
 */
@Entity
@Cacheable
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
