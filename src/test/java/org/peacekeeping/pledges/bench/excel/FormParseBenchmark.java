package org.peacekeeping.pledges.bench.excel;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peacekeeping.pledges.intake.BenchForms;

/**
 * Reading one filled pledge form file ({@code bench.excel.form}): the upload's POI streaming (SAX) reader against
 * fastexcel-reader, each keeping every pledge row's cells. Average time of repeated reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FormParseBenchmark {

    private Path form;

    @Setup
    public void locate() {
        form = Path.of(System.getProperty("bench.excel.form"));
    }

    @Benchmark
    public long poiEvent() {
        return BenchForms.readWithPoi(form);
    }

    @Benchmark
    public long fastexcelReader() {
        return FastexcelForm.read(form);
    }
}
