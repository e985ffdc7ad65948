package uk.nhs.talent.gateway.reporting;

import java.net.ConnectException;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import uk.nhs.talent.commons.http.ServiceVersionHeader;

/**
 * One service's answer as a part of a report: within the part time-out, with the version the service named, or
 * missing with a reason. The one way every national report and projection asks a service.
 */
@ApplicationScoped
public class ReportParts {

    private static final Logger LOG = Logger.getLogger(ReportParts.class);

    private final ReportSettings settings;

    public ReportParts(ReportSettings settings) {
        this.settings = settings;
    }

    public <T> Uni<Part<T>> of(String name, String service, Uni<RestResponse<T>> answer) {
        return of(name, service, answer, UnaryOperator.identity());
    }

    /**
     * @param check refuses an answer that does not fit the service's contract (see {@link AnswerChecks}): the part
     *     is then missing
     */
    public <T> Uni<Part<T>> of(String name, String service, Uni<RestResponse<T>> answer, UnaryOperator<T> check) {
        return answer
                .ifNoItem().after(settings.partTimeout()).fail()
                .map(response -> {
                    if (response.getEntity() == null) {
                        throw new AnswerChecks.MalformedAnswer("no body");
                    }
                    return Part.complete(name, service, version(response), check.apply(response.getEntity()));
                })
                .onFailure().recoverWithItem(failure -> {
                    String reason = reason(failure);
                    LOG.warnf("Report part %s from %s missing: %s", name, service, reason);
                    return Part.missing(name, service, reason);
                });
    }

    /** The version from {@code talent-service/0.1.0}; "unknown" if the service did not say. */
    private static String version(RestResponse<?> response) {
        String header = response.getHeaderString(ServiceVersionHeader.HEADER);
        return header == null || header.indexOf('/') < 0 ? "unknown" : header.substring(header.indexOf('/') + 1);
    }

    /** Why a part is missing, in words that quote nothing from the answer. */
    private String reason(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + settings.partTimeout().toMillis() + " ms";
        }
        if (failure instanceof AnswerChecks.MalformedAnswer malformed) {
            return "answered figures that break its contract: " + malformed.getMessage();
        }
        if (failure instanceof WebApplicationException refused) {
            return "answered HTTP " + refused.getResponse().getStatus();
        }
        if (failure instanceof ProcessingException || failure instanceof ConnectException
                || failure.getCause() instanceof ConnectException) {
            return "could not be reached";
        }
        return "failed (" + failure.getClass().getSimpleName() + ")";
    }
}
