package org.peacekeeping.pledges.web;

/**
 * The content security policies of the application's answers. Pages get {@link #PAGE} from PrimeFaces, which
 * appends its per-request script nonce to the last directive (so {@code script-src} comes last) and moves every
 * inline script of the page behind that nonce; the API and everything else get theirs from
 * {@link SecurityHeadersFilter}. Styles stay {@code 'unsafe-inline'}: PrimeFaces renders {@code style} attributes
 * and its widgets set them as they open dialogs, menus and overlays. Plain Java, tested without a container.
 */
public final class ContentSecurityPolicy {

    /** Faces pages, without the nonce PrimeFaces appends: {@code … script-src 'self' 'nonce-…';}. */
    public static final String PAGE = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; "
            + "script-src 'self'";

    /**
     * The JSON API and its workbook downloads, and the public figures' API: nothing in them may load, run or be
     * framed. (The public page itself, {@code /public/}, gets {@link #RESOURCE}: it has no script.)
     */
    public static final String API = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Scripts, styles, fonts and images, the operations endpoints, redirects: opened on their own, nothing in them
     * runs (an SVG's script, say), and nothing frames them.
     */
    public static final String RESOURCE = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'none'";

    /**
     * {@code /api-docs} ({@link ApiDocsPage}): Swagger UI's own script and styles from this origin (its webjar), no
     * inline script, no eval; it fetches the document and, for "try it out", the API from this origin only. Its
     * inline styles are React's {@code style} attributes; its logos are data URIs.
     */
    public static final String DOCS = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'none'";

    private ContentSecurityPolicy() {
    }

    /**
     * The policy the filter sets for a request to this path inside the application (starting with {@code /}).
     * A Faces page answering it (an error page included) replaces it with {@link #PAGE} and its nonce.
     */
    public static String forPath(String path) {
        if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/public/api/")) {
            return API;
        }
        return path.equals("/api-docs") ? DOCS : RESOURCE;
    }
}
