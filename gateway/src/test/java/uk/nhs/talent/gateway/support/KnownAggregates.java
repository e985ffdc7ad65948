package uk.nhs.talent.gateway.support;

import uk.nhs.talent.gateway.support.ServiceStandIn.Answer;

/**
 * Aggregates the stand-in services answer in the national report and feed tests: small, made-up figures whose
 * composed values the tests compute by hand.
 */
public final class KnownAggregates {

    public static final String TALENT = "talent-service/0.1.0";
    public static final String VACANCY = "vacancy-service/0.1.0";

    private KnownAggregates() {
    }

    /** Forgets earlier answers and sets these. */
    public static void answer() {
        ServiceStandIn.forget();
        ServiceStandIn.answer("/reports/talent/supply", Answer.json("""
                [{"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","readiness":"READY_NOW","people":3},
                 {"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","readiness":"ONE_TO_TWO_YEARS","people":5},
                 {"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","readiness":"THREE_PLUS_YEARS","people":2},
                 {"regionCode":"Y56","roleFamily":"NURSING","level":"AFC_9","readiness":"READY_NOW","people":4}]""",
                TALENT));
        ServiceStandIn.answer("/reports/talent/key-posts", Answer.json("""
                [{"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","keyPosts":10,"leavingWithinYear":2,
                  "postsWithReadyNowSuccessor":4,"benchStrength":5.5,"postsAtRisk":1}]""", TALENT));
        ServiceStandIn.answer("/reports/vacancies/open", Answer.json("""
                [{"regionCode":"Y62","roleFamily":"FINANCE","level":"VSM","openVacancies":2},
                 {"regionCode":"Y61","roleFamily":"NURSING","level":"AFC_9","openVacancies":1}]""", VACANCY));
        ServiceStandIn.answer("/reports/vacancies/time-to-fill", Answer.json("""
                [{"regionCode":null,"filledVacancies":7,"medianDays":90.0,"p90Days":150.5},
                 {"regionCode":"Y62","filledVacancies":4,"medianDays":80.0,"p90Days":120.0}]""", VACANCY));
        ServiceStandIn.answer("/reports/vacancies/candidates", Answer.json("""
                [{"regionCode":"Y62","roleFamily":"FINANCE","vacancies":3,"meanShortlisted":4.33,"shortlisted":13},
                 {"regionCode":"Y62","roleFamily":"NURSING","vacancies":1,"meanShortlisted":2.0,"shortlisted":2},
                 {"regionCode":"Y61","roleFamily":"NURSING","vacancies":2,"meanShortlisted":5.0,"shortlisted":10}]""",
                VACANCY));
        ServiceStandIn.answer("/reports/vacancies/appointments", Answer.json("""
                [{"regionCode":null,"appointments":7,"internalPipeline":3,"openAdvert":2,"executiveSearchAgency":1,
                  "interimAgency":1},
                 {"regionCode":"Y62","appointments":4,"internalPipeline":3,"openAdvert":1,"executiveSearchAgency":0,
                  "interimAgency":0}]""", VACANCY));
        ServiceStandIn.answer("/reports/diversity/periods", Answer.json("[]", "diversity-metrics-service/0.1.0"));
        // Y62 FINANCE over three years: 100 person-years in each readiness; moves and entrants in round numbers.
        ServiceStandIn.answer("/reports/talent/transitions", Answer.json("""
                [{"regionCode":"Y62","roleFamily":"FINANCE","exposureThreePlusYears":100,"exposureOneToTwoYears":100,
                  "exposureReadyNow":100,"threePlusToOneToTwo":20,"oneToTwoToReadyNow":40,"threePlusToReadyNow":0,
                  "readyNowAppointed":50,"oneToTwoAppointed":0,"threePlusAppointed":0,"exitedThreePlus":10,
                  "exitedOneToTwo":10,"exitedReadyNow":10,"entrantsThreePlus":30,"entrantsOneToTwo":0,
                  "entrantsReadyNow":0}]""", TALENT));
    }
}
