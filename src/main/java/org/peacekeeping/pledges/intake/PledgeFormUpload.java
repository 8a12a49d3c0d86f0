package org.peacekeeping.pledges.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;

/**
 * Takes an uploaded pledge form from the bytes a client sent to the drafts it asks for: refuses the file as a whole if
 * it is too large, not a plain xlsx, macro-enabled, a zip bomb, not the pledge form or another state's (nothing is
 * read further, nothing written); otherwise reads it with the streaming reader and hands the rows to
 * {@link PledgeFormService#save}, which checks every cell and saves all rows or none. The file lives in a temporary
 * file only while it is read. The REST resource and the Faces page both come through here.
 */
@ApplicationScoped
public class PledgeFormUpload {

    private static final Logger LOG = Logger.getLogger(PledgeFormUpload.class.getName());

    @Inject
    private PledgeFormService forms;

    @Inject
    private IntakeLimits limits;

    /**
     * Saves the form read from {@code body}; throws {@link UploadRefusedException} (400, 413, 415),
     * {@link org.peacekeeping.pledges.platform.InvalidInputException} (400, every bad cell) or
     * {@link ForbiddenException} (403), having written nothing.
     */
    public UploadResult upload(Actor actor, InputStream body) {
        PledgeFormService.requireFocalPoint(actor);
        Path file = null;
        try {
            file = Files.createTempFile("pledge-form-", ".xlsx");
            copyAtMost(body, file, limits.maxBytes());
            WorkbookGate.inspect(file);
            return read(actor, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded form in a temporary file", e);
        } finally {
            delete(file);
        }
    }

    private UploadResult read(Actor actor, Path file) {
        IntakeLimits.guardPoi();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw FormReader.unreadable(e);
        }
        FormReader.Read read;
        List<FormReader.RawRow> raw = new ArrayList<>();
        List<FormReader.RawRow> rawLines = new ArrayList<>();
        try (pkg) {
            read = FormReader.read(pkg, limits.maxRows(), raw::add, rawLines::add);
        } catch (IOException e) {
            throw FormReader.unreadable(e);
        }
        requireOwnState(actor, read);
        FormRowMapper mapper = new FormRowMapper(read.sheet(), forms.lists());
        List<FormRow> rows = raw.stream().map(mapper::map).toList();
        if (read.lines() == null) {
            return forms.save(actor, read.sheet(), rows);
        }
        LineRowMapper lineMapper = new LineRowMapper(read.lines());
        return forms.save(actor, read.sheet(), rows, read.lines(), rawLines.stream().map(lineMapper::map).toList());
    }

    /** The form's state cell, when filled, must name the uploader's state. */
    private static void requireOwnState(Actor actor, FormReader.Read read) {
        RawCell state = read.state();
        if (state == null || state.blank()) {
            return;
        }
        String named = state.value().strip();
        if (state.hasFormula() || !named.equalsIgnoreCase(actor.memberState())) {
            throw new ForbiddenException("This form is for " + named + " (cell " + read.sheet().sheet() + "!"
                    + read.sheet().stateCell().formatAsString(false) + "); as a focal point of "
                    + actor.memberState() + " you can upload pledges for " + actor.memberState()
                    + " only. Nothing was saved.");
        }
    }

    /** Copies the body to the file, refusing it (413) as soon as it passes {@code max} bytes. */
    static void copyAtMost(InputStream body, Path file, long max) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = body.read(buffer)) > 0) {
                copied += read;
                if (copied > max) {
                    throw UploadRefusedException.fileTooLarge(max);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the temporary upload " + file, e);
        }
    }
}
