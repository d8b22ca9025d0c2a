package org.nkpetition.report.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that runs a finishing step (rename into place, upload) once, after the bytes
 * are flushed and the underlying file closed; closing it again does nothing.
 */
final class FinishingOutputStream extends FilterOutputStream {
    interface Finish {
        void run() throws IOException;
    }

    private final Finish finish;
    private boolean closed;

    FinishingOutputStream(OutputStream out, Finish finish) {
        super(out);
        this.finish = finish;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        // FilterOutputStream would write byte by byte.
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        super.close();
        finish.run();
    }
}
