package org.peacekeeping.pledges.intake.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.peacekeeping.pledges.intake.IntakeLimits;
import org.peacekeeping.pledges.intake.UploadRefusedException;

/**
 * Refuses an upload body larger than the limit before the multipart reader or anyone else reads it: by its declared
 * length at once, or, sent without one (chunked), by reading at most the limit into memory. The limit allows a few
 * kilobytes of multipart framing around the file; the file itself is measured exactly when it is read.
 */
@Provider
@BoundedUpload
@Priority(Priorities.ENTITY_CODER)
public class UploadSizeFilter implements ContainerRequestFilter {

    /** Multipart headers and boundaries around the file. */
    static final long FRAMING = 64 * 1024;

    /**
     * A body up to this many times the limit is read and dropped before the refusal, so that an ordinary client sees
     * the 413 answer; a larger one is answered at once and the connection may close under the sender.
     */
    static final long DRAINED = 4;

    /** Read from the configuration, as the service reads it (a JAX-RS provider here is not a CDI bean). */
    private final IntakeLimits limits = new IntakeLimits(ConfigProvider.getConfig());

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long max = limits.maxBytes() + FRAMING;
        if (request.getLength() > max) {
            if (request.getLength() <= DRAINED * max) {
                // Read and drop the body, so that the client, still sending, gets the answer rather than a reset.
                request.getEntityStream().transferTo(OutputStream.nullOutputStream());
            }
            request.abortWith(UploadRefusedMapper.response(UploadRefusedException.fileTooLarge(limits.maxBytes())));
            return;
        }
        if (request.getLength() < 0 && request.hasEntity()) {
            InputStream body = request.getEntityStream();
            byte[] bytes = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > max) {
                request.abortWith(UploadRefusedMapper.response(
                        UploadRefusedException.fileTooLarge(limits.maxBytes())));
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(bytes));
        }
    }
}
