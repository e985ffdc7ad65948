package uk.nhs.talent.talent.pools;

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
import uk.nhs.talent.events.talent.PoolScope;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * A talent pool: people developed together towards a role family and level, nationally, in a region or in an
 * ICB, run by its owning forum (a region code, or {@code NATIONAL} for the SLSF's own pools).
 */
@Entity
@Table(name = "talent_pool")
public class TalentPool {

    public static final String NATIONAL_OWNER = "NATIONAL";

    @Id
    public UUID id;
    @Version
    public long version;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PoolScope scope;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "icb_code")
    public String icbCode;
    @Column(name = "owning_forum", nullable = false)
    public String owningForum;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_role_family", nullable = false)
    public RoleFamily targetRoleFamily;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false)
    public Level targetLevel;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A pool whose scope names exactly the places it needs: none, a region, or an ICB within its region. */
    public static TalentPool create(UUID id, PoolRequest request, String regionOfIcb, OffsetDateTime now) {
        TalentPool pool = new TalentPool();
        pool.id = id;
        pool.name = request.name().strip();
        pool.description = request.description().strip();
        pool.scope = request.scope();
        switch (request.scope()) {
            case NATIONAL -> {
                if (request.regionCode() != null || request.icbCode() != null) {
                    throw ApiProblem.invalidField("scope", "a NATIONAL pool names no region or ICB");
                }
                pool.owningForum = NATIONAL_OWNER;
            }
            case REGION -> {
                if (request.regionCode() == null || request.icbCode() != null) {
                    throw ApiProblem.invalidField("regionCode", "a REGION pool names its region, and no ICB");
                }
                pool.regionCode = request.regionCode();
                pool.owningForum = request.regionCode();
            }
            case ICB -> {
                if (request.icbCode() == null || regionOfIcb == null) {
                    throw ApiProblem.invalidField("icbCode", "an ICB pool names a known ICB");
                }
                if (request.regionCode() != null && !request.regionCode().equals(regionOfIcb)) {
                    throw ApiProblem.invalidField("regionCode", "must be the ICB's region, " + regionOfIcb);
                }
                pool.icbCode = request.icbCode();
                pool.regionCode = regionOfIcb;
                pool.owningForum = regionOfIcb;
            }
        }
        pool.targetRoleFamily = request.targetRoleFamily();
        pool.targetLevel = request.targetLevel();
        pool.createdAt = now;
        pool.updatedAt = now;
        return pool;
    }

    /** A forum sees the pools of its region (and its ICBs) and every national pool. */
    public boolean visibleToForumOf(String region) {
        return scope == PoolScope.NATIONAL || (region != null && region.equals(regionCode));
    }
}
