package kr.bizsos.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps each dashboard (per scope and year) for half a second. Every open SPA polls its
 * dashboard once a second, and with a million grievances a staff dashboard costs about half a
 * second of database time: without this, ten officers watching the screen would saturate the
 * service. Concurrent requests for the same key wait for one computation instead of starting
 * their own. Figures stay at most 0.5 s older than the projection.
 */
@ApplicationScoped
public class DashboardCache {

    static final Duration TTL = Duration.ofMillis(500);
    private static final int MAX_KEYS = 10_000;

    private record Entry(CompletableFuture<Object> value, long loadedAt) {
        boolean fresh(long now, long ttlNanos) {
            return now - loadedAt < ttlNanos;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;

    public DashboardCache() {
        this(TTL);
    }

    DashboardCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> load) {
        long now = System.nanoTime();
        if (entries.size() > MAX_KEYS) {
            entries.values().removeIf(e -> !e.fresh(now, ttlNanos));
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Entry entry = entries.compute(key, (k, old) -> old != null && old.fresh(now, ttlNanos) ? old : new Entry(mine, now));
        if (entry.value() == mine) {
            try {
                mine.complete(load.get());
            } catch (RuntimeException e) {
                entries.remove(key, entry);
                mine.completeExceptionally(e);
            }
        }
        try {
            return (T) entry.value().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
