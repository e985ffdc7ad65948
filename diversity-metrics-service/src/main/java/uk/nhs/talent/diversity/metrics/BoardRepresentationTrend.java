package uk.nhs.talent.diversity.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import uk.nhs.talent.commons.reference.Regions;
import uk.nhs.talent.diversity.baselines.BaselineShare;
import uk.nhs.talent.diversity.baselines.WorkforceBaseline;
import uk.nhs.talent.diversity.characteristics.Characteristic;
import uk.nhs.talent.diversity.disclosure.FigureStatus;
import uk.nhs.talent.diversity.metrics.PublishedFigures.PublishedTable;
import uk.nhs.talent.events.vacancy.Level;

/**
 * One quarter of WRES indicator 9 from its published tables only: the board's share of each category (the ON_BOARD
 * table), the very senior managers' (the APPOINTED table's VSM rows) and the workforce's (the baseline, all
 * levels). Shares are the published ones, so shown only where the counts behind them are; a difference only where
 * both its shares are shown. Plain rules, no server.
 */
public final class BoardRepresentationTrend {

    private record Key(Breakdown breakdown, String region, Level level, String category) {
    }

    private final Characteristic characteristic;
    private final BoardBreakdown breakdown;
    private final Optional<WorkforceBaseline> baseline;

    public BoardRepresentationTrend(Characteristic characteristic, BoardBreakdown breakdown,
            Optional<WorkforceBaseline> baseline) {
        this.characteristic = characteristic;
        this.breakdown = breakdown;
        this.baseline = baseline;
    }

    /** The quarter's figures: each visible row (national, or each region), its categories in order. */
    public List<BoardRepresentationFigure> quarter(String period, PublishedTable board, PublishedTable appointed,
            Predicate<String> visibleRegions) {
        Map<Key, RepresentationFigure> boardFigures = index(board);
        Map<Key, RepresentationFigure> appointedFigures = index(appointed);
        List<String> regions = new ArrayList<>();
        if (breakdown == BoardBreakdown.NATIONAL) {
            regions.add(null);
        } else {
            regions.addAll(Regions.CODES);
        }
        List<BoardRepresentationFigure> figures = new ArrayList<>();
        for (String region : regions) {
            if (!visibleRegions.test(region)) {
                continue;
            }
            for (String category : characteristic.categories()) {
                RepresentationFigure onBoard = boardFigures.get(new Key(breakdown.board(), region, null, category));
                RepresentationFigure vsm = appointedFigures.get(
                        new Key(breakdown.byLevel(), region, Level.VSM, category));
                BaselineShare workforce = baseline.map(b -> b.share(region, null, category, board.rules()))
                        .orElse(null);
                figures.add(figure(period, region, category, onBoard, vsm, workforce));
            }
        }
        return figures;
    }

    private BoardRepresentationFigure figure(String period, String region, String category,
            RepresentationFigure onBoard, RepresentationFigure vsm, BaselineShare workforce) {
        BigDecimal boardPercent = onBoard == null ? null : onBoard.percentOfRow();
        BigDecimal workforcePercent = workforce == null ? null : workforce.percent();
        BigDecimal difference = null;
        FigureStatus differenceStatus = null;
        if (workforce != null) {
            if (boardPercent == null || workforcePercent == null) {
                differenceStatus = FigureStatus.SUPPRESSED;
            } else {
                difference = boardPercent.subtract(workforcePercent);
                differenceStatus = FigureStatus.ROUNDED;
            }
        }
        return new BoardRepresentationFigure(characteristic, period, breakdown, region, category, boardPercent,
                status(boardPercent), vsm == null ? null : vsm.percentOfRow(),
                status(vsm == null ? null : vsm.percentOfRow()), workforcePercent,
                workforce == null ? null : workforce.status(), difference, differenceStatus);
    }

    /** A published share is computed from rounded counts, or not shown. */
    private static FigureStatus status(BigDecimal percent) {
        return percent == null ? FigureStatus.SUPPRESSED : FigureStatus.ROUNDED;
    }

    private static Map<Key, RepresentationFigure> index(PublishedTable table) {
        Map<Key, RepresentationFigure> index = new HashMap<>();
        for (RepresentationFigure figure : table.figures()) {
            index.put(new Key(figure.breakdown(), figure.region(), figure.level(), figure.category()), figure);
        }
        return index;
    }
}
