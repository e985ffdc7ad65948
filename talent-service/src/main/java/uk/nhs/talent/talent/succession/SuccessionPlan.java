package uk.nhs.talent.talent.succession;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.nhs.talent.commons.problem.ApiProblem;

/**
 * A key post's succession plan as its forum lead submitted it (the successors then, in the system's order), and
 * the national review of it. Once endorsed or returned it never changes: a revised plan is a new submission.
 */
@Entity
@Table(name = "succession_plan")
public class SuccessionPlan {

    public enum Status {
        SUBMITTED, ENDORSED, RETURNED
    }

    @Id
    public UUID id;
    @Column(name = "key_post_id", nullable = false)
    public UUID keyPostId;
    @Column(name = "plan_version", nullable = false)
    public long planVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    /** The successors as submitted, in the system's order, as JSON. */
    @Column(nullable = false)
    public String successors;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    /** The order the reviewer endorsed, as JSON personRefs; null when returned. */
    @Column(name = "endorsed_order")
    public String endorsedOrder;
    @Column
    public String comments;
    @Column
    public String rationale;

    /**
     * Records the review; every check first. An endorsement in an order other than the system's needs a
     * rationale; a return needs comments.
     *
     * @param systemOrder the submitted successors' personRefs in the system's order
     * @param order the order endorsed (null: the system's)
     */
    public void review(boolean endorse, List<String> systemOrder, List<String> order, String comments,
            String rationale, String reviewer, OffsetDateTime now) {
        if (status != Status.SUBMITTED) {
            throw ApiProblem.illegalTransition("This plan was already " + status.name().toLowerCase()
                    + "; a revised plan is a new submission");
        }
        List<String> endorsed = order == null ? systemOrder : order;
        if (endorse) {
            if (order != null && (order.size() != systemOrder.size() || !order.containsAll(systemOrder))) {
                throw ApiProblem.invalidField("order", "must list exactly the plan's successors");
            }
            if (!endorsed.equals(systemOrder) && (rationale == null || rationale.isBlank())) {
                throw ApiProblem.invalidField("rationale",
                        "is required when the endorsed order departs from the system's ranking");
            }
        } else if (comments == null || comments.isBlank()) {
            throw ApiProblem.invalidField("comments", "are required to return a plan: say what to change");
        }
        this.status = endorse ? Status.ENDORSED : Status.RETURNED;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.comments = comments;
        this.rationale = rationale;
        this.endorsedOrder = endorse ? String.join(",", endorsed) : null;
    }
}
