package uk.nhs.talent.diversity.baselines;

import java.math.BigDecimal;

import uk.nhs.talent.diversity.disclosure.FigureStatus;

/**
 * A category's share of the workforce a row should reflect: in per cent to one decimal place (EXACT), or null
 * when the category's headcount or the row's is small enough to be suppressed (SUPPRESSED).
 */
public record BaselineShare(BigDecimal percent, FigureStatus status) {
}
