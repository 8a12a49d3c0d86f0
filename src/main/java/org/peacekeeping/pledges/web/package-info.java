/**
 * Shared Faces plumbing that every feature's pages use: message bundles, formats, the language switch, the demo
 * banner and security headers. It depends on no feature (PackageRulesTest); the shell that needs accounts (sign-in,
 * the signed-in user, the start page, who may open which group of pages) is in {@code account.web}.
 */
package org.peacekeeping.pledges.web;
