/**
 * Notices to focal points about their pledges (acknowledgement, return, approval, rejection, lapse, renewal due):
 * kept in an in-app inbox and mailed where a mail session is configured.
 */
package org.peacekeeping.pledges.notification;
