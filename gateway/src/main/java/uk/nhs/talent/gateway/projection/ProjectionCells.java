package uk.nhs.talent.gateway.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.events.talent.Readiness;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.KeyPosts;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.OpenVacancies;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Representation;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Supply;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Transitions;
import uk.nhs.talent.gateway.reporting.SupplyDemandTable;
import uk.nhs.talent.gateway.reporting.TurnoverAssumptions;

/**
 * The projection's input per region × role family, from the services' aggregates:
 *
 * <ul>
 *   <li><b>start</b>: people in the pool by readiness now (talent-service supply, summed over levels);</li>
 *   <li><b>rates</b>: from the cell's transition history over the window ({@link RateEstimator}; a cell without
 *       history takes the defaults). Two moves the chain does not have are folded in: 3+ years straight to ready
 *       now counts as a development 3+ → 1–2, and an appointment from 3+ years is left out (rare, and the chain
 *       keeps the person in the pool); entrants at ready now count as entrants at 1–2 years;</li>
 *   <li><b>demand</b>: year 1 = open vacancies + key posts whose incumbent leaves within the year + the level's
 *       turnover × the other key posts; each later year = turnover × key posts (posts refilled keep turning
 *       over);</li>
 *   <li><b>composition</b> (when a characteristic is asked for): the region's published shares (REGION breakdown),
 *       IN_POOL for 3+ and 1–2 years and READY_NOW for ready now, per cent ÷ 100; suppressed categories and what
 *       rounding leaves over are UNKNOWN; published shares summing above 1 by rounding are scaled to 1.</li>
 * </ul>
 */
public final class ProjectionCells {

    static final String POOL_STAGE = "IN_POOL";
    static final String READY_NOW_STAGE = "READY_NOW";

    private ProjectionCells() {
    }

    /**
     * @param transitions    null when the part is missing: every cell takes the default rates
     * @param observedYears  the length of the transitions window
     * @param keyPosts       null when missing (demand from open vacancies only)
     * @param open           null when missing
     * @param composition    the characteristic's REGION tables of IN_POOL and READY_NOW; null when none asked
     */
    public static List<CellInput> of(List<Supply> supply, List<Transitions> transitions, double observedYears,
            List<KeyPosts> keyPosts, List<OpenVacancies> open, TurnoverAssumptions turnover, int years,
            String characteristic, List<Representation> composition, RateEstimator estimator) {
        Map<CellKey, double[]> stock = new TreeMap<>(ProjectionCells::compare);
        for (Supply row : supply) {
            if (Regions.isCode(row.regionCode())) {
                double[] pool = stock.computeIfAbsent(new CellKey(row.regionCode(), row.roleFamily()),
                        key -> new double[3]);
                pool[index(row.readiness())] += row.people();
            }
        }
        Map<CellKey, double[]> demand = demand(keyPosts, open, turnover, years);
        TreeSet<CellKey> cells = new TreeSet<>(ProjectionCells::compare);
        cells.addAll(stock.keySet());
        cells.addAll(demand.keySet());
        Map<CellKey, Transitions> history = new HashMap<>();
        if (transitions != null) {
            transitions.stream().filter(t -> Regions.isCode(t.regionCode()))
                    .forEach(t -> history.put(new CellKey(t.regionCode(), t.roleFamily()), t));
        }
        Map<String, CharacteristicShares> shares = composition == null ? Map.of()
                : sharesByRegion(characteristic, composition);

        List<CellInput> inputs = new ArrayList<>();
        for (CellKey cell : cells) {
            double[] pool = stock.getOrDefault(cell, new double[3]);
            double[] vacancies = demand.getOrDefault(cell, new double[years]);
            TransitionCounts counts = history.containsKey(cell) ? counts(history.get(cell), observedYears)
                    : TransitionCounts.NONE;
            inputs.add(new CellInput(cell, Stock.ofPool(pool[0], pool[1], pool[2]), estimator.estimate(counts),
                    DemandForecast.of(vacancies), composition == null ? null
                            : shares.getOrDefault(cell.regionCode(),
                                    CharacteristicShares.withUnknownRemainder(characteristic, Map.of()))));
        }
        return inputs;
    }

