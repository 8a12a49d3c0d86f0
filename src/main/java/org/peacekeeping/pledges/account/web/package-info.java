/**
 * Accounts in the pages: sign-in and sign-out, the signed-in user and their start page, who may open which group of
 * pages (the audience filter), and the administrator's accounts page over
 * {@link org.peacekeeping.pledges.account.AccountAdminService}.
 */
package org.peacekeeping.pledges.account.web;
