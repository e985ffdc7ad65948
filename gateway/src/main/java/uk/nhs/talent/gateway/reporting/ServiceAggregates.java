package uk.nhs.talent.gateway.reporting;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/**
 * The services' aggregate rows as the gateway reads them: only the fields it uses, the others ignored (a service
 * may add fields without breaking it; the shared JSON rules refuse unknown fields elsewhere). Counts of people and
 * posts; no person in any of them.
 */
public final class ServiceAggregates {

    private ServiceAggregates() {
    }

    /** A row of an aggregate, with its key: one row per key in an answer ({@link AnswerChecks#distinct}). */
    public interface Row {
        List<Object> key();
    }

    /** talent-service {@code /reports/talent/supply}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Supply(String regionCode, RoleFamily roleFamily, Level level, Readiness readiness, long people) implements Row {

        @Override
        public List<Object> key() {
            return AnswerChecks.key(regionCode, roleFamily, level, readiness);
        }
    }

    /** talent-service {@code /reports/talent/key-posts}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyPosts(String regionCode, RoleFamily roleFamily, Level level, long keyPosts,
            long leavingWithinYear, long postsWithReadyNowSuccessor, BigDecimal benchStrength, long postsAtRisk) implements Row {

        @Override
        public List<Object> key() {
            return AnswerChecks.key(regionCode, roleFamily, level);
        }
    }

    /** talent-service {@code /reports/talent/transitions}: a cell's history over the window asked for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Transitions(String regionCode, RoleFamily roleFamily, BigDecimal exposureThreePlusYears,
            BigDecimal exposureOneToTwoYears, BigDecimal exposureReadyNow, long threePlusToOneToTwo,
            long oneToTwoToReadyNow, long threePlusToReadyNow, long readyNowAppointed, long oneToTwoAppointed,
            long threePlusAppointed, long exitedThreePlus, long exitedOneToTwo, long exitedReadyNow,
            long entrantsThreePlus, long entrantsOneToTwo, long entrantsReadyNow) implements Row {

        @Override
        public List<Object> key() {
            return AnswerChecks.key(regionCode, roleFamily);
        }
    }

    /** vacancy-service {@code /reports/vacancies/open}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenVacancies(String regionCode, RoleFamily roleFamily, Level level, long openVacancies) implements Row {

        @Override
        public List<Object> key() {
            return AnswerChecks.key(regionCode, roleFamily, level);
        }
    }

    /** vacancy-service {@code /reports/vacancies/time-to-fill}; regionCode null is England. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeToFill(String regionCode, long filledVacancies, BigDecimal medianDays, BigDecimal p90Days) implements Row {

        @Override
        public List<Object> key() {
            return AnswerChecks.keyOrEngland(regionCode);
        }
    }

    /** vacancy-service {@code /reports/vacancies/candidates}: vacancies shortlisted and their shortlists. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidates(String regionCode, RoleFamily roleFamily, long vacancies, long shortlisted) implements Row {

        @Override
        public List<Object> key() {
            return AnswerChecks.key(regionCode, roleFamily);
        }
    }

    /** vacancy-service {@code /reports/vacancies/appointments}; regionCode null is England. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appointments(String regionCode, long appointments, long internalPipeline, long openAdvert,
            long executiveSearchAgency, long interimAgency) implements Row {

        @Override
        public List<Object> key() {
            return AnswerChecks.keyOrEngland(regionCode);
        }
    }

    /** diversity-metrics-service {@code /reports/diversity/representation}, NATIONAL breakdown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Representation(String stage, String characteristic, String period,
            List<RepresentationFigure> figures) {
    }

    /** A figure of a representation table; region null except in the REGION breakdown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RepresentationFigure(String region, String category, Long count, String countStatus,
            BigDecimal percentOfRow, String percentStatus) {
    }
}
