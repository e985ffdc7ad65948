package uk.nhs.talent.events.slsf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import uk.nhs.talent.events.vacancy.Level;
import uk.nhs.talent.events.vacancy.RoleFamily;

/** A synthetic snapshot: made-up figures, one part missing so that nulls are exercised. */
public final class SlsfFixtures {

    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 12, 1);

    private SlsfFixtures() {
    }

    public static Stream<SlsfEvent> everyEventType() {
        return Stream.of(snapshot());
    }

    public static SupplyDemandSnapshot snapshot() {
        return new SupplyDemandSnapshot(REFERENCE_DATE, REFERENCE_DATE.minusYears(1).plusDays(1), REFERENCE_DATE,
                "2026-27-Q2",
                List.of(new SourcePart("supply", "talent-service", "0.1.0", PartStatus.COMPLETE, null),
                        new SourcePart("open-vacancies", "vacancy-service", null, PartStatus.MISSING,
                                "no answer within 5 s")),
                List.of(new TurnoverAssumption(Level.VSM, new BigDecimal("0.120"))),
                List.of(new SupplyDemandFigures("Y62", RoleFamily.FINANCE, Level.VSM, 4L, 9L, 12L, null, 10L, 2L,
                        new BigDecimal("2.96"), null, 6L, new BigDecimal("0.600"), new BigDecimal("7.50"), 1L)),
                List.of(new RecruitmentFigures(null, 40L, new BigDecimal("96.50"), new BigDecimal("180.00"), 35L,
                        new BigDecimal("4.20"), 40L, 22L, 10L, 6L, 2L, new BigDecimal("0.550"),
                        new BigDecimal("0.200"))),
                List.of(new StageComposition("READY_NOW", "ETHNICITY", "ASIAN", 25L, "ROUNDED",
                                new BigDecimal("12.5"), "ROUNDED"),
                        new StageComposition("READY_NOW", "ETHNICITY", "TOTAL", 200L, "EXACT", null, null),
                        new StageComposition("READY_NOW", "ETHNICITY", "MIXED", null, "SUPPRESSED", null,
                                "SUPPRESSED")));
    }
}
