package org.nkpetition.list.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common surnames and their spellings (surname-variants.txt): Lee/Yi/Rhee/Ri/I are 이 or 리,
 * Park/Pak/Bak are 박. Most spellings already share a {@link PhoneticKey} with their Hangul; the
 * table is what bridges the rest (Park, Hur, Woo, Back) and tells a surname from a given name.
 */
public final class SurnameVariants {
    private static final String RESOURCE = "surname-variants.txt";
    private static final SurnameVariants TABLE = load();

    /** Latin letters of a spelling → the Hangul surnames it is used for. */
    private final Map<String, Set<String>> hangulBySpelling;
    /** Hangul surname → the Latin letters of its spellings. */
    private final Map<String, Set<String>> spellingsByHangul;
    /** Hangul surname → the Hangul forms of the same surname (이 and 리, 류 and 유). */
    private final Map<String, Set<String>> hangulForms;

    private SurnameVariants(Map<String, Set<String>> hangulBySpelling, Map<String, Set<String>> spellingsByHangul,
            Map<String, Set<String>> hangulForms) {
        this.hangulBySpelling = hangulBySpelling;
        this.spellingsByHangul = spellingsByHangul;
        this.hangulForms = hangulForms;
    }

    public static SurnameVariants table() {
        return TABLE;
    }

    /** The Hangul surnames a Latin spelling (letters only, lower case) stands for; empty when none. */
    public Set<String> hangulFor(String letters) {
        return hangulBySpelling.getOrDefault(letters, Set.of());
    }

    public boolean isSurnameSpelling(String letters) {
        return hangulBySpelling.containsKey(letters);
    }

    public boolean isHangulSurname(String hangul) {
        return spellingsByHangul.containsKey(hangul);
    }

    /** Two-syllable surnames (남궁, 황보, 선우 …): a three-syllable Hangul name may start with one. */
    public boolean isCompoundHangulSurname(String hangul) {
        return hangul.length() == 2 && spellingsByHangul.containsKey(hangul);
    }

    /** The spellings (letters only) of a Hangul surname, its romanizations included; empty for unknown ones. */
    public Set<String> spellingsOf(String hangul) {
        return spellingsByHangul.getOrDefault(hangul, Set.of());
    }

    /** The Hangul forms of the same surname under the initial-sound rule (리 → 이, 리); the surname alone if none. */
    public Set<String> hangulFormsOf(String hangul) {
        return hangulForms.getOrDefault(hangul, Set.of(hangul));
    }

    /**
     * The keys a Latin surname spelling can have: its own, and those of every Hangul surname the
     * table says it spells.
     */
    public Set<String> keysOfLatin(String letters) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PhoneticKey.ofLatin(letters));
        for (String hangul : hangulFor(letters)) {
            keys.addAll(PhoneticKey.ofHangul(hangul));
        }
        return keys;
    }

    private static SurnameVariants load() {
        Map<String, Set<String>> hangulBySpelling = new HashMap<>();
        Map<String, Set<String>> spellingsByHangul = new HashMap<>();
        Map<String, Set<String>> hangulForms = new HashMap<>();
        try (InputStream in = SurnameVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split(":", 2);
                List<String> forms = List.of(sides[0].strip().split("\\s+"));
                Set<String> spellings = new LinkedHashSet<>();
                for (String spelling : sides[1].split(",")) {
                    spellings.add(LatinLetters.of(spelling));
                }
                for (String hangul : forms) {
                    for (Romanization system : Romanization.values()) {
                        spellings.add(LatinLetters.of(system.word(hangul)));
                    }
                }
                spellings.remove("");
                for (String hangul : forms) {
                    hangulForms.put(hangul, Set.copyOf(forms));
                    spellingsByHangul.computeIfAbsent(hangul, h -> new LinkedHashSet<>()).addAll(spellings);
                    for (String spelling : spellings) {
                        hangulBySpelling.computeIfAbsent(spelling, s -> new LinkedHashSet<>()).add(hangul);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hangulBySpelling.replaceAll((spelling, hangul) -> Collections.unmodifiableSet(hangul));
        spellingsByHangul.replaceAll((hangul, spellings) -> Collections.unmodifiableSet(spellings));
        return new SurnameVariants(Map.copyOf(hangulBySpelling), Map.copyOf(spellingsByHangul), Map.copyOf(hangulForms));
    }
}
