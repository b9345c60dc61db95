package kr.bizsos.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "bizsos.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /bizsos/grievance-service}. */
    @WithName("source")
    String source();

    /** The safety-net timer of the relay; a commit that writes events wakes it at once anyway. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many events one relay pass publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it tries again later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Relayed events are kept this long for inspection, then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
