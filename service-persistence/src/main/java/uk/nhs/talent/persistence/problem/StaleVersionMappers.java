package uk.nhs.talent.persistence.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.nhs.talent.commons.http.WriteHeaders;
import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemMappers;
import uk.nhs.talent.commons.problem.ProblemType;

/**
 * A concurrent change caught by the entity's version. With {@code If-Match} it is the same 412 as a stale
 * If-Match; without one the caller asked for no precondition, so it is a 409: another request won the race.
 */
public class StaleVersionMappers {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return staleVersion(uri, headers);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return staleVersion(uri, headers);
    }

    private static Response staleVersion(UriInfo uri, HttpHeaders headers) {
        ApiProblem problem = headers.getHeaderString(WriteHeaders.IF_MATCH) != null
                ? ApiProblem.preconditionFailed("The resource was changed by someone else meanwhile; read it again")
                : ApiProblem.of(ProblemType.CONCURRENT_CHANGE,
                        "Another request changed the resource at the same time; read it again and retry");
        return ProblemMappers.respond(problem.toProblem(ProblemMappers.path(uri)));
    }
}
