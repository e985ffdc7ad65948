package uk.nhs.talent.commons.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters of a list too large for page numbers ({@code @BeanParam @Valid KeysetRequest}):
 * the next page starts after the last item of the previous one, so deep pages cost what the first does and an
 * insertion meanwhile neither repeats nor skips an item.
 */
public class KeysetRequest {

    @QueryParam("after")
    @Size(max = 1024, message = "is not a cursor from a previous page")
    @Parameter(description = "The `next` cursor of the previous page; leave out for the first page")
    public String after;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and " + PageRequest.MAX_SIZE)
    @Max(value = PageRequest.MAX_SIZE, message = "must be between 1 and " + PageRequest.MAX_SIZE)
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_SIZE)
    public int size;

    public KeysetRequest() {
    }

    public KeysetRequest(String after, int size) {
        this.after = after;
        this.size = size;
    }
}
