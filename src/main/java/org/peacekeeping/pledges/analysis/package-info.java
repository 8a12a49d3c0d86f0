/**
 * What analysts read: the dashboard's figures for an event (totals, breakdowns by category, regional group, status
 * and kind of personnel, the gender targets and the gap view), all added up by the database, and in {@code web} the
 * dashboard and the pledge list that its figures click through to.
 */
package org.peacekeeping.pledges.analysis;
