package org.nkpetition.missions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.domain.Language;

/**
 * Subdivision names in the campaign's languages, for the region select (issue 14), read from
 * {@code missions/subdivision-names.tsv} (tab-separated code, en, ko, es; its header names the sources). A name
 * missing in a language falls back to English, then to the code itself.
 */
public final class SubdivisionNames {
    private static final String RESOURCE = "/missions/subdivision-names.tsv";
    private static final SubdivisionNames BUNDLED = load();

    /** One option of the select: the code sent, the name shown. */
    public record Named(String code, String name) {
    }

    /** The languages of the file's name columns, in order (see its header). */
    private static final List<String> COLUMNS = List.of("en", "ko", "es");

    private final Map<String, String[]> names;

    SubdivisionNames(Map<String, String[]> names) {
        this.names = Map.copyOf(names);
    }

    public static SubdivisionNames bundled() {
        return BUNDLED;
    }

    /** The name of {@code code} in {@code language}, else in English, else the code. */
    public String name(String code, Language language) {
        String[] row = names.get(code);
        if (row == null) {
            return code;
        }
        // The file's columns after the code; a language without a column (ja) is shown in English.
        int column = COLUMNS.indexOf(language.code());
        String name = column < 0 ? row[0] : row[column];
        return name.isBlank() ? (row[0].isBlank() ? code : row[0]) : name;
    }

    /** Whether the file names {@code code} (in English at least). */
    public boolean knows(String code) {
        return names.containsKey(code);
    }

    /** Every subdivision of {@code country} (from {@link Subdivisions}) with its name, sorted as readers of the language expect. */
    public List<Named> of(String country, Subdivisions subdivisions, Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return subdivisions.of(country).stream().map(code -> new Named(code, name(code, language)))
                .sorted(Comparator.comparing(Named::name, collator)).toList();
    }

    private static SubdivisionNames load() {
        try (InputStream in = SubdivisionNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String[]> names = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String[] row = new String[3];
                for (int i = 0; i < 3; i++) {
                    row[i] = i + 1 < cells.length ? cells[i + 1].strip() : "";
                }
                names.put(cells[0].strip(), row);
            }
            return new SubdivisionNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
