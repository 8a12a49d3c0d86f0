package org.peacekeeping.pledges.bench.excel;

import java.io.OutputStream;

/** Where benchmark workbooks go: bytes counted, nothing kept, so that only writing is measured. */
final class CountingStream extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
        count += len;
    }

    long count() {
        return count;
    }
}
