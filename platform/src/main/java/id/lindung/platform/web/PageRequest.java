package id.lindung.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} (from 0) and {@code size} query parameters every list takes; bound with {@code @BeanParam}.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 500, message = "must be at most 500")
    @Parameter(description = "Items per page, 1 to 500")
    public int size;

    public int offset() {
        return page * size;
    }
}
