-- The pledges' figures kept as they change (issue 14, item 4): the dashboard, GET /api/dashboard and the ministerial
-- summary read this table instead of a GROUP BY over every pledge, which grew with the table (57 ms at 10,000 pledges,
-- 2.3 s at 1,000,000). One row per cell of the figures: status, member state, category, capability type, event and
-- synthetic flag, with how many pledges are in it and their units, personnel and women. Drafts are never counted, so
-- they have no cells. A standing pledge (no event) has the event '' here: a primary key column cannot be NULL. A cell
-- whose pledges all moved away stays with zeros; the read leaves out cells with pledges = 0.
--
-- Kept by triggers on pledge, in the writing transaction, so that every way of writing a pledge (the application,
-- uploads, the demo seeder, the benchmarks' JDBC generator, hand-written SQL) keeps the cells right. The triggers
-- differ between the databases, so they and the first filling of this table are in V25.1, one file per database:
-- sql/postgresql/ (a PL/pgSQL function) and sql/h2/ (a Java trigger class); DatabaseMigrations adds the one folder
-- that fits the database to Flyway's locations (see sql/README.md).
CREATE TABLE pledge_figure_cell (
    status          VARCHAR(20) NOT NULL,
    member_state    VARCHAR(3)  NOT NULL,
    category        VARCHAR(40) NOT NULL,
    capability_type VARCHAR(40) NOT NULL,
    event_code      VARCHAR(30) NOT NULL,
    synthetic       BOOLEAN     NOT NULL,
    pledges         BIGINT      NOT NULL,
    units           BIGINT      NOT NULL,
    personnel       BIGINT      NOT NULL,
    women           BIGINT      NOT NULL,
    CONSTRAINT pk_pledge_figure_cell PRIMARY KEY (status, member_state, category, capability_type, event_code,
        synthetic)
);
