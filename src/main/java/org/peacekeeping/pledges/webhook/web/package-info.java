/** The administrators' webhooks page ({@code /admin/webhooks.xhtml}): registrations and their delivery logs. */
package org.peacekeeping.pledges.webhook.web;
