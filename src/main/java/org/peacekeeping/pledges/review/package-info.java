/**
 * The Secretariat's review: readiness assessments recorded on approved pledges ({@link
 * org.peacekeeping.pledges.review.AssessmentService}, its entity and kinds), the reviewers' pages (the queue and a
 * pledge's decisions, web/) and the assessments' endpoints (rest/). It depends on the pledge feature, whose lifecycle
 * says who may take which decision; the pledge feature knows nothing of reviews.
 */
package org.peacekeeping.pledges.review;
