package org.nkpetition.list.names;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Latin spellings (letters only) a Hangul name part is actually written in, beyond the four
 * systems syllable by syllable: as passports habitually write it (Kyung-hee, Young-soo, Hyun-woo),
 * and as spoken across syllable boundaries, which McCune–Reischauer and pronunciation-based
 * Revised spellings follow (설화 → Sŏrhwa, 국영 → Gugyeong or Gungnyeong, 신라 → Silla), and
 * syllable by syllable without voicing (Kyu-tong for 규동). These are
 * what a query is compared with letter for letter, so that one typo in any of them is still found.
 */
final class SpelledForms {
    private SpelledForms() {
    }

    /**
     * Every spelling of the part, letters a–z: the systems, the passport habit and the pronounced
     * forms, of the part as written and as written under the initial-sound rule.
     */
    public static Set<String> of(String hangul) {
        Set<String> spellings = new LinkedHashSet<>();
        addSpellings(hangul, spellings);
        if (!hangul.isEmpty() && Hangul.isSyllable(hangul.charAt(0))) {
            // As South Korea writes a North Korean name: 룡남 → Yongnam, 녀일 → Yeoil.
            char southern = InitialSoundRule.southern(hangul.charAt(0));
            if (southern != hangul.charAt(0)) {
                addSpellings(southern + hangul.substring(1), spellings);
            }
        }
        spellings.remove("");
        return spellings;
    }

    private static void addSpellings(String hangul, Set<String> spellings) {
        for (Romanization system : Romanization.values()) {
            spellings.add(LatinLetters.of(system.word(hangul)));
            // Each syllable on its own, without McCune–Reischauer's voicing inside a word: names are
            // often written so, hyphenated (Kyu-tong, Ch'ŏl-po, Yŏng-chin).
            StringBuilder bySyllable = new StringBuilder();
            for (int i = 0; i < hangul.length(); i++) {
                bySyllable.append(system.word(hangul.substring(i, i + 1)));
            }
            spellings.add(LatinLetters.of(bySyllable.toString()));
        }
        spellings.add(passport(hangul));
        spellings.addAll(SoundChanges.spellings(hangul));
        // McCune–Reischauer as revised in 1984 (and as most people type it) writes 시 "si", not "shi".
        for (String spelling : Set.copyOf(spellings)) {
            if (spelling.contains("sh")) {
                spellings.add(spelling.replace("sh", "s"));
            }
        }
    }

    /** Kyung, Hyun, Myung, Byung, Pyung: the consonants after which passports write ㅕ as "yu". */
    private static boolean passportYu(int initial) {
        return initial == Hangul.G || initial == Hangul.K || initial == Hangul.H || initial == Hangul.M
                || initial == Hangul.B || initial == Hangul.P;
    }

    /** Revised Romanization with the passport habits: ㅓ as u, ㅕ as yu after k, h, m, b, p (영 as young), ㅜ as oo (우 as woo), 희 as hee, initial k. */
    static String passport(String hangul) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (!Hangul.isSyllable(c)) {
                continue;
            }
            Hangul.Syllable s = Hangul.decompose(c);
            String initial = i == 0 && s.initial() == Hangul.G ? "k" : Romanization.revisedInitial(s.initial());
            boolean silent = s.initial() == Hangul.NG;
            String vowel = switch (s.medial()) {
                case Hangul.EO -> silent ? "eo" : "u";
                case Hangul.YEO -> silent && s.finalSound() == Hangul.FinalSound.NG ? "you"
                        : passportYu(s.initial()) ? "yu" : "yeo";
                case Hangul.U -> silent ? "woo" : "oo";
                case Hangul.UI -> s.initial() == Hangul.H ? "ee" : "ui";
                default -> Romanization.REVISED.vowel(s.medial());
            };
            letters.append(initial).append(vowel).append(Romanization.finalLetters(s.finalSound()));
        }
        return letters.toString();
    }
}
