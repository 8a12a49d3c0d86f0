/**
 * Notices to focal points about their pledges (acknowledgement, return, approval, rejection, lapse, renewal due):
 * recorded in the pledge use case's transaction, kept in an in-app inbox ({@code rest/} serves it), written in the
 * recipient's language from {@code messages.properties}, and mailed after commit where a mail server is configured.
 */
package org.peacekeeping.pledges.notification;
