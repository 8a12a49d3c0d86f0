/**
 * The shell of the Faces pages: sign-in and sign-out, the language switch, navigation by role, security headers
 * and who may open which group of pages. Feature pages live in each feature's own {@code web} package.
 */
package org.peacekeeping.pledges.web;
