package uk.nhs.talent.diversity.declarations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Sort;
import uk.nhs.talent.commons.paging.Page;
import uk.nhs.talent.commons.paging.PageRequest;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.security.Caller;
import uk.nhs.talent.persistence.idempotency.IdempotentRequests;
import uk.nhs.talent.persistence.paging.PanachePages;

/**
 * Bulk imports of declarations from a workforce extract, for platform admins. The file is checked whole first
 * (nothing is stored from a file that cannot be imported), then read again and stored in chunks that commit one by
 * one ({@link DeclarationImportChunks}), within the request. Each row goes through the PUT's rules and its store;
 * a row at fault is refused whole and the others go on. The file is never kept, and nothing of it is logged.
 */
@ApplicationScoped
public class DeclarationImportService {

    private static final Logger LOG = Logger.getLogger(DeclarationImportService.class);

    private final DeclarationImportChunks chunks;
    private final DeclarationImportRepository imports;
    private final DeclarationImportRefusalRepository refusals;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;
    private final DeclarationImportConfig config;

    public DeclarationImportService(DeclarationImportChunks chunks, DeclarationImportRepository imports,
            DeclarationImportRefusalRepository refusals, IdempotentRequests idempotent, Caller caller,
            ObjectMapper json, Validator validator, Clock clock, DeclarationImportConfig config) {
        this.chunks = chunks;
        this.imports = imports;
        this.refusals = refusals;
        this.idempotent = idempotent;
        this.caller = caller;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Runs the import once per Idempotency-Key, as every write here: a repeat gets the first answer and imports
     * nothing twice. The key stays claimed in this transaction for as long as the import runs, so it has the
     * import's timeout rather than the default; the chunks commit in transactions of their own meanwhile.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = DeclarationImportConfig.TIMEOUT_PROPERTY)
    public Response runOnce(String idempotencyKey, String csv, Function<DeclarationImportView, Response> answer) {
        return idempotent.execute(caller.id(), idempotencyKey, csv, () -> answer.apply(run(csv)));
    }

    private DeclarationImportView run(String csv) {
        DeclarationImportFile file = DeclarationImportFile.check(csv, config.maxRows());
        DeclarationImportRows reader = new DeclarationImportRows(json, validator, LocalDate.now(clock));
        UUID id = chunks.begin(file.rows(), caller.id());
        try {
            file.inChunks(config.chunkRows(), rows -> chunks.store(id, rows.stream()
                    .map(row -> reader.read(row, file.repeated(row.value(DeclarationImportFile.PERSON_REF))))
                    .toList()));
            DeclarationImportView done = chunks.complete(id);
            LOG.infof("Declaration import %s completed: %d rows, %d imported, %d refused", id, done.totalRows(),
                    done.importedRows(), done.refusedRows());
            return done;
        } catch (RuntimeException e) {
            // The type only: a message may quote a value of the file.
            LOG.errorf("Declaration import %s failed: %s", id, e.getClass().getName());
            try {
                chunks.fail(id);
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeclarationImportView get(UUID id) {
        return DeclarationImportView.of(find(id));
    }

    /** Newest first: an import still running is found here before its POST has answered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeclarationImportView> list(PageRequest page) {
        return PanachePages.of(imports.findAll(Sort.by("startedAt").descending().and("id")), page,
                DeclarationImportView::of);
    }

    /** In row order, then by column. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeclarationImportRefusalView> refusals(UUID id, PageRequest page) {
        find(id);
        return PanachePages.of(refusals.find("id.importId", Sort.by("id.rowNumber").and("id.field"), id), page,
                DeclarationImportRefusalView::of);
    }

    private DeclarationImport find(UUID id) {
        return imports.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No declaration import with this id"));
    }
}
