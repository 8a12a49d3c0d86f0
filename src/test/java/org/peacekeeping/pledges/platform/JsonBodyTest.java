package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every JSON request body: one object, bounded in size and depth before it is parsed. */
class JsonBodyTest {

    private static JsonObject read(String json) {
        return JsonBody.object(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String json) {
        return assertThrows(InvalidInputException.class, () -> read(json)).getMessage();
    }

    @Test
    void anObjectIsReadWithItsUnknownFieldsKept() {
        JsonObject body = read(" {\"title\":\"A [ { \\\" ] }\",\"extra\":[1,{\"a\":2}]} ");
        assertEquals("A [ { \" ] }", body.getString("title"));
        assertEquals(2, body.getJsonArray("extra").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r\n\t"})
    void anEmptyBodyIsNoBody(String json) {
        assertNull(read(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]|an array", "[{\"title\":\"x\"}]|an array", "\"text\"|a string", "42|a number", "-1.5|a number",
            "true|true or false", "false|true or false", "null|null", "<html>|something that is not JSON"})
    void anythingButAnObjectIsRefusedSayingWhatWasSent(String json, String what) {
        assertEquals("Send a JSON object ({...}), not " + what + ".", refusal(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": ", "{\"title\" \"x\"}", "{'title':'x'}", "{\"a\":1,}", "{\"a\":tru}", "{} {}",
            "{}]"})
    void brokenJsonIsRefusedWithWhereItBroke(String json) {
        assertTrue(refusal(json).startsWith("The body is not valid JSON"), json);
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String json = "{\"a\":" + "[".repeat(JsonBody.MAX_DEPTH - 1) + "]".repeat(JsonBody.MAX_DEPTH - 1) + "}";
        assertEquals(1, read(json).size());
    }

    @Test
    void nestingOneDeeperThanTheLimitIsRefused() {
        String json = "{\"a\":" + "[".repeat(JsonBody.MAX_DEPTH) + "]".repeat(JsonBody.MAX_DEPTH) + "}";
        assertEquals("The body nests deeper than 32 levels.", refusal(json));
    }

    @Test
    void aHundredThousandLevelsAreRefusedByTheScanAloneEvenUnclosed() {
        assertEquals("The body nests deeper than 32 levels.", refusal("[".repeat(100_000)));
        assertEquals("The body nests deeper than 32 levels.", refusal("{\"a\":".repeat(100_000)));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String json = "{\"a\":\"" + "[{".repeat(1_000) + "\\\\\"}";
        assertEquals("[{".repeat(1_000) + "\\", read(json).getString("a"));
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        String json = "{\"a\":\"" + "x".repeat(JsonBody.MAX_BYTES - 8) + "\"}";
        assertEquals(JsonBody.MAX_BYTES, json.length());
        assertEquals(JsonBody.MAX_BYTES - 8, read(json).getString("a").length());
    }

    @Test
    void aLargerBodyIsTooLarge() {
        String json = "{\"a\":\"" + "x".repeat(JsonBody.MAX_BYTES - 7) + "\"}";
        assertThrows(BodyTooLargeException.class, () -> read(json));
    }

    @Test
    void theReaderRefusesATooLargeStreamWithoutADeclaredLength() {
        byte[] bytes = new byte[JsonBody.MAX_BYTES + 10];
        BodyTooLargeException refused = assertThrows(BodyTooLargeException.class, () -> readFrom(bytes, null));
        assertTrue(refused.getMessage().contains("1 MB"), refused.getMessage());
    }

    @Test
    void theReaderRefusesATooLargeDeclaredLengthBeforeReading() {
        assertThrows(BodyTooLargeException.class,
                () -> readFrom(new byte[0], String.valueOf(100L * JsonBody.MAX_BYTES)));
    }

    @Test
    void theReaderReadsAnObjectFromTheStream() throws IOException {
        assertEquals(7, readFrom("{\"version\":7}".getBytes(StandardCharsets.UTF_8), "13").getInt("version"));
    }

    private static JsonObject readFrom(byte[] bytes, String contentLength) throws IOException {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        if (contentLength != null) {
            headers.putSingle("Content-Length", contentLength);
        }
        return new JsonBody().readFrom(JsonObject.class, JsonObject.class, new java.lang.annotation.Annotation[0],
                null, headers, new ByteArrayInputStream(bytes));
    }
}
