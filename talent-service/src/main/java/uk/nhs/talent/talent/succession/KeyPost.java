package uk.nhs.talent.talent.succession;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.reference.OdsOrganisations.OdsOrganisation;
import uk.nhs.talent.events.talent.RiskOfLoss;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** A board or critical post of an organisation, whose succession its region's forum plans. */
@Entity
@Table(name = "key_post")
public class KeyPost {

    @Id
    public UUID id;
    @Version
    public long version;
    @Column(name = "org_code", nullable = false)
    public String orgCode;
    @Column(name = "icb_code", nullable = false)
    public String icbCode;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
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
    /** The post holder's personRef; null while the post is vacant. */
    @Column
    public String incumbent;
    @Column(name = "incumbent_leaving_on")
    public LocalDate incumbentLeavingOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_of_loss", nullable = false)
    public RiskOfLoss riskOfLoss;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static KeyPost create(UUID id, OdsOrganisation organisation, KeyPostRequest request, OffsetDateTime now) {
        KeyPost post = new KeyPost();
        post.id = id;
        post.createdAt = now;
        post.revise(organisation, request, now);
        return post;
    }

    public void revise(OdsOrganisation organisation, KeyPostRequest request, OffsetDateTime now) {
        if (request.incumbent() == null && request.incumbentLeavingOn() != null) {
            throw ApiProblem.invalidField("incumbentLeavingOn", "needs an incumbent: a vacant post has no leaver");
        }
        orgCode = organisation.odsCode();
        icbCode = organisation.icbCode();
        regionCode = organisation.regionCode();
        title = request.title().strip();
        roleFamily = request.roleFamily();
        level = request.level();
        boardPost = request.boardPost();
        incumbent = request.incumbent();
        incumbentLeavingOn = request.incumbentLeavingOn();
        riskOfLoss = request.riskOfLoss();
        updatedAt = now;
    }
}
