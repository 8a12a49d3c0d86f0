package org.peacekeeping.pledges.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The files of the top-level {@code reports/} folder (layouts and templates), as the WAR carries them under
 * {@code reports/} on the class path, or, when {@code pledges.reports.dir} names a folder, from there first: an
 * operator can then change a layout or the pledge form template without a new build. Files are read on every use, so
 * such a change applies to the next download.
 */
@ApplicationScoped
public class ReportFiles {

    /** Configuration key of the folder that overrides the built-in layouts and templates. */
    public static final String FOLDER_PROPERTY = "pledges.reports.dir";

    private Path folder;

    protected ReportFiles() {
        // for the CDI proxy
    }

    @Inject
    public ReportFiles(Config config) {
        this(config.getOptionalValue(FOLDER_PROPERTY, String.class).filter(dir -> !dir.isBlank()).map(Path::of)
                .orElse(null));
    }

    /** Files from this folder first, then from the class path; {@code null} for the class path only. */
    public ReportFiles(Path folder) {
        this.folder = folder;
    }

    /** Opens {@code reports/<name>}; the caller closes it. */
    public InputStream open(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("Not a file name: " + name);
        }
        try {
            Optional<Path> local = Optional.ofNullable(folder).map(dir -> dir.resolve(name))
                    .filter(Files::isRegularFile);
            if (local.isPresent()) {
                return Files.newInputStream(local.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder.resolve(name), e);
        }
        InputStream resource = ReportFiles.class.getResourceAsStream("/reports/" + name);
        if (resource == null) {
            throw new IllegalStateException("The layout or template reports/" + name + " is missing");
        }
        return resource;
    }

    /** The layout made of these {@code .properties} files, merged. */
    public ReportLayout layout(String... names) {
        return ReportLayout.read(this, names);
    }
}
