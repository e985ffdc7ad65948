package uk.nhs.talent.gateway.reporting;

import java.util.List;

import uk.nhs.talent.events.slsf.StageComposition;
import uk.nhs.talent.gateway.reporting.ServiceAggregates.Representation;

/**
 * The composition of each pipeline stage as diversity-metrics-service published it (national tables, already
 * under disclosure control): carried over figure by figure, never recomputed, never narrowed.
 */
public final class StageCompositions {

    private StageCompositions() {
    }

    /** @param tables one published national table per stage × characteristic, in the order asked */
    public static List<StageComposition> of(List<Representation> tables) {
        return tables.stream().flatMap(table -> table.figures().stream()
                .map(figure -> new StageComposition(table.stage(), table.characteristic(), figure.category(),
                        figure.count(), figure.countStatus(), figure.percentOfRow(), figure.percentStatus())))
                .toList();
    }
}
