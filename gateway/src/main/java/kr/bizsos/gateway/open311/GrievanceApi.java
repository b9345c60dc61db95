package kr.bizsos.gateway.open311;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The part of grievance-service's API that Open311 is translated to (a MicroProfile REST client). */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/grievances")
public interface GrievanceApi {

    @GET
    @Path("categories")
    JsonNode categories(@HeaderParam("Authorization") String bearer);

    @POST
    Response submit(@HeaderParam("Authorization") String bearer, @HeaderParam("X-Request-Id") String requestId,
            JsonNode body);

    @GET
    Response list(@HeaderParam("Authorization") String bearer, @QueryParam("ids") String ids,
            @QueryParam("category") String category, @QueryParam("municipality") String municipality,
            @QueryParam("open") Boolean open, @QueryParam("receivedFrom") String receivedFrom,
            @QueryParam("receivedTo") String receivedTo, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Response get(@HeaderParam("Authorization") String bearer, @PathParam("id") String id);
}
