-- H2's half of V25 (pledge_figure_cell): the trigger that keeps the cells, then the cells of the pledges there are.
-- H2 runs triggers written in Java: analysis.FigureCellTrigger, in the application's WAR (H2 itself comes with Payara
-- Micro; H2 loads the class through the thread's context class loader, the application's, when it first fires). The
-- embedded database belongs to the one application that opened it, and it migrates before it serves, so no pledge is
-- written between the trigger's creation and the filling below. H2 has no UPDATE OF columns or WHEN clause on a
-- trigger: the class returns at once when an update changed none of the cell's columns.
CREATE TRIGGER pledge_figure_cell_change AFTER INSERT, UPDATE, DELETE ON pledge
    FOR EACH ROW CALL 'org.peacekeeping.pledges.analysis.FigureCellTrigger';

INSERT INTO pledge_figure_cell (status, member_state, category, capability_type, event_code, synthetic, pledges, units,
        personnel, women)
    SELECT status, member_state, category, capability_type, COALESCE(event_code, ''), synthetic, COUNT(*), SUM(units),
        SUM(personnel), SUM(women)
    FROM pledge WHERE status <> 'DRAFT'
    GROUP BY status, member_state, category, capability_type, COALESCE(event_code, ''), synthetic;
