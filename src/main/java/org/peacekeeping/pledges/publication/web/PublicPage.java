package org.peacekeeping.pledges.publication.web;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.peacekeeping.pledges.publication.PublicFigures;
import org.peacekeeping.pledges.publication.PublicFigures.Ministerial;
import org.peacekeeping.pledges.publication.PublicFigures.Row;
import org.peacekeeping.pledges.publication.PublicFigures.State;
import org.peacekeeping.pledges.publication.PublicFigures.Value;
import org.peacekeeping.pledges.publication.Suppression.Mark;

/**
 * {@code /public/}: the public figures as one small server-rendered page in English or French, with no script, no
 * web font, its few styles inline and no session; tables with captions and header cells, the language and the
 * ministerial chosen by links. Every text from {@code publication/public*.properties} (categories and groups from
 * the application's bundles); values escaped. Plain Java, rendered to a string.
 */
final class PublicPage {

    private static final String BUNDLE = "org.peacekeeping.pledges.publication.public";
    private static final String MESSAGES = "org.peacekeeping.pledges.web.messages";
    private static final String ANALYSIS = "org.peacekeeping.pledges.web.analysis";

    /**
     * Colours measured for contrast on white (at least 4.5:1), the application's blue; every link a target of at
     * least 24 by 24 CSS pixels (WCAG 2.2's target size), list items spaced apart.
     */
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2933;\
            line-height:1.45}header{background:#0b4f8a;color:#fff;padding:.75rem 1rem;display:flex;\
            justify-content:space-between;align-items:center;flex-wrap:wrap;gap:.5rem}header a{color:#fff}\
            main{max-width:60rem;margin:0 auto;padding:1rem}nav ul{list-style:none;padding:0;display:flex;\
            gap:1rem;flex-wrap:wrap}a{color:#0b4f8a;display:inline-block;min-height:24px;min-width:24px;\
            line-height:24px}li{margin:.25rem 0}a:focus{outline:3px solid #f0a500;outline-offset:2px}\
            table{border-collapse:collapse;margin:.5rem 0 1.5rem;min-width:60%}caption{text-align:left;\
            font-weight:600;padding:.25rem 0}th,td{border-bottom:1px solid #9aa5b1;padding:.35rem .6rem;\
            text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
            .note{background:#fff4d6;border-left:4px solid #8a5a00;padding:.5rem .75rem}\
            .legend{font-size:.95rem;color:#3e4c59}ul.states{columns:14rem}""";

    private final Locale locale;
    private final ResourceBundle texts;
    private final ResourceBundle messages;
    private final ResourceBundle analysis;
    private final NumberFormat numbers;

    PublicPage(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
        this.messages = ResourceBundle.getBundle(MESSAGES, locale);
        this.analysis = ResourceBundle.getBundle(ANALYSIS, locale);
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    /**
     * The page of {@code figures} ({@code null}: no ministerial exists) with links to the others.
     *
     * @param root the application's context path
     */
    String render(String root, List<Ministerial> ministerials, PublicFigures figures) {
        boolean french = locale.getLanguage().equals("fr");
        String code = figures == null ? null : figures.ministerial().code();
        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(french ? "fr" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"").append(escape(root)).append("/favicon.svg\">\n")
                .append("<meta name=\"description\" content=\"").append(escape(text("page.title"))).append("\">\n")
                .append("<title>").append(escape(figures == null ? text("page.title")
                        : format("figures.title", name(figures.ministerial())))).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<span>")
                .append(escape(text("app.name"))).append("</span>\n<a href=\"")
                .append(escape(pageLink(root, code, !french))).append("\" lang=\"").append(french ? "en" : "fr")
                .append("\" hreflang=\"").append(french ? "en" : "fr").append("\">")
                .append(escape(text("language.switch")))
                .append("</a>\n</header>\n<main>\n");
        html.append("<nav aria-label=\"").append(escape(text("nav.label"))).append("\"><ul>");
        for (Ministerial ministerial : ministerials) {
            html.append("<li><a href=\"").append(escape(pageLink(root, ministerial.code(), french))).append('"');
            if (ministerial.code().equals(code)) {
                html.append(" aria-current=\"page\"");
            }
            html.append('>').append(escape(name(ministerial))).append("</a></li>");
        }
        html.append("</ul></nav>\n");
        if (figures == null) {
            html.append("<h1>").append(escape(text("page.title"))).append("</h1>\n<p>")
                    .append(escape(text("figures.none"))).append("</p>\n");
        } else {
            figures(html, root, figures);
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void figures(StringBuilder html, String root, PublicFigures figures) {
        Ministerial ministerial = figures.ministerial();
        html.append("<h1>").append(escape(format("figures.title", name(ministerial)))).append("</h1>\n<p>")
                .append(escape(format("figures.intro", name(ministerial)))).append("</p>\n");
        if (figures.synthetic()) {
            html.append("<p class=\"note\">").append(escape(text("figures.synthetic"))).append("</p>\n");
        }
        if (figures.states().isEmpty()) {
            html.append("<p>").append(escape(text("figures.none"))).append("</p>\n");
        } else {
            html.append("<h2>").append(escape(text("total.title"))).append("</h2>\n<table>\n<caption>")
                    .append(escape(text("total.table"))).append("</caption>\n<thead><tr>");
            for (String column : List.of("col.pledges", "col.states", "col.units", "col.personnel")) {
                html.append("<th scope=\"col\" class=\"n\">").append(escape(text(column))).append("</th>");
            }
            Row total = figures.total();
            html.append("</tr></thead>\n<tbody><tr>").append(cell(total.pledges()))
                    .append("<td class=\"n\">").append(numbers.format(figures.states().size())).append("</td>")
                    .append(cell(total.units())).append(cell(total.personnel())).append("</tr></tbody>\n</table>\n");
            if (total.pledges().mark() != Mark.SHOWN) {
                html.append("<p>").append(escape(text("figures.small"))).append("</p>\n");
            } else {
                breakdown(html, "byCategory", "col.category", figures.byCategory(), "category.", messages);
                breakdown(html, "byGroup", "col.group", figures.byRegionalGroup(), "group.", analysis);
            }
            html.append("<p class=\"legend\">").append(escape(text("figures.legend"))).append("</p>\n");
            html.append("<h2>").append(escape(text("states.title"))).append("</h2>\n<ul class=\"states\">");
            for (State state : figures.states()) {
                html.append("<li>").append(escape(locale.getLanguage().equals("fr") ? state.nameFr() : state.name()))
                        .append("</li>");
            }
            html.append("</ul>\n");
        }
        String api = root + "/public/api/ministerials/" + ministerial.code() + "/figures";
        html.append("<h2>").append(escape(text("download.title"))).append("</h2>\n<p>")
                .append(escape(text("download.note"))).append("</p>\n<ul><li><a href=\"").append(escape(api))
                .append("\" type=\"application/json\">").append(escape(text("download.json")))
                .append("</a></li><li><a href=\"").append(escape(api)).append(".csv\" type=\"text/csv\">")
                .append(escape(text("download.csv"))).append("</a></li></ul>\n");
    }

    private void breakdown(StringBuilder html, String key, String column, List<Row> rows, String prefix,
                           ResourceBundle names) {
        html.append("<h2>").append(escape(text(key + ".title"))).append("</h2>\n<table>\n<caption>")
                .append(escape(text(key + ".table"))).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(escape(text(column))).append("</th>");
        for (String measure : List.of("col.pledges", "col.units", "col.personnel")) {
            html.append("<th scope=\"col\" class=\"n\">").append(escape(text(measure))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            html.append("<tr><th scope=\"row\">").append(escape(label(names, prefix + row.key(), row.key())))
                    .append("</th>").append(cell(row.pledges())).append(cell(row.units()))
                    .append(cell(row.personnel())).append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private String cell(Value value) {
        return "<td class=\"n\">" + escape(value.shown() ? numbers.format(value.number()) : value.text()) + "</td>";
    }

    private String name(Ministerial ministerial) {
        return locale.getLanguage().equals("fr") ? ministerial.nameFr() : ministerial.name();
    }

    static String pageLink(String root, String code, boolean french) {
        StringBuilder link = new StringBuilder(root).append("/public/");
        String separator = "?";
        if (code != null) {
            link.append(separator).append("ministerial=").append(code);
            separator = "&";
        }
        if (french) {
            link.append(separator).append("lang=fr");
        }
        return link.toString();
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text(key).replace("'", "''"), locale).format(arguments);
    }

    private static String label(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
