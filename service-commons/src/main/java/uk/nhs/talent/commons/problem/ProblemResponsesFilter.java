package uk.nhs.talent.commons.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import uk.nhs.talent.commons.http.WriteHeaders;

/**
 * Documents the error responses of an operation by convention, all as {@code application/problem+json}, so
 * that resource methods annotate only what is particular to them:
 * <ul>
 * <li>401 and 403 on secured operations; 400 where there is input; 413 and 415 where there is a body;
 * 500 everywhere;</li>
 * <li>404 where the path names a resource (a path parameter): it does not exist, or is not yours to see;</li>
 * <li>409 (a concurrent change) and 412 (a stale ETag) where the operation takes {@code If-Match};</li>
 * <li>422 where it takes {@code Idempotency-Key}: the key was first used for another operation or body.</li>
 * </ul>
 * A response an operation documents itself keeps its description, and gets the problem content too.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            path.getValue().getOperations().values().forEach(this::addProblems);
        }
    }

    private void addProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        if (secured) {
            ensure(responses, "401", "No valid bearer token");
            ensure(responses, "403", "The token's role does not allow this operation");
        }
        if (hasBody || !parameters.isEmpty()) {
            ensure(responses, "400", "Invalid request: the problem names each field at fault");
        }
        if (takes(parameters, Parameter.In.PATH, null)) {
            ensure(responses, "404", "No such resource, or not one you may see");
        }
        if (takes(parameters, Parameter.In.HEADER, WriteHeaders.IF_MATCH)) {
            ensure(responses, "409", "Another request changed the resource at the same time (no If-Match sent); "
                    + "read it again and retry");
            ensure(responses, "412", "If-Match does not match the resource's current ETag");
        }
        if (takes(parameters, Parameter.In.HEADER, WriteHeaders.IDEMPOTENCY_KEY)) {
            ensure(responses, "422", "The Idempotency-Key was first used for another operation or body");
        }
        if (hasBody) {
            ensure(responses, "413", "Request body too large");
            ensure(responses, "415", "Unsupported content type");
        }
        ensure(responses, "500", "Unexpected error, with an error id to quote");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static boolean takes(List<Parameter> parameters, Parameter.In in, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == in && (name == null || name.equalsIgnoreCase(p.getName())));
    }

    private static void ensure(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
