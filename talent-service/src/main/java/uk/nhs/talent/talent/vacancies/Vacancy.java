package uk.nhs.talent.talent.vacancies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import uk.nhs.talent.events.vacancy.VacancyStatus;

/**
 * A senior vacancy as talent-service knows it: the latest snapshot vacancy-service published. Never changed
 * here but by a newer event, so events that arrive late or twice cannot take it back.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    @Id
    public UUID id;

    /** vacancy-service's version of the snapshot held (not a lock of this table). */
    @Column(nullable = false)
    public long version;

    @Column(name = "org_code", nullable = false)
    public String orgCode;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(name = "icb_code", nullable = false)
    public String icbCode;
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "role_family", nullable = false)
    public RoleFamily roleFamily;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    @Column(name = "board_post", nullable = false)
    public boolean boardPost;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacancyStatus status;
    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;
    @Column(name = "closing_on", nullable = false)
    public LocalDate closingOn;
    @Column(name = "filled_on")
    public LocalDate filledOn;
    /** The appointed candidate's personRef, once filled. */
    @Column
    public String appointee;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A vacancy first seen in {@code snapshot}. */
    public static Vacancy of(VacancySnapshot snapshot, String appointee, OffsetDateTime now) {
        Vacancy vacancy = new Vacancy();
        vacancy.id = snapshot.vacancyId();
        vacancy.version = -1;
        vacancy.learn(snapshot, appointee, now);
        return vacancy;
    }

    /**
     * Takes the snapshot if it is newer than the one held; an older or equal one changes nothing.
     *
     * @param appointee the appointee when the event says who (an appointment), else null: kept once known
     * @return whether the snapshot was taken
     */
    public boolean learn(VacancySnapshot snapshot, String appointee, OffsetDateTime now) {
        if (!snapshot.vacancyId().equals(id)) {
            throw new IllegalArgumentException("A snapshot of another vacancy");
        }
        if (snapshot.version() <= version) {
            return false;
        }
        version = snapshot.version();
        orgCode = snapshot.orgCode();
        regionCode = snapshot.regionCode();
        icbCode = snapshot.icbCode();
        title = snapshot.title();
        roleFamily = snapshot.roleFamily();
        level = snapshot.level();
        boardPost = snapshot.boardPost();
        status = snapshot.status();
        openedOn = snapshot.openedOn();
        closingOn = snapshot.closingOn();
        filledOn = snapshot.filledOn();
        if (appointee != null) {
            this.appointee = appointee;
        }
        updatedAt = now;
        return true;
    }

    /** What matching depends on: a change of it ranks the candidates again. */
    public String matchedOn() {
        return roleFamily + "/" + level + "/" + regionCode;
    }

    public boolean isOpen() {
        return status != VacancyStatus.FILLED && status != VacancyStatus.WITHDRAWN;
    }
}
