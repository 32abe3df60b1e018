package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.push.ArticleFixture;
import org.newsgraph.graph.store.ArticleStore;
import org.newsgraph.graph.store.TestArticles;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A real {@code newsgraph serve} under load on loopback: 16 clients send 5,000 canned queries while one runaway
 * query runs; the runaway is cut off by the server's timeout and every other query is answered. Prints the latency
 * percentiles; asserts no timing.
 */
class EndpointLoadIT {
    private static final int CLIENTS = 16;
    private static final int QUERIES = 5_000;
    private static final int TIMEOUT_SECONDS = 2;
    /** Bounds the whole run on a busy machine; no figure about speed is asserted. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    /** Every triple paired with every other, four times over: never finishes on any real store. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    /** The serve tests' three articles plus 200 generated endorsements, on disk as `build` leaves a store. */
    private Path store() {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            List<ArticleStore.Replacement> articles = new ArrayList<>();
            for (ResolvedArticle a : ArticleFixture.articles())
                articles.add(new ArticleStore.Replacement(a, a.article().contentHash()));
            for (int i = 0; i < 200; i++) {
                ResolvedArticle a = TestArticles.endorsement("gen-" + i, "Person" + (char) ('A' + i % 26) + " Number" + i,
                        "Person" + (char) ('A' + (i + 7) % 26) + " Number" + (i + 1));
                articles.add(new ArticleStore.Replacement(a, a.article().contentHash()));
            }
            store.replaceAll(articles, 0.0);
        }
        return dir;
    }

    private HttpResponse<String> query(String base, String sparql) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/newsgraph/query?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(120)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sixteenClientsAreAllAnsweredWhileARunawayQueryIsCutOff() throws Exception {
        List<String> canned = ArticleFixture.queries().stream()
                .filter(q -> q.startsWith(ArticleFixture.CANNED_QUERIES)).map(ArticleFixture::read).toList();
        assertTrue(canned.size() >= 5, "the canned queries: " + canned.size());

        try (ServeProcess serve = ServeProcess.start(store(), tmp.resolve("serve.log"),
                List.of("--timeout", Integer.toString(TIMEOUT_SECONDS)))) {
            String base = serve.baseUrl();
            // Warm the server up once per query, so the figures are not the JIT's.
            for (String q : canned)
                assertEquals(200, query(base, q).statusCode());

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
            AtomicInteger next = new AtomicInteger();
            long[] latencies = new long[QUERIES];
            Map<Integer, String> failures = new ConcurrentHashMap<>();
            AtomicLong runawayStart = new AtomicLong();
            AtomicLong runawayEnd = new AtomicLong();
            List<Long> finishTimes = Collections.synchronizedList(new ArrayList<>());
            try {
                Future<HttpResponse<String>> runaway = clients.submit(() -> {
                    runawayStart.set(System.nanoTime());
                    try {
                        return query(base, RUNAWAY);
                    } finally {
                        runawayEnd.set(System.nanoTime());
                    }
                });
                List<Future<?>> workers = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++)
                    workers.add(clients.submit(() -> {
                        for (int i = next.getAndIncrement(); i < QUERIES; i = next.getAndIncrement()) {
                            long start = System.nanoTime();
                            try {
                                HttpResponse<String> response = query(base, canned.get(i % canned.size()));
                                if (response.statusCode() != 200)
                                    failures.put(i, response.statusCode() + " " + response.body());
                            } catch (IOException e) {
                                failures.put(i, e.toString());
                            }
                            long end = System.nanoTime();
                            latencies[i] = end - start;
                            finishTimes.add(end);
                        }
                        return null;
                    }));
                for (Future<?> worker : workers)
                    worker.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                HttpResponse<String> cut = runaway.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

                assertEquals(Map.of(), failures, "every canned query is answered");
                assertEquals(503, cut.statusCode(), "the runaway query must be cut off: " + cut.body());
                long duringRunaway = finishTimes.stream()
                        .filter(t -> t > runawayStart.get() && t < runawayEnd.get()).count();
                assertTrue(duringRunaway > 0, "other clients were answered while the runaway ran");
                print(latencies, duringRunaway, (runawayEnd.get() - runawayStart.get()) / 1e9);
            } finally {
                clients.shutdownNow();
            }
        }
    }

    private static void print(long[] nanos, long duringRunaway, double runawaySeconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("endpoint load: %d canned queries from %d clients; p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " runaway cut off after %.1f s (timeout %d s), %d queries answered meanwhile; load average %.2f%n",
                QUERIES, CLIENTS, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                runawaySeconds, TIMEOUT_SECONDS, duringRunaway,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
