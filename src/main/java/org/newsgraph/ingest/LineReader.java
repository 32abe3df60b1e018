package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (ended by {@code \n}, {@code \r\n} or the end of the stream) without ever
 * holding more than one line of at most {@code maxBytes}: a longer line is skipped, only its length is kept.
 * Not thread-safe; does not close the stream.
 */
final class LineReader {

    /** One line: its bytes without the line end, or, when it was longer than the limit, none and its length. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean ended;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (position == limit && !fill())
            return null;
        byte[] line = new byte[0];
        int used = 0;
        long length = 0;
        while (true) {
            int end = position;
            while (end < limit && buffer[end] != '\n')
                end++;
            int chunk = end - position;
            if (length + chunk <= maxBytes + 1) { // one more for a '\r' dropped below
                if (used + chunk > line.length)
                    line = Arrays.copyOf(line, Math.max(used + chunk, line.length * 2));
                System.arraycopy(buffer, position, line, used, chunk);
                used += chunk;
            }
            length += chunk;
            position = end;
            if (end < limit) {
                position++; // the '\n'
                break;
            }
            if (!fill())
                break;
        }
        if (used > 0 && line[used - 1] == '\r' && length <= maxBytes + 1) {
            used--;
            length--;
        }
        return length > maxBytes ? new Line(null, length) : new Line(Arrays.copyOf(line, used), length);
    }

    private boolean fill() throws IOException {
        if (ended)
            return false;
        int n = in.read(buffer);
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
