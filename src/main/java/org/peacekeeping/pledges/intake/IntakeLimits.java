package org.peacekeeping.pledges.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.eclipse.microprofile.config.Config;

/**
 * How much an upload may be. The file size and the number of pledge rows are configurable; the zip guards are fixed,
 * chosen for a form of up to the row limit, and set on POI (which keeps them JVM-wide) before each workbook is opened:
 * <ul>
 *   <li>a part may expand at most {@value #MAX_EXPANSION} times (POI's minimum inflate ratio
 *       {@code 1/}{@value #MAX_EXPANSION}), beyond which it is a zip bomb;</li>
 *   <li>no part may be larger than {@value #MAX_PART_BYTES} bytes uncompressed, and all parts together no more than
 *       {@value #MAX_TOTAL_BYTES};</li>
 *   <li>a workbook has at most {@value #MAX_PARTS} parts.</li>
 * </ul>
 * A filled form of 10,000 rows is a sheet of some 10 to 40 MB of XML that compresses about tenfold.
 */
@ApplicationScoped
public class IntakeLimits {

    public static final String MAX_BYTES_PROPERTY = "pledges.intake.max-bytes";
    public static final String MAX_ROWS_PROPERTY = "pledges.intake.max-rows";
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 10_000;

    static final int MAX_EXPANSION = 100;
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    static final int MAX_PARTS = 1_000;

    /** Sets POI's zip guards to these limits; called before every workbook is opened (POI keeps them JVM-wide). */
    static void guardPoi() {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private long maxBytes;
    private int maxRows;

    protected IntakeLimits() {
        // for the CDI proxy
    }

    @Inject
    public IntakeLimits(Config config) {
        this(config.getOptionalValue(MAX_BYTES_PROPERTY, Long.class).orElse(DEFAULT_MAX_BYTES),
                config.getOptionalValue(MAX_ROWS_PROPERTY, Integer.class).orElse(DEFAULT_MAX_ROWS));
    }

    public IntakeLimits(long maxBytes, int maxRows) {
        if (maxBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException(MAX_BYTES_PROPERTY + " and " + MAX_ROWS_PROPERTY + " must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** The largest file accepted, in bytes ({@code pledges.intake.max-bytes}, default 5 MiB). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The most pledge rows a form may carry ({@code pledges.intake.max-rows}, default 10,000). */
    public int maxRows() {
        return maxRows;
    }

    /** "5 MB", "512 KB": a size as people read it. */
    public static String readable(long bytes) {
        if (bytes >= 1024 * 1024) {
            double megabytes = bytes / (1024.0 * 1024);
            return (megabytes == Math.rint(megabytes) ? String.valueOf((long) megabytes)
                    : String.format(Locale.ROOT, "%.1f", megabytes)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
