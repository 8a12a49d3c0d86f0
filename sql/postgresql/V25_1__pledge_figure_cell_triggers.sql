-- PostgreSQL's half of V25 (pledge_figure_cell): the triggers that keep the cells, then the cells of the pledges there
-- are. One transaction: CREATE TRIGGER locks pledge against writes until the commit, so no pledge is written between
-- the triggers' creation and the filling below (a pledge written before is committed and counted by the INSERT, one
-- written after waits and is counted by the triggers): nothing is missed or counted twice, even while an instance of
-- the previous version goes on writing.
--
-- A row's contribution is added with one INSERT ... ON CONFLICT DO UPDATE (race-safe: two transactions adding to the
-- same new cell do not both insert it); taking it away is the same with negative numbers. An update that moves a
-- pledge from one cell to another changes both in the order of their keys, so that two such updates going opposite
-- ways wait for each other instead of deadlocking. Two transactions changing pledges of the same cell still wait for
-- each other: the second waits for the first's commit (src/docs/dashboard-figures.md).
CREATE FUNCTION pledge_figure_cell_add(cell_status VARCHAR, cell_state VARCHAR, cell_category VARCHAR,
        cell_type VARCHAR, cell_event VARCHAR, cell_synthetic BOOLEAN, sign INTEGER, cell_units INTEGER,
        cell_personnel INTEGER, cell_women INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO pledge_figure_cell (status, member_state, category, capability_type, event_code, synthetic, pledges,
            units, personnel, women)
        VALUES (cell_status, cell_state, cell_category, cell_type, COALESCE(cell_event, ''), cell_synthetic, sign,
            sign * cell_units, sign * cell_personnel, sign * cell_women)
    ON CONFLICT (status, member_state, category, capability_type, event_code, synthetic) DO UPDATE SET
        pledges = pledge_figure_cell.pledges + EXCLUDED.pledges,
        units = pledge_figure_cell.units + EXCLUDED.units,
        personnel = pledge_figure_cell.personnel + EXCLUDED.personnel,
        women = pledge_figure_cell.women + EXCLUDED.women
$$;

CREATE FUNCTION pledge_figure_cell_change() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    counted_before BOOLEAN := TG_OP <> 'INSERT' AND OLD.status <> 'DRAFT';
    counted_after BOOLEAN := TG_OP <> 'DELETE' AND NEW.status <> 'DRAFT';
    old_first BOOLEAN := counted_before;
BEGIN
    IF counted_before AND counted_after THEN
        old_first := (OLD.status, OLD.member_state, OLD.category, OLD.capability_type, COALESCE(OLD.event_code, ''),
                OLD.synthetic)
            <= (NEW.status, NEW.member_state, NEW.category, NEW.capability_type, COALESCE(NEW.event_code, ''),
                NEW.synthetic);
    END IF;
    IF old_first THEN
        PERFORM pledge_figure_cell_add(OLD.status, OLD.member_state, OLD.category, OLD.capability_type,
            OLD.event_code, OLD.synthetic, -1, OLD.units, OLD.personnel, OLD.women);
    END IF;
    IF counted_after THEN
        PERFORM pledge_figure_cell_add(NEW.status, NEW.member_state, NEW.category, NEW.capability_type,
            NEW.event_code, NEW.synthetic, 1, NEW.units, NEW.personnel, NEW.women);
    END IF;
    IF counted_before AND NOT old_first THEN
        PERFORM pledge_figure_cell_add(OLD.status, OLD.member_state, OLD.category, OLD.capability_type,
            OLD.event_code, OLD.synthetic, -1, OLD.units, OLD.personnel, OLD.women);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER pledge_figure_cell_insert_delete AFTER INSERT OR DELETE ON pledge
    FOR EACH ROW EXECUTE FUNCTION pledge_figure_cell_change();

-- An update costs nothing unless it sets one of the cell's columns to another value (most do not: a title, a
-- caveat, a renewal date, a reviewer).
CREATE TRIGGER pledge_figure_cell_update
    AFTER UPDATE OF status, member_state, category, capability_type, event_code, synthetic, units, personnel, women
    ON pledge FOR EACH ROW
    WHEN ((OLD.status, OLD.member_state, OLD.category, OLD.capability_type, OLD.event_code, OLD.synthetic, OLD.units,
            OLD.personnel, OLD.women)
        IS DISTINCT FROM (NEW.status, NEW.member_state, NEW.category, NEW.capability_type, NEW.event_code,
            NEW.synthetic, NEW.units, NEW.personnel, NEW.women))
    EXECUTE FUNCTION pledge_figure_cell_change();

INSERT INTO pledge_figure_cell (status, member_state, category, capability_type, event_code, synthetic, pledges, units,
        personnel, women)
    SELECT status, member_state, category, capability_type, COALESCE(event_code, ''), synthetic, COUNT(*), SUM(units),
        SUM(personnel), SUM(women)
    FROM pledge WHERE status <> 'DRAFT'
    GROUP BY status, member_state, category, capability_type, COALESCE(event_code, ''), synthetic;
