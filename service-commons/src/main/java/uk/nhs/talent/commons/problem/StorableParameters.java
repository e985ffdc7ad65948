package uk.nhs.talent.commons.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import uk.nhs.talent.commons.validation.StorableValues;

/**
 * Refuses query parameters and paths that carry text no database can hold (a NUL, a lone surrogate) with a 400
 * problem naming the parameter, before any resource compares them with stored values.
 */
public class StorableParameters {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorableText(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            check(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value);
            }
        }
        check("path", request.getUriInfo().getPath());
    }

    private static void check(String name, String text) {
        StorableValues.refusal(text).ifPresent(reason -> {
            throw ApiProblem.invalidField(name, reason);
        });
    }
}
