package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the migrations in sql/ receive for each database. */
class DatabaseMigrationsTest {

    @Test
    void onlyPostgreSqlKeepsTheReviewersQueueInAPartialIndex() {
        assertEquals(Map.of("review_queue_where", "WHERE status IN ('SUBMITTED', 'UNDER_REVIEW')",
                        "document_content", "BYTEA"),
                DatabaseMigrations.placeholders(new DatabaseSettings("jdbc:postgresql://db:5432/pledges", "u", "p")));
        assertEquals(Map.of("review_queue_where", "", "document_content", "BLOB"),
                DatabaseMigrations.placeholders(new DatabaseSettings("jdbc:h2:file:/tmp/pledges", "sa", "")));
    }

    @Test
    void eachDatabaseReadsTheSharedMigrationsAndItsOwnFolder() {
        assertEquals(List.of("classpath:db/migration", "classpath:db/postgresql"),
                DatabaseMigrations.locations(new DatabaseSettings("jdbc:postgresql://db:5432/pledges", "u", "p")));
        assertEquals(List.of("classpath:db/migration", "classpath:db/h2"),
                DatabaseMigrations.locations(new DatabaseSettings("jdbc:h2:file:/tmp/pledges", "sa", "")));
    }
}
