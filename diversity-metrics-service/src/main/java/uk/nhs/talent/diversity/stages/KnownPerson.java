package uk.nhs.talent.diversity.stages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.nhs.talent.events.talent.ProfileSnapshot;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * A pipeline person as their newest profile snapshot on talent.events.v1 places them: enough to classify a stage
 * whose event names no region or level. Nothing else of the profile is kept.
 */
@Entity
@Table(name = "known_person")
public class KnownPerson {

    @Id
    @Column(name = "person_ref")
    public String personRef;
    @Column(nullable = false)
    public long version;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_family", nullable = false)
    public RoleFamily roleFamily;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    public Level targetLevel;

    static KnownPerson of(ProfileSnapshot snapshot) {
        KnownPerson person = new KnownPerson();
        person.personRef = snapshot.personRef();
        person.version = -1;
        person.learn(snapshot);
        return person;
    }

    boolean learn(ProfileSnapshot snapshot) {
        if (snapshot.version() <= version) {
            return false;
        }
        version = snapshot.version();
        regionCode = snapshot.regionCode();
        roleFamily = snapshot.roleFamily();
        level = snapshot.level();
        targetLevel = snapshot.targetLevel();
        return true;
    }

    /** The level a person is being developed for: where their readiness counts. */
    Level aimedLevel() {
        return targetLevel != null ? targetLevel : level;
    }
}
