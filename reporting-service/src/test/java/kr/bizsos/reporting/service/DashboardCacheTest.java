package kr.bizsos.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DashboardCacheTest {

    @Test
    void aKeyIsComputedOnceWithinItsLifetimeAndAgainAfter() throws Exception {
        DashboardCache cache = new DashboardCache(Duration.ofMillis(200));
        AtomicInteger loads = new AtomicInteger();

        assertThat(cache.get("ALL|2026", loads::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("ALL|2026", loads::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("COMPANY:1348672683|2026", loads::incrementAndGet)).isEqualTo(2);
        Thread.sleep(250);
        assertThat(cache.get("ALL|2026", loads::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void aFailedComputationIsNotKept() {
        DashboardCache cache = new DashboardCache(Duration.ofSeconds(10));
        assertThatThrownBy(() -> cache.get("k", () -> {
            throw new IllegalStateException("db down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cache.<String>get("k", () -> "ok")).isEqualTo("ok");
    }
}
