package org.peacekeeping.pledges.dossier;

/**
 * What the virus scan said of a stored file. Infected files are never stored; {@code NOT_SCANNED} is what demo mode
 * without a scanner, or an operator who switched scanning off, stores, and every list says so.
 */
public enum ScanResult {
    CLEAN,
    NOT_SCANNED
}
