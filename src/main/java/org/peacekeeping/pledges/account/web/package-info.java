/**
 * The administrator's accounts page: who signs in, with which role and for which member state, over
 * {@link org.peacekeeping.pledges.account.AccountAdminService}.
 */
package org.peacekeeping.pledges.account.web;
