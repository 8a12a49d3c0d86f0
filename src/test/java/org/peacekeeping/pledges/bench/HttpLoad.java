package org.peacekeeping.pledges.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load: {@code clients} threads, each sending its next request as soon as the previous answer
 * has been read in full, for a fixed time after a warm-up. Latency is measured per request at the client (on the
 * same host, so it is the server's time plus a loopback round trip). A request counts when it starts within the
 * measured window; throughput is those requests divided by the time from the window's start to the last answer.
 * Each client keeps its own cookies, as a browser does.
 */
final class HttpLoad {

    /** What one figure measured. */
    record Stats(String name, long requests, long failures, double seconds, long[] sortedNanos) {

        double throughput() {
            return requests / seconds;
        }

        double percentileMillis(double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        String summary() {
            return String.format(Locale.ROOT, "requests=%d failures=%d throughput=%.0f/s p50=%.1fms p95=%.1fms"
                    + " p99=%.1fms", requests, failures, throughput(), percentileMillis(50), percentileMillis(95),
                    percentileMillis(99));
        }
    }

    private final HttpClient client;
    private final String baseUrl;

    /** A client without cookies: every request stands alone (the load-safety clients, the set-up calls). */
    HttpLoad(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build());
    }

    private HttpLoad(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.client = client;
    }

    /**
     * A client with its own cookie jar, like one browser: the server's session (and with it the Faces view state)
     * is reused from the second request on, as for a real user, instead of a new session per request.
     */
    private static HttpClient newBrowser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** One GET, answered in full; its status. */
    int get(String path, String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization)
                .header("Accept", "application/json, text/html").GET().build()).statusCode();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpClient client() {
        return client;
    }

    URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    /**
     * Runs {@code clients} closed loops of GET requests; client {@code c}'s i-th request goes to
     * {@code paths.apply(c).get(i % size)} as {@code authorization.apply(c)}. Any answer but 200 counts as a failure.
     */
    Stats closedLoop(String name, int clients, Duration warmUp, Duration measured, IntFunction<List<String>> paths,
                     IntFunction<String> authorization) throws InterruptedException {
        long warmUpEnds = System.nanoTime() + warmUp.toNanos();
        long ends = warmUpEnds + measured.toNanos();
        AtomicLong failures = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong(ends);
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        long[] late = new long[clients];
        for (int c = 0; c < clients; c++) {
            int clientNumber = c;
            long[] mine = new long[1 << 18];
            latencies.add(mine);
            List<String> myPaths = paths.apply(c);
            String auth = authorization.apply(c);
            HttpLoad browser = new HttpLoad(baseUrl, newBrowser());
            Thread thread = new Thread(() -> {
                int i = clientNumber;
                while (true) {
                    long start = System.nanoTime();
                    if (start >= ends) {
                        break;
                    }
                    int status;
                    try {
                        status = browser.get(myPaths.get(i++ % myPaths.size()), auth);
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long end = System.nanoTime();
                    // A request counts when it started in the measured window, however long it took; one that
                    // started during the warm-up and ended in the window is kept aside, for a figure so slow that
                    // no request starts within the window at all.
                    if (start < warmUpEnds && end >= warmUpEnds) {
                        late[clientNumber] = end - start;
                    }
                    if (start >= warmUpEnds) {
                        lastEnd.accumulateAndGet(end, Math::max);
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                        if (counts[clientNumber] < mine.length) {
                            mine[counts[clientNumber]++] = end - start;
                        }
                    }
                }
            }, "load-" + name + "-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int total = Arrays.stream(counts).sum();
        if (total == 0) {
            long[] slow = Arrays.stream(late).filter(nanos -> nanos > 0).sorted().toArray();
            return new Stats(name, slow.length, failures.get(), (lastEnd.get() - warmUpEnds) / 1e9, slow);
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Stats(name, total, failures.get(), (lastEnd.get() - warmUpEnds) / 1e9, all);
    }
}
