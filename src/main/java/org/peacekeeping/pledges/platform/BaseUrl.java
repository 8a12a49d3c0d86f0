package org.peacekeeping.pledges.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where users reach the application ({@code PLEDGES_BASE_URL}, e.g. {@code https://pledges.example.org/}): what
 * links in mails point to. Behind a proxy the server cannot know it, so it is configured; without it, mails carry
 * no links. Always ends with a slash, so that pages resolve below it.
 */
public record BaseUrl(URI uri) {

    public static final String PROPERTY = "pledges.base-url";

    public BaseUrl {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(invalid(uri.toString()));
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path += "/";
        }
        uri = URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /** The configured base URL, none when unset or blank; an unusable value throws with the reason. */
    public static Optional<BaseUrl> from(Config config) {
        return config.getOptionalValue(PROPERTY, String.class).map(String::strip).filter(s -> !s.isEmpty())
                .map(BaseUrl::parse);
    }

    public static BaseUrl parse(String text) {
        try {
            return new BaseUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(invalid(text));
        }
    }

    /** The absolute address of a page of the application, given relative to it ({@code inbox.xhtml}). */
    public String page(String relative) {
        String path = relative.startsWith("/") ? relative.substring(1) : relative;
        return uri + path;
    }

    /** Whether users open the application over https. */
    public boolean https() {
        return uri.getScheme().equals("https");
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    private static String invalid(String text) {
        return "PLEDGES_BASE_URL must be the absolute http or https address users open the application at, such as "
                + "https://pledges.example.org/ (no query, fragment or password), not '" + text + "'.";
    }
}
