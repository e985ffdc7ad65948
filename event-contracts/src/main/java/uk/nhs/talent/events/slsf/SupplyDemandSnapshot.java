package uk.nhs.talent.events.slsf;

import java.time.LocalDate;
import java.util.List;

import uk.nhs.talent.events.EventTypes;

/**
 * The national supply-and-demand figures as of a reference date. Subject: the reference date. The same data
 * gives the same payload, byte for byte: lists are in a fixed order and decimals have a fixed scale; the time of
 * taking is the CloudEvent's {@code time}, not in the payload.
 *
 * @param referenceDate       the day the figures are taken for (expected vacancies count from it)
 * @param recruitmentFrom     first day of the recruitment figures' period (a year to the reference date)
 * @param recruitmentTo       last day of that period, the reference date
 * @param diversityPeriod     the financial quarter of the diversity figures, the latest published; null when
 *                            none is published or the part is missing
 * @param sources             every part, the service and version it came from, and whether it is in
 * @param turnoverAssumptions the turnover used for expected vacancies, per level
 * @param supplyDemand        by region, role family, level (in that order)
 * @param recruitment         England (regionCode null) first, then by region
 * @param diversity           by stage, characteristic and category, in the order published
 */
public record SupplyDemandSnapshot(
        LocalDate referenceDate,
        LocalDate recruitmentFrom,
        LocalDate recruitmentTo,
        String diversityPeriod,
        List<SourcePart> sources,
        List<TurnoverAssumption> turnoverAssumptions,
        List<SupplyDemandFigures> supplyDemand,
        List<RecruitmentFigures> recruitment,
        List<StageComposition> diversity) implements SlsfEvent {

    public SupplyDemandSnapshot {
        // Immutable, so a published snapshot cannot change under a consumer.
        sources = sources == null ? null : List.copyOf(sources);
        turnoverAssumptions = turnoverAssumptions == null ? null : List.copyOf(turnoverAssumptions);
        supplyDemand = supplyDemand == null ? null : List.copyOf(supplyDemand);
        recruitment = recruitment == null ? null : List.copyOf(recruitment);
        diversity = diversity == null ? null : List.copyOf(diversity);
    }

    @Override
    public String type() {
        return EventTypes.SLSF_SUPPLY_DEMAND_SNAPSHOT;
    }

    @Override
    public String subject() {
        return referenceDate.toString();
    }
}
