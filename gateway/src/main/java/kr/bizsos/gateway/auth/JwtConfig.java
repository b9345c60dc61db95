package kr.bizsos.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Where the token signing key lives and how long a token is valid. */
@ConfigMapping(prefix = "bizsos.jwt")
public interface JwtConfig {

    /** Directory of the RSA signing key; created with the key at first start (env BIZSOS_KEY_DIR). */
    @WithDefault(".run/keys")
    Path keyDir();

    /** Lifetime of an access token; short, because tokens cannot be revoked. */
    @WithDefault("30m")
    Duration lifespan();
}
