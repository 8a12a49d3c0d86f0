/**
 * The pledge dossier (SPEC §9): typed, versioned documents kept in the database with each pledge, every file checked
 * before it is stored (size, kind from its content, ClamAV over clamd's INSTREAM), served back as safe downloads to
 * whoever may see the pledge, and the level 1 rule that a formed unit is approved only with its note verbale, table
 * of organization and major equipment list. Depends on {@code pledge} (its scoping and its approval event); nothing in
 * {@code pledge} knows this package.
 */
package org.peacekeeping.pledges.dossier;
