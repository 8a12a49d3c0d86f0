/**
 * The administrator's reference data pages: pledging events, capability types and gender targets, each a table
 * with the form that adds or changes an entry, over {@link org.peacekeeping.pledges.reference.ReferenceAdminService}.
 * {@link org.peacekeeping.pledges.reference.web.AdminTexts} holds the texts all administrator pages share.
 */
package org.peacekeeping.pledges.reference.web;
