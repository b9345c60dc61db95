import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load generator: sends requests at a fixed rate whatever the server does, and
 * measures each latency from the moment the request was due (no coordinated omission).
 * Run as a single-file program: java FixedRateLoad.java METHOD URL RATE SECONDS TOKEN [BODY]
 * The body may contain {n}, replaced by the request's number. Prints one result line.
 */
public class FixedRateLoad {

    public static void main(String[] args) throws Exception {
        String method = args[0];
        URI uri = URI.create(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String token = args[4];
        String body = args.length > 5 ? args[5] : null;
        int total = rate * seconds;
        long[] latencies = new long[total];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).version(HttpClient.Version.HTTP_1_1).build();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < total; i++) {
            final int n = i;
            long due = start + n * interval;
            ticker.schedule(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
                request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.replace("{n}", Integer.toString(n))));
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    latencies[n] = System.nanoTime() - due;
                    if (e != null) {
                        failures.incrementAndGet();
                    } else {
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    done.countDown();
                });
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        ticker.shutdownNow();
        long[] sorted = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.out.printf("requests=%d rate=%d/s elapsed=%.1fs throughput=%.1f/s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms statuses=%s errors=%d%n",
                total, rate, elapsed, sorted.length / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, statuses, failures.get());
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
