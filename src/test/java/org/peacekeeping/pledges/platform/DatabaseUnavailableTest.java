package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.io.StringReader;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures mean "the database is out of reach" (503, try again) and which stay bugs (500). */
class DatabaseUnavailableTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "57P01", "57P03", "53300"})
    void connectionStatesDeepInTheChainMeanTheDatabaseIsAway(String state) {
        Exception wrapped = new IllegalStateException("transaction failed",
                new PersistenceException("Exception [EclipseLink-4002]", new SQLException("I/O error", state)));
        assertTrue(DatabaseUnavailable.isCause(wrapped), state);
    }

    @Test
    void thePoolUnableToAllocateAConnectionMeansTheDatabaseIsAway() {
        // Payara: SQLException "Error in allocating a connection" <- ResourceAllocationException <- PSQLException 55000
        SQLException allocation = new SQLException("Error in allocating a connection. Cause: database is not "
                + "currently accepting connections", (String) null,
                new ResourceAllocationException("Connection could not be allocated"));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(allocation)));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseUnavailable.isCause(new SQLTransientConnectionException("gone", "08006")));
    }

    @Test
    void aNextExceptionOfABatchCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(batch)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40001", "42P01", "22001", "55000"})
    void otherDatabaseErrorsStayErrors(String state) {
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException(new SQLException("refused", state))),
                state);
    }

    @Test
    void bugsAndCyclesStayErrors() {
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("a bug", new NullPointerException())));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.isCause(first));
    }

    @Test
    void theHandWrittenProblemDocumentIsValidJsonSayingTheSame() {
        JsonObject problem = Json.createReader(new StringReader(DatabaseUnavailable.problemJson("lb-1")))
                .readObject();
        assertEquals(503, problem.getInt("status"));
        assertEquals("Service Unavailable", problem.getString("title"));
        assertEquals(DatabaseUnavailable.DETAIL, problem.getString("detail"));
        assertEquals("lb-1", problem.getString("requestId"));
    }
}
