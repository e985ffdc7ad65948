package uk.nhs.talent.commons.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Names the service and its version on the answers of {@link AggregateReport} resources. */
@AggregateReport
@Provider
public class ServiceVersionHeader implements ContainerResponseFilter {

    /** {@code <service>/<version>}, e.g. {@code talent-service/0.1.0}. */
    public static final String HEADER = "X-Service-Version";

    private final String value;

    public ServiceVersionHeader(@ConfigProperty(name = "quarkus.application.name") String name,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.value = name + "/" + version;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, value);
    }
}
