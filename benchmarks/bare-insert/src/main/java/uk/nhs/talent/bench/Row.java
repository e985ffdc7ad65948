package uk.nhs.talent.bench;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row with roughly a vacancy's width of data. */
@Entity
public class Row extends PanacheEntityBase {
    @Id
    public UUID id;
    public String payload;
}
