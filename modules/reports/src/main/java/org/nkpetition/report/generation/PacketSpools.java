package org.nkpetition.report.generation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.signature.DisplayName;

/**
 * Signers sorted into one temporary file per packet (see {@link Packet}: a mission's or a country's), in
 * the order they arrive. The index lists a petition's signers by confirmation time, not by packet;
 * spooling them once lets every packet (and the organisers' roster, country by country) be written
 * from its own file, with memory independent of how many signers there are. The files live in a private temporary directory
 * (Lambda's /tmp) and are deleted on {@link #close()}.
 */
final class PacketSpools implements Closeable {
    private static final int BUFFER = 16 * 1024;
    private final Path directory;
    private final Map<String, DataOutputStream> writers = new HashMap<>();

    PacketSpools(Path parent) {
        try {
            directory = Files.createTempDirectory(parent, "spool-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String packet, RosterEntry entry) {
        try {
            DataOutputStream out = writers.get(packet);
            if (out == null) {
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(packet)), BUFFER));
                writers.put(packet, out);
            }
            out.writeUTF(entry.country());
            out.writeLong(entry.confirmedAt().getEpochSecond());
            out.writeInt(entry.confirmedAt().getNano());
            out.writeByte(entry.display().ordinal());
            writeOptional(out, entry.name());
            writeOptional(out, entry.city());
            writeOptional(out, entry.comment());
            writeOptional(out, entry.missionId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes every writer; call once, after the last {@link #write}. */
    void finishWriting() {
        for (DataOutputStream out : writers.values()) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        writers.clear();
    }

    /** The spooled signers of one packet (its {@link Packet#key()}), in arrival order; read it as often as needed. */
    Iterable<RosterEntry> read(String packet) {
        return () -> new Reader(file(packet));
    }

    private Path file(String packet) {
        // Keys become file names: only a country code or a mission id (which cannot hold '/' or '.').
        if (!packet.matches("[A-Z]{2}|[a-z][a-z0-9-]{2,63}")) {
            throw new IllegalArgumentException("Not a packet key");
        }
        return directory.resolve(packet + ".spool");
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    @Override
    public void close() {
        finishWriting();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Reader implements Iterator<RosterEntry> {
        private static final DisplayName[] DISPLAYS = DisplayName.values();
        private final DataInputStream in;
        private RosterEntry next;

        Reader(Path file) {
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            advance();
        }

        private void advance() {
            try {
                String country;
                try {
                    country = in.readUTF();
                } catch (EOFException end) {
                    next = null;
                    in.close();
                    return;
                }
                long seconds = in.readLong();
                Instant confirmedAt = Instant.ofEpochSecond(seconds, in.readInt());
                DisplayName display = DISPLAYS[in.readByte()];
                next = new RosterEntry(confirmedAt, readOptional(in), display, country, readOptional(in), readOptional(in),
                        readOptional(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public RosterEntry next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            RosterEntry current = next;
            advance();
            return current;
        }
    }
}
