package org.peacekeeping.pledges.pledge.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;

/**
 * Writing one page of 50 pledges (the list API's page) as JSON: {@link PledgeJson} against JSON-B with the API's
 * configuration, the document it must equal. Average time per page, in a forked JVM:
 *
 * <pre>
 * mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:exec -Dexec.classpathScope=test \
 *     -Dexec.executable=java "-Dexec.args=-cp %classpath org.peacekeeping.pledges.pledge.rest.PledgeJsonBenchmark"
 * </pre>
 *
 * <p>Measured on 2026-12-02 on the shared 2-core machine (load average 8-18, so the errors are wide), with
 * {@code PledgeJson} as it was before the generator (hand-written, commit 821e007) copied in as a third, temporary
 * benchmark: generator 143 ± 49 and 350 ± 231 µs per page in two runs, hand-written 150 ± 62 and 275 ± 134, JSON-B
 * 596 ± 481 and 859 ± 506. The generator costs what the hand-written writer cost, well under a millisecond per page.
 * The same day, {@code mvn -Pbench verify -Dbench.args="--skip excel,load --pledges 100000 --database
 * pledges_bench_json --port 8286 --keep-data"} gave the analyst's list ({@code api-pledges}) a share of
 * {@code /api/me} of 0.72 and 0.41 with the hand-written writer and 0.58 and 0.46 with the generator, runs
 * alternating (load average 5 to 28 during them: the share moves more between runs than between the writers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class PledgeJsonBenchmark {

    private Page<PledgeView> page;
    private Jsonb jsonb;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(PledgeJsonBenchmark.class.getName() + "\\..*").build()).run();
    }

    @Setup
    public void make() {
        page = new Page<>(52_746, 3, 50, pledges(50, new Random(20261123)));
        jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    }

    @TearDown
    public void close() throws Exception {
        jsonb.close();
    }

    @Benchmark
    public int generator() {
        out.reset();
        PledgeJson.write(page, out);
        return out.size();
    }

    @Benchmark
    public int jsonb() {
        out.reset();
        jsonb.toJson(page, out);
        return out.size();
    }

    /** Pledges shaped as the benchmark database's (generated) ones: texts, times to the microsecond, some lines. */
    static List<PledgeView> pledges(int count, Random random) {
        String[] states = {"PAK", "BGD", "NPL", "IND", "RWA", "GHA", "DEU", "JPN", "KOR", "FJI"};
        Category[] categories = Category.values();
        List<PledgeView> pledges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String state = states[random.nextInt(states.length)];
            Instant created = Instant.parse("2025-03-01T08:00:00Z").plusSeconds(random.nextInt(40_000_000))
                    .plusNanos(random.nextInt(1_000_000) * 1_000L);
            boolean approved = random.nextInt(3) > 0;
            List<LineItem> lines = i % 3 == 0 ? List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Armoured personnel "
                    + "carrier, wheeled", 1 + random.nextInt(30)), new LineItem(LineKind.SELF_SUSTAINMENT,
                    "Catering", 1)) : List.of();
            pledges.add(new PledgeView(100_000 + i, state + "-2025-" + String.format("%04d", i + 1), state,
                    "BERLIN-2025", categories[random.nextInt(categories.length)], "INFANTRY_BATTALION",
                    "Infantry battalion (mechanised) " + i,
                    "SYNTHETIC DEMONSTRATION DATA - not a real pledge by this member state. A mechanised infantry "
                            + "battalion with its own \"first line\" support, deployable within 60 days.",
                    1, 850 + random.nextInt(200), 40 + random.nextInt(120), ReadinessLevel.LEVEL_2,
                    LocalDate.of(2026, 1 + random.nextInt(12), 1), 30 + random.nextInt(60), 12,
                    SelfSustainment.PARTIAL, i % 2 == 0 ? null : "Rotation every 12 months; French-speaking staff.",
                    List.of("MINUSCA", "UNIFIL"), lines, approved ? PledgeStatus.APPROVED : PledgeStatus.SUBMITTED,
                    3, created, "fp." + state.toLowerCase(), created.plusSeconds(86_400), "reviewer.1",
                    created.plusSeconds(3_600), approved ? created.plusSeconds(86_400) : null,
                    approved ? LocalDate.of(2027, 5, 22) : null, true));
        }
        return pledges;
    }
}
