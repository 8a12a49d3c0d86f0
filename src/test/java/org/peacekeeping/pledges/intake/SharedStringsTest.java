package org.peacekeeping.pledges.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The form's shared strings read as Excel shows them, as POI's rich-text reading gave them. */
class SharedStringsTest {

    private static final String SST = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
              <si><t>FPU for MINUSCA</t></si>
              <si><r><rPr><b/></rPr><t xml:space="preserve">Level 2 </t></r><r><t>hospital</t></r></si>
              <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
              <si><t>Line_x000D_break and _x0041_ and _x00zz_ kept</t></si>
              <si><t/></si>
            </sst>""";

    @Test
    void eachItemIsTheTextOfItsRunsWithoutPhoneticGuides() throws Exception {
        FormReader.SharedStrings strings = read(SST);
        assertEquals("FPU for MINUSCA", strings.get("0"));
        assertEquals("Level 2 hospital", strings.get("1"));
        assertEquals("東京", strings.get("2"));
        assertEquals("", strings.get("4"));
    }

    @Test
    void excelEscapesAreDecodedAsPoiDecodesThem() throws Exception {
        String raw = "Line_x000D_break and _x0041_ and _x00zz_ kept";
        assertEquals(new XSSFRichTextString(raw).getString(), read(SST).get("3"));
        assertEquals("Line\rbreak and A and _x00zz_ kept", read(SST).get("3"));
    }

    @Test
    void aCellNamingATextTheWorkbookDoesNotHoldIsADamagedFile() throws Exception {
        FormReader.SharedStrings strings = read(SST);
        for (String index : new String[] {"5", "-1", "x", "99999999999"}) {
            UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> strings.get(index));
            assertEquals(Response.Status.BAD_REQUEST, refused.status());
            assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        }
    }

    private static FormReader.SharedStrings read(String xml) throws Exception {
        FormReader.SharedStrings strings = new FormReader.SharedStrings();
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(strings);
        reader.parse(new InputSource(new StringReader(xml)));
        return strings;
    }
}
