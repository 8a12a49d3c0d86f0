/**
 * The public figures (SPEC §10): what is published without sign-in at {@code /public/} and
 * {@code /public/api/ministerials/{code}/figures} — consented, approved-or-later pledges only, counted by category and
 * by regional group, small cells suppressed so that none can be worked out from the others; web/ the page and the
 * API (a servlet outside the signed-in area: no session, ETag, rate limit).
 */
package org.peacekeeping.pledges.publication;
