package uk.nhs.talent.bench;

import java.util.Map;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The baseline: read a JSON body, insert one row in a transaction, answer 201. Nothing else. */
@Path("/rows")
public class BareInsertResource {

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response insert(Map<String, Object> body) {
        Row row = new Row();
        row.id = UUID.randomUUID();
        row.payload = body.toString();
        row.persist();
        return Response.status(201).entity(Map.of("id", row.id)).build();
    }
}
