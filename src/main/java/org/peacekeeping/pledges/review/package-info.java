/**
 * The Secretariat's review: readiness assessments recorded on approved pledges, and (with the pledge feature's
 * lifecycle) the review queue and decisions.
 */
package org.peacekeeping.pledges.review;
