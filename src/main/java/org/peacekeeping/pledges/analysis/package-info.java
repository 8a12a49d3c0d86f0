/**
 * What analysts read: the pledges' figures for an event (totals, breakdowns by status, category, regional group,
 * member state, kind of personnel, capability type and event, the gender targets that apply), added up by the
 * database in one grouped query and by one calculator ({@link org.peacekeeping.pledges.analysis.PledgeFigures}) for
 * the dashboard, {@code GET /api/dashboard} and the ministerial summary workbook alike (report depends on this
 * package, never the reverse); the gap view; and in {@code web} the dashboard and the pledge list that its figures
 * click through to.
 */
package org.peacekeeping.pledges.analysis;