    static TransitionCounts counts(Transitions t, double observedYears) {
        Map<PipelineState, Double> exposure = new EnumMap<>(PipelineState.class);
        exposure.put(PipelineState.THREE_PLUS_YEARS, t.exposureThreePlusYears().doubleValue());
        exposure.put(PipelineState.ONE_TO_TWO_YEARS, t.exposureOneToTwoYears().doubleValue());
        exposure.put(PipelineState.READY_NOW, t.exposureReadyNow().doubleValue());
        Map<Move, Long> moves = new EnumMap<>(Move.class);
        moves.put(Move.DEVELOP_THREE_PLUS, t.threePlusToOneToTwo() + t.threePlusToReadyNow());
        moves.put(Move.DEVELOP_ONE_TO_TWO, t.oneToTwoToReadyNow());
        moves.put(Move.APPOINT_READY_NOW, t.readyNowAppointed());
        moves.put(Move.APPOINT_ONE_TO_TWO, t.oneToTwoAppointed());
        moves.put(Move.EXIT_THREE_PLUS, t.exitedThreePlus());
        moves.put(Move.EXIT_ONE_TO_TWO, t.exitedOneToTwo());
        moves.put(Move.EXIT_READY_NOW, t.exitedReadyNow());
        Map<PipelineState, Long> entrants = new EnumMap<>(PipelineState.class);
        entrants.put(PipelineState.THREE_PLUS_YEARS, t.entrantsThreePlus());
        entrants.put(PipelineState.ONE_TO_TWO_YEARS, t.entrantsOneToTwo() + t.entrantsReadyNow());
        return new TransitionCounts(exposure, moves, observedYears, entrants);
    }

    private static Map<CellKey, double[]> demand(List<KeyPosts> keyPosts, List<OpenVacancies> open,
            TurnoverAssumptions turnover, int years) {
        Map<CellKey, double[]> demand = new HashMap<>();
        if (keyPosts != null) {
            for (KeyPosts posts : keyPosts) {
                if (!Regions.isCode(posts.regionCode())) {
                    continue;
                }
                double rate = turnover.rate(posts.level()).doubleValue();
                double[] perYear = demand.computeIfAbsent(new CellKey(posts.regionCode(), posts.roleFamily()),
                        key -> new double[years]);
                perYear[0] += SupplyDemandTable.expectedVacancies(posts, turnover.rate(posts.level())).doubleValue();
                for (int year = 1; year < years; year++) {
                    perYear[year] += rate * posts.keyPosts();
                }
            }
        }
        if (open != null) {
            for (OpenVacancies vacancies : open) {
                if (Regions.isCode(vacancies.regionCode())) {
                    demand.computeIfAbsent(new CellKey(vacancies.regionCode(), vacancies.roleFamily()),
                            key -> new double[years])[0] += vacancies.openVacancies();
                }
            }
        }
        return demand;
    }

    private static Map<String, CharacteristicShares> sharesByRegion(String characteristic,
            List<Representation> tables) {
        Map<String, Map<PipelineState, Map<String, Double>>> published = new TreeMap<>();
        for (Representation table : tables) {
            List<PipelineState> states = switch (table.stage()) {
                case POOL_STAGE -> List.of(PipelineState.THREE_PLUS_YEARS, PipelineState.ONE_TO_TWO_YEARS);
                case READY_NOW_STAGE -> List.of(PipelineState.READY_NOW);
                default -> List.of();
            };
            Map<String, Map<String, Double>> percentByRegion = new TreeMap<>();
            table.figures().stream()
                    .filter(f -> f.region() != null && f.percentOfRow() != null && !"TOTAL".equals(f.category()))
                    .forEach(f -> percentByRegion.computeIfAbsent(f.region(), r -> new TreeMap<>())
                            .put(f.category(), f.percentOfRow().divide(BigDecimal.valueOf(100)).doubleValue()));
            percentByRegion.forEach((region, byCategory) -> {
                double sum = byCategory.values().stream().mapToDouble(Double::doubleValue).sum();
                Map<String, Double> scaled = new TreeMap<>();
                byCategory.forEach((category, share) -> scaled.put(category, sum > 1 ? share / sum : share));
                for (PipelineState state : states) {
                    published.computeIfAbsent(region, r -> new EnumMap<>(PipelineState.class)).put(state, scaled);
                }
            });
        }
        Map<String, CharacteristicShares> shares = new HashMap<>();
        published.forEach((region, byState) ->
                shares.put(region, CharacteristicShares.withUnknownRemainder(characteristic, byState)));
        return shares;
    }

    private static int index(Readiness readiness) {
        return switch (readiness) {
            case THREE_PLUS_YEARS -> 0;
            case ONE_TO_TWO_YEARS -> 1;
            case READY_NOW -> 2;
        };
    }

    private static int compare(CellKey a, CellKey b) {
        int byRegion = a.regionCode().compareTo(b.regionCode());
        return byRegion != 0 ? byRegion : a.roleFamily().compareTo(b.roleFamily());
    }
}
