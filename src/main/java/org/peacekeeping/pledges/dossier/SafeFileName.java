package org.peacekeeping.pledges.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file name as uploaded, made safe to store and to send back in a {@code Content-Disposition} header: no path
 * (whatever came before the last slash or backslash), no control characters (CR and LF above all: no header
 * injection), no quotes, semicolons or backslashes, no leading dots, at most 200 characters, never empty.
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 200;

    private SafeFileName() {
    }

    /** The name to keep, or {@code fallback} when nothing usable is left. */
    public static String clean(String uploaded, String fallback) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '"' || c == '\'' || c == ';' || c == '\\' || c == '/'
                    || c == '<' || c == '>' || c == '*' || c == '?' || c == '|' || c == ':' || c == '`'
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                return;
            }
            kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
        });
        String result = kept.toString().strip().replaceAll(" {2,}", " ");
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_LENGTH));
        }
        return result.isBlank() ? fallback : result;
    }

    /**
     * The {@code Content-Disposition} header for downloading a stored (already clean) name: an ASCII fallback in
     * {@code filename} and the exact name in RFC 5987's {@code filename*}.
     */
    public static String attachment(String name) {
        String clean = clean(name, "document");
        StringBuilder ascii = new StringBuilder();
        String decomposed = Normalizer.normalize(clean, Normalizer.Form.NFD);
        for (char c : decomposed.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                ascii.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                ascii.append('_');
            }
        }
        String encoded = URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
