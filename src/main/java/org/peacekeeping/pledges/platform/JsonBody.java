package org.peacekeeping.pledges.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads every JSON request body of the API: one JSON object of at most {@value #MAX_BYTES} bytes, nested at most
 * {@value #MAX_DEPTH} levels, or nothing at all (read as {@code null}: the endpoint decides whether a body is
 * needed). Size and depth are checked on the raw bytes before any parsing, so a hostile body costs one pass over at
 * most a megabyte. Anything else is refused with a problem document that says what was sent: 413 when too large,
 * otherwise 400. Unknown fields are left in the object for the endpoint to ignore.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBody implements MessageBodyReader<JsonObject> {

    /** Far above any honest body (a pledge with 200 detail lines is about 40 KB). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** A pledge nests three levels (the pledge, its lines, a line). */
    public static final int MAX_DEPTH = 32;

    /**
     * A body up to this many times the limit is read and dropped before the refusal, so that an ordinary client,
     * still sending, sees the 413 rather than a reset connection; a larger one is answered at once.
     */
    static final int DRAINED = 4;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations,
                               MediaType mediaType, MultivaluedMap<String, String> headers, InputStream entity)
            throws IOException {
        long declared = declaredLength(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        if (declared > MAX_BYTES) {
            if (declared <= (long) DRAINED * MAX_BYTES) {
                entity.transferTo(OutputStream.nullOutputStream());
            }
            throw tooLarge();
        }
        byte[] bytes = entity.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            drain(entity);
            throw tooLarge();
        }
        return object(bytes);
    }

    /**
     * The one JSON object in {@code bytes}, or {@code null} for an empty (or blank) body.
     *
     * @throws InvalidInputException   for anything but one object nested at most {@value #MAX_DEPTH} deep
     * @throws BodyTooLargeException   for more than {@value #MAX_BYTES} bytes
     */
    public static JsonObject object(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        Shape shape = shape(bytes);
        if (shape.first() == 0) {
            return null;
        }
        if (shape.depth() > MAX_DEPTH) {
            throw new InvalidInputException("The body nests deeper than " + MAX_DEPTH + " levels.", List.of());
        }
        if (shape.first() != '{') {
            throw new InvalidInputException("Send a JSON object ({...}), not " + describe(shape.first()) + ".",
                    List.of());
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes))) {
            parser.next();
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new InvalidInputException("Send one JSON object, with nothing after it.", List.of());
            }
            return object;
        } catch (JsonParsingException e) {
            throw new InvalidInputException("The body is not valid JSON (at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ").", List.of());
        } catch (JsonException e) {
            throw new InvalidInputException("The body is not valid JSON.", List.of());
        }
    }

    /** The first significant character (0 when there is none) and the deepest nesting of brackets. */
    record Shape(int first, int depth) {
    }

    /**
     * One pass over the raw bytes: brackets outside strings counted, stopping as soon as the limit is passed. UTF-8
     * never puts a quote, a backslash or a bracket inside a multi-byte character, so bytes can be read as they are.
     */
    static Shape shape(byte[] bytes) {
        int first = 0;
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            if (first == 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                first = b & 0xFF;
            }
            switch (b) {
                case '"' -> inString = true;
                case '{', '[' -> {
                    depth++;
                    if (depth > deepest) {
                        deepest = depth;
                        if (deepest > MAX_DEPTH) {
                            return new Shape(first, deepest);
                        }
                    }
                }
                case '}', ']' -> depth--;
                default -> {
                    // other characters do not change the nesting
                }
            }
        }
        return new Shape(first, deepest);
    }

    private static String describe(int first) {
        return switch (first) {
            case '[' -> "an array";
            case '"' -> "a string";
            case 't', 'f' -> "true or false";
            case 'n' -> "null";
            default -> first == '-' || (first >= '0' && first <= '9') ? "a number" : "something that is not JSON";
        };
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Reads and drops what is left of an oversized body, up to {@value #DRAINED} times the limit. */
    private static void drain(InputStream entity) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = (long) (DRAINED - 1) * MAX_BYTES;
        for (int read; left > 0 && (read = entity.read(buffer)) >= 0; ) {
            left -= read;
        }
    }

    private static BodyTooLargeException tooLarge() {
        return new BodyTooLargeException("The body is larger than " + MAX_BYTES / 1024 / 1024
                + " MB; send at most " + MAX_BYTES + " bytes.");
    }
}
