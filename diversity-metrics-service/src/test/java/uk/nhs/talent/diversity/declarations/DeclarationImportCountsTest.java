package uk.nhs.talent.diversity.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** An import's counts only grow while it runs, never past its rows, and it completes only when all are counted. */
class DeclarationImportCountsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void chunksAreCountedUntilEveryRowIsThenItCompletes() {
        DeclarationImport run = DeclarationImport.start(120, "platform-admin", NOW);
        assertThat(run.status).isEqualTo(DeclarationImportStatus.RUNNING);
        run.counted(45, 5);
        run.counted(50, 0);
        assertThat(run.processedRows).isEqualTo(100);
        assertThatThrownBy(() -> run.complete(NOW)).isInstanceOf(IllegalStateException.class);
        run.counted(15, 5);
        run.complete(NOW.plusSeconds(3));
        assertThat(run.status).isEqualTo(DeclarationImportStatus.COMPLETED);
        assertThat(run.importedRows).isEqualTo(110);
        assertThat(run.refusedRows).isEqualTo(10);
        assertThat(run.finishedAt).isEqualTo(NOW.plusSeconds(3));
    }

    @Test
    void nothingIsCountedPastItsRowsOrAfterItEnded() {
        DeclarationImport run = DeclarationImport.start(10, "platform-admin", NOW);
        assertThatThrownBy(() -> run.counted(8, 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.counted(-1, 0)).isInstanceOf(IllegalStateException.class);
        assertThat(run.processedRows).isZero();
        run.counted(4, 0);
        run.fail(NOW);
        assertThat(run.status).isEqualTo(DeclarationImportStatus.FAILED);
        assertThat(run.processedRows).isEqualTo(4);
        assertThatThrownBy(() -> run.counted(1, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.complete(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DeclarationImport.start(0, "platform-admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
