package kr.bizsos.gateway.open311;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import kr.bizsos.gateway.auth.TokenIssuer;
import kr.bizsos.gateway.proxy.RouteConfig;

/**
 * Calls grievance-service for a partner agency, with a short-lived PARTNER token the gateway signs,
 * so that grievance-service applies its own rules (a partner sees only what it sent).
 */
@ApplicationScoped
public class GrievanceClient {

    private final GrievanceApi api;
    private final TokenIssuer tokens;

    GrievanceClient(RouteConfig routes, TokenIssuer tokens) {
        RouteConfig.Route route = routes.routes().get("grievances");
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(route.url())
                .connectTimeout(route.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(route.timeout().toMillis(), TimeUnit.MILLISECONDS)
                // Open311 answers grievance-service's 4xx in its own format: read them, don't throw.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(GrievanceApi.class);
        this.tokens = tokens;
    }

    public GrievanceApi api() {
        return api;
    }

    public String bearerFor(Partner partner) {
        return "Bearer " + tokens.issuePartner(partner.code(), partner.name(), java.time.Duration.ofMinutes(2));
    }

    /** The agency a request comes from, as its API key says. */
    public record Partner(String code, String name) {
    }
}
