package org.peacekeeping.pledges.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads {@code xl/styles.xml} out of a workbook's bytes with a plain XML parser (not POI, which wrote it) and checks it
 * carries what Excel writes in every styles part, and what openpyxl and other readers look for: the default cell
 * style "Normal" on the first cellStyleXfs xf, every cell format derived from an existing style xf and pointing at
 * fonts, fills, borders and number formats that exist, the two reserved fills, and counts that match.
 */
public final class StylesPart {

    private final XPath xpath = XPathFactory.newInstance().newXPath();
    private final Document styles;

    private StylesPart(Document styles) {
        this.styles = styles;
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "s".equals(prefix) ? "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                        : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    /** The styles part of an xlsx file, found through the zip's central directory as spreadsheet programs do. */
    public static StylesPart of(byte[] xlsx) {
        try {
            Path file = Files.createTempFile("styles-", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry entry = zip.getEntry("xl/styles.xml");
                    if (entry == null) {
                        throw new AssertionError("the workbook has no xl/styles.xml");
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        return new StylesPart(parse(in));
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AssertionError("not a zip file", e);
        }
    }

    private static Document parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("xl/styles.xml does not parse", e);
        }
    }

    /** Asserts everything the class comment promises. */
    public void assertHasExcelsDefaults() {
        int styleXfs = elements("/s:styleSheet/s:cellStyleXfs/s:xf").size();
        int fonts = elements("/s:styleSheet/s:fonts/s:font").size();
        int fills = elements("/s:styleSheet/s:fills/s:fill").size();
        int borders = elements("/s:styleSheet/s:borders/s:border").size();
        Set<String> numFmts = new HashSet<>();
        elements("/s:styleSheet/s:numFmts/s:numFmt").forEach(format -> numFmts.add(format.getAttribute("numFmtId")));
        List<Element> normal = elements("/s:styleSheet/s:cellStyles/s:cellStyle[@builtinId='0']");
        List<Element> xfs = elements("/s:styleSheet/s:cellXfs/s:xf");

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(styleXfs >= 1, "cellStyleXfs holds the default style's xf"));
        checks.add(() -> assertEquals(1, normal.size(), "one cellStyle with builtinId 0"));
        checks.add(() -> assertEquals("Normal", normal.get(0).getAttribute("name")));
        checks.add(() -> assertTrue(Integer.parseInt(normal.get(0).getAttribute("xfId")) < styleXfs,
                "Normal's xfId is a cellStyleXfs index"));
        checks.add(() -> assertEquals("none", text("/s:styleSheet/s:fills/s:fill[1]/s:patternFill/@patternType")));
        checks.add(() -> assertEquals("gray125",
                text("/s:styleSheet/s:fills/s:fill[2]/s:patternFill/@patternType")));
        checks.add(() -> assertFalse(xfs.isEmpty(), "cellXfs has the default cell format"));
        checks.add(() -> assertNotNull(node("/s:styleSheet/s:dxfs"), "dxfs"));
        checks.add(() -> assertNotNull(node("/s:styleSheet/s:tableStyles"), "tableStyles"));
        for (String list : List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles",
                "dxfs", "tableStyles")) {
            checks.add(() -> {
                Element element = (Element) node("/s:styleSheet/s:" + list);
                if (element != null && element.hasAttribute("count")) {
                    assertEquals(elements("/s:styleSheet/s:" + list + "/*").size(),
                            Integer.parseInt(element.getAttribute("count")), list + "/@count");
                }
            });
        }
        for (int i = 0; i < xfs.size(); i++) {
            Element xf = xfs.get(i);
            String at = "cellXfs/xf[" + i + "] ";
            checks.add(() -> assertTrue(xf.hasAttribute("xfId") && index(xf, "xfId") < styleXfs,
                    at + "derives from a cellStyleXfs xf: " + xf.getAttribute("xfId")));
            checks.add(() -> assertTrue(index(xf, "fontId") < fonts, at + "font"));
            checks.add(() -> assertTrue(index(xf, "fillId") < fills, at + "fill"));
            checks.add(() -> assertTrue(index(xf, "borderId") < borders, at + "border"));
            checks.add(() -> assertTrue(index(xf, "numFmtId") < 164 || numFmts.contains(xf.getAttribute("numFmtId")),
                    at + "number format " + xf.getAttribute("numFmtId")));
        }
        for (Element colour : elements("//*[@rgb]")) {
            checks.add(() -> assertTrue(colour.getAttribute("rgb").matches("[0-9A-Fa-f]{8}"),
                    colour.getLocalName() + " rgb is ARGB: " + colour.getAttribute("rgb")));
        }
        assertAll("xl/styles.xml", checks);
    }

    private static int index(Element xf, String attribute) {
        return xf.hasAttribute(attribute) ? Integer.parseInt(xf.getAttribute(attribute)) : 0;
    }

    private List<Element> elements(String path) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(path, styles, XPathConstants.NODESET);
            List<Element> list = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                list.add((Element) nodes.item(i));
            }
            return list;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private org.w3c.dom.Node node(String path) {
        try {
            return (org.w3c.dom.Node) xpath.evaluate(path, styles, XPathConstants.NODE);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private String text(String path) {
        try {
            return xpath.evaluate(path, styles);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
