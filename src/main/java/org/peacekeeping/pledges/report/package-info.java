/**
 * Excel out: the ministerial summary workbook and the pledge register download. Figures come from GROUP BY queries
 * and rows from a streamed query; titles, headers, labels, colours and formats come from the layouts in the top-level
 * {@code reports/} folder, so that a layout change needs no Java change.
 */
package org.peacekeeping.pledges.report;
