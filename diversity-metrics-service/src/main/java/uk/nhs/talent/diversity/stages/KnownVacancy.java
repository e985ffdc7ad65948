package uk.nhs.talent.diversity.stages;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;
import uk.nhs.talent.events.vacancy.VacancySnapshot;

/** A vacancy as its newest snapshot on vacancy.events.v1 describes it: whose it is, and where its stages count. */
@Entity
@Table(name = "known_vacancy")
public class KnownVacancy {

    @Id
    @Column(name = "vacancy_id")
    public UUID vacancyId;
    /** vacancy-service's version of the snapshot held. */
    @Column(nullable = false)
    public long version;
    @Column(name = "org_code", nullable = false)
    public String orgCode;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_family", nullable = false)
    public RoleFamily roleFamily;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    @Column(name = "board_post", nullable = false)
    public boolean boardPost;

    static KnownVacancy of(VacancySnapshot snapshot) {
        KnownVacancy vacancy = new KnownVacancy();
        vacancy.vacancyId = snapshot.vacancyId();
        vacancy.version = -1;
        vacancy.learn(snapshot);
        return vacancy;
    }

    /** Takes a newer snapshot; an older or equal one (late, or delivered again) changes nothing. */
    boolean learn(VacancySnapshot snapshot) {
        if (snapshot.version() <= version) {
            return false;
        }
        version = snapshot.version();
        orgCode = snapshot.orgCode();
        regionCode = snapshot.regionCode();
        roleFamily = snapshot.roleFamily();
        level = snapshot.level();
        boardPost = snapshot.boardPost();
        return true;
    }
}
