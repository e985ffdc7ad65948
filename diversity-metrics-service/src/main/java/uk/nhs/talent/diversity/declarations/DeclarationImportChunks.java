package uk.nhs.talent.diversity.declarations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.nhs.talent.commons.problem.FieldViolation;

/**
 * The steps of an import, each in a transaction of its own that commits before the next begins: its progress is
 * visible while it runs. A chunk's declarations, refusals and counts commit together, so the counts always say
 * what is stored, and a chunk that fails leaves nothing of itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeclarationImportChunks {

    /** Says nothing of why: a person erased is not to be told apart from anyone else refused. */
    static final String NOT_ACCEPTED = "is not accepted";

    private final EntityManager entityManager;
    private final DeclarationService declarations;
    private final Clock clock;

    public DeclarationImportChunks(EntityManager entityManager, DeclarationService declarations, Clock clock) {
        this.entityManager = entityManager;
        this.declarations = declarations;
        this.clock = clock;
    }

    public UUID begin(int totalRows, String startedBy) {
        DeclarationImport started = DeclarationImport.start(totalRows, startedBy, OffsetDateTime.now(clock));
        entityManager.persist(started);
        return started.id;
    }

    /** Stores the valid rows as PUT /declarations stores one; records why each other row is refused. */
    public void store(UUID importId, List<DeclarationImportRow> rows) {
        DeclarationImport run = entityManager.find(DeclarationImport.class, importId);
        Set<String> notStored = declarations.store(rows.stream().filter(DeclarationImportRow::isValid)
                .map(DeclarationImportRow::submission).toList());
        int imported = 0;
        for (DeclarationImportRow row : rows) {
            if (row.isValid() && !notStored.contains(row.submission().personRef())) {
                imported++;
                continue;
            }
            List<FieldViolation> why = row.isValid()
                    ? List.of(new FieldViolation(DeclarationImportFile.PERSON_REF, NOT_ACCEPTED))
                    : row.violations();
            why.forEach(v -> entityManager.persist(DeclarationImportRefusal.of(importId, row.number(), v.field(),
                    v.message())));
        }
        run.counted(imported, rows.size() - imported);
    }

    public DeclarationImportView complete(UUID importId) {
        DeclarationImport run = entityManager.find(DeclarationImport.class, importId);
        run.complete(OffsetDateTime.now(clock));
        return DeclarationImportView.of(run);
    }

    public DeclarationImportView fail(UUID importId) {
        DeclarationImport run = entityManager.find(DeclarationImport.class, importId);
        run.fail(OffsetDateTime.now(clock));
        return DeclarationImportView.of(run);
    }
}
