package uk.nhs.talent.persistence.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.nhs.talent.commons.problem.ApiProblem;
import uk.nhs.talent.commons.problem.ProblemMappers;

/** A concurrent change caught by the entity's version: the same 412 problem as a stale If-Match. */
public class StaleVersionMappers {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    private static Response staleVersion(UriInfo uri) {
        return ProblemMappers.respond(ApiProblem.preconditionFailed(
                "The resource was changed by someone else meanwhile; read it again").toProblem(ProblemMappers.path(uri)));
    }
}
