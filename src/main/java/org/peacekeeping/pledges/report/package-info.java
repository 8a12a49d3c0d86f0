/**
 * Excel out: the ministerial summary workbook and the pledge register download. The summary's figures are the
 * dashboard's ({@code analysis.PledgeFigures}, over the figure cells) and rows come from a streamed query; titles,
 * headers, labels, colours and formats come from the layouts in the top-level {@code reports/} folder, so that a
 * layout change needs no Java change.
 */
package org.peacekeeping.pledges.report;
