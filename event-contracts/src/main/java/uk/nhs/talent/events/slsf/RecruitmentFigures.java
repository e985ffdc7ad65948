package uk.nhs.talent.events.slsf;

import java.math.BigDecimal;

/**
 * How senior posts were filled in the recruitment period, in a region or (regionCode null) all of England.
 * A figure is null exactly when its part is missing, or a ratio's denominator is 0.
 *
 * @param vacanciesFilled               vacancies filled in the period
 * @param medianDaysToFill              days from opening to filling, median; two decimals
 * @param p90DaysToFill                 the same, 90th percentile
 * @param vacanciesShortlisted          vacancies shortlisted in the period
 * @param qualifiedCandidatesPerVacancy shortlisted candidates per shortlisted vacancy; two decimals
 * @param appointments                  appointments in the period, by the vacancy's recruitment route below
 * @param internalPipelineShare         internal pipeline ÷ appointments, 0 to 1, three decimals
 * @param agencyShare                   (executive search + interim agency) ÷ appointments, 0 to 1, three decimals
 */
public record RecruitmentFigures(
        String regionCode,
        Long vacanciesFilled,
        BigDecimal medianDaysToFill,
        BigDecimal p90DaysToFill,
        Long vacanciesShortlisted,
        BigDecimal qualifiedCandidatesPerVacancy,
        Long appointments,
        Long internalPipeline,
        Long openAdvert,
        Long executiveSearchAgency,
        Long interimAgency,
        BigDecimal internalPipelineShare,
        BigDecimal agencyShare) {

    public RecruitmentFigures {
        medianDaysToFill = Decimals.scaled(medianDaysToFill, 2);
        p90DaysToFill = Decimals.scaled(p90DaysToFill, 2);
        qualifiedCandidatesPerVacancy = Decimals.scaled(qualifiedCandidatesPerVacancy, 2);
        internalPipelineShare = Decimals.scaled(internalPipelineShare, 3);
        agencyShare = Decimals.scaled(agencyShare, 3);
    }
}
