package uk.nhs.talent.gateway.reporting;

import static uk.nhs.talent.gateway.reporting.SupplyDemandTable.ratio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import uk.nhs.talent.events.slsf.RecruitmentFigures;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Appointments;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Candidates;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.TimeToFill;

/**
 * How senior posts were filled in the recruitment period, for England (first, regionCode null) and each region:
 * time to fill and appointments by route as vacancy-service computed them; qualified (shortlisted) candidates per
 * vacancy = shortlisted candidates ÷ vacancies shortlisted, summed over role families here so that it is exact
 * at any level; internal pipeline share = internal pipeline ÷ appointments; agency share = (executive search +
 * interim agency) ÷ appointments. A missing part's figures are null; a region a present part has nothing for
 * counts 0 there.
 */
public final class RecruitmentTable {

    private RecruitmentTable() {
    }

    public static List<RecruitmentFigures> of(Part<List<TimeToFill>> timeToFill, Part<List<Candidates>> candidates,
            Part<List<Appointments>> appointments) {
        TreeSet<String> regions = new TreeSet<>();
        timeToFill.answer().ifPresent(rows -> rows.forEach(r -> addRegion(regions, r.regionCode())));
        candidates.answer().ifPresent(rows -> rows.forEach(r -> addRegion(regions, r.regionCode())));
        appointments.answer().ifPresent(rows -> rows.forEach(r -> addRegion(regions, r.regionCode())));

        List<String> rows = new ArrayList<>();
        rows.add(null); // England first
        rows.addAll(regions);
        return rows.stream().map(region -> figures(region, timeToFill, candidates, appointments)).toList();
    }

    private static RecruitmentFigures figures(String region, Part<List<TimeToFill>> timeToFill,
            Part<List<Candidates>> candidates, Part<List<Appointments>> appointments) {
        TimeToFill filled = timeToFill.answer().flatMap(rows -> rows.stream()
                .filter(r -> Objects.equals(r.regionCode(), region)).findFirst())
                .orElse(new TimeToFill(region, 0, null, null));
        Appointments appointed = appointments.answer().flatMap(rows -> rows.stream()
                .filter(r -> Objects.equals(r.regionCode(), region)).findFirst())
                .orElse(new Appointments(region, 0, 0, 0, 0, 0));
        long shortlistedVacancies = candidates.answer().map(rows -> rows.stream()
                .filter(r -> region == null || region.equals(r.regionCode()))
                .mapToLong(Candidates::vacancies).sum()).orElse(0L);
        long shortlisted = candidates.answer().map(rows -> rows.stream()
                .filter(r -> region == null || region.equals(r.regionCode()))
                .mapToLong(Candidates::shortlisted).sum()).orElse(0L);
        BigDecimal total = BigDecimal.valueOf(appointed.appointments());
        return new RecruitmentFigures(region,
                timeToFill.figure(rows -> filled.filledVacancies()),
                timeToFill.figure(rows -> filled.medianDays()),
                timeToFill.figure(rows -> filled.p90Days()),
                candidates.figure(rows -> shortlistedVacancies),
                candidates.figure(rows -> ratio(BigDecimal.valueOf(shortlisted),
                        BigDecimal.valueOf(shortlistedVacancies), 2)),
                appointments.figure(rows -> appointed.appointments()),
                appointments.figure(rows -> appointed.internalPipeline()),
                appointments.figure(rows -> appointed.openAdvert()),
                appointments.figure(rows -> appointed.executiveSearchAgency()),
                appointments.figure(rows -> appointed.interimAgency()),
                appointments.figure(rows -> ratio(BigDecimal.valueOf(appointed.internalPipeline()), total, 3)),
                appointments.figure(rows -> ratio(
                        BigDecimal.valueOf(appointed.executiveSearchAgency() + appointed.interimAgency()), total, 3)));
    }

    private static void addRegion(TreeSet<String> regions, String region) {
        if (region != null) {
            regions.add(region);
        }
    }
}
