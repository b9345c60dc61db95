package kr.bizsos.gateway.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The services behind the gateway, by name: {@code bizsos.routes.<name>.url}. The name is also the
 * path: {@code /api/<name>/**} and {@code /openapi/<name>} go to that service.
 */
@ConfigMapping(prefix = "bizsos.routes")
public interface RouteConfig {

    @WithParentName
    Map<String, Route> routes();

    interface Route {

        /** Base URL of the service, e.g. {@code http://127.0.0.1:8082}; its path is not used. */
        URI url();

        /** A service that does not accept the connection in this time counts as down (502). */
        @WithDefault("2s")
        Duration connectTimeout();

        /** A service that sends nothing for this long counts as too slow (504). */
        @WithDefault("30s")
        Duration timeout();
    }
}
