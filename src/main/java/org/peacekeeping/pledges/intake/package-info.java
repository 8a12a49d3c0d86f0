/**
 * Excel in: the offline pledge form. A focal point downloads the form (the template in {@code reports/}, personalised
 * with the state, fresh row keys and current lists), fills it and uploads it; the upload is checked as a file (size,
 * type, macros, zip bombs), read with POI's streaming SAX API, checked cell by cell and then by the pledge rules, and
 * saved as drafts in one transaction, keyed by row so that a second upload of the same rows duplicates nothing. A
 * second sheet carries each pledge row's major-equipment and self-sustainment lines, keyed to the row.
 */
package org.peacekeeping.pledges.intake;
