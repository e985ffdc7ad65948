package uk.nhs.talent.diversity.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.nhs.talent.diversity.baselines.WorkforceBaseline;
import uk.nhs.talent.diversity.baselines.WorkforceBaselines;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.metrics.PublishedFigures.PublishedTable;
import uk.nhs.talent.diversity.periods.FinancialQuarter;
import uk.nhs.talent.diversity.stages.Stage;

/**
 * Board and very senior manager representation against the workforce (WRES indicator 9), every published quarter,
 * from the published tables only (never the read model), beside the current workforce baseline.
 */
@ApplicationScoped
public class BoardRepresentationService {

    private final PublishedFigures published;
    private final RowVisibility visibility;
    private final WorkforceBaselines baselines;

    public BoardRepresentationService(PublishedFigures published, RowVisibility visibility,
            WorkforceBaselines baselines) {
        this.published = published;
        this.visibility = visibility;
        this.baselines = baselines;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BoardRepresentationReport trend(Characteristic characteristic, BoardBreakdown breakdown) {
        Predicate<String> regions = visibility.regions(breakdown.board());
        Optional<WorkforceBaseline> baseline = baselines.of(characteristic);
        BoardRepresentationTrend trend = new BoardRepresentationTrend(characteristic, breakdown, baseline);
        List<String> periods = new ArrayList<>();
        List<BoardRepresentationFigure> figures = new ArrayList<>();
        for (FinancialQuarter period : published.periods()) {
            Optional<PublishedTable> board = published.find(Stage.ON_BOARD, characteristic, period);
            Optional<PublishedTable> appointed = published.find(Stage.APPOINTED, characteristic, period);
            if (board.isPresent() && appointed.isPresent()) {
                periods.add(period.toString());
                figures.addAll(trend.quarter(period.toString(), board.get(), appointed.get(), regions));
            }
        }
        return new BoardRepresentationReport(characteristic, breakdown, periods, characteristic.categories(),
                baseline.map(WorkforceBaseline::asAt).orElse(null), figures);
    }
}
