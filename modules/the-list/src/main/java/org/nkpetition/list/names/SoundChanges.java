package org.nkpetition.list.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nkpetition.list.names.Hangul.FinalSound;

/**
 * A Hangul word as it is spoken across syllable boundaries, for the romanizations that follow
 * speech: McCune–Reischauer, and Revised Romanization when a writer goes by sound.
 * <ul>
 * <li>liaison: a final consonant before ㅇ is spoken at the start of the next syllable (국영 → 구경,
 * Gugyeong; 설아 → 서라, Seora);</li>
 * <li>ㄴ-insertion before ㅣ or a y-vowel, then nasalisation (국영 → 궁녕, Gungnyeong);</li>
 * <li>nasalisation: k, t, p before n or m become ng, n, m (국민 → 궁민); ㄹ after k, p, m, ng becomes n
 * (종로 → 종노); ㄴ and ㄹ meet as ll (신라 → 실라, Silla);</li>
 * <li>aspiration: k, t, p with ㅎ become k', t', p' (국화 → 구콰);</li>
 * <li>ㄹ before ㅎ is written r in McCune–Reischauer (설화 → Sŏrhwa).</li>
 * </ul>
 */
final class SoundChanges {
    // The initial consonant a final consonant becomes when it moves into the next syllable (by final index, 0 = none).
    private static final int[] LIAISON = {
        -1, Hangul.G, Hangul.KK, Hangul.G, Hangul.N, Hangul.N, Hangul.N, Hangul.D, Hangul.R, Hangul.G, Hangul.M, Hangul.B,
        Hangul.S, Hangul.T, Hangul.P, Hangul.NG, Hangul.M, Hangul.B, Hangul.B, Hangul.S, Hangul.SS, -1, Hangul.J,
        Hangul.CH, Hangul.K, Hangul.T, Hangul.P, Hangul.NG,
    };
    private static final int FINAL_N = 4;
    private static final int FINAL_L = 8;
    private static final int FINAL_M = 16;
    private static final int FINAL_NG = 21;

    private SoundChanges() {
    }

    /** Letters (a–z) of the spoken forms in Revised and plain McCune–Reischauer; empty when nothing changes. */
    static Set<String> spellings(String hangul) {
        Set<String> spellings = new LinkedHashSet<>();
        for (int i = 0; i < hangul.length(); i++) {
            if (!Hangul.isSyllable(hangul.charAt(i))) {
                return spellings;
            }
        }
        for (String spoken : spoken(hangul)) {
            spellings.add(LatinLetters.of(Romanization.REVISED.word(spoken)));
            spellings.add(LatinLetters.of(Romanization.MCCUNE_REISCHAUER_PLAIN.word(spoken)));
        }
        String mr = LatinLetters.of(Romanization.MCCUNE_REISCHAUER_PLAIN.word(hangul));
        if (hasLBeforeH(hangul)) {
            spellings.add(mr.replace("lh", "rh"));
        }
        spellings.remove(LatinLetters.of(Romanization.REVISED.word(hangul)));
        spellings.remove(mr);
        return spellings;
    }

    /** The word as spoken, and with ㄴ inserted where that can happen. */
    static List<String> spoken(String hangul) {
        List<String> forms = new ArrayList<>(2);
        forms.add(apply(hangul, false));
        String inserted = apply(hangul, true);
        if (!inserted.equals(forms.get(0))) {
            forms.add(inserted);
        }
        return forms;
    }

    private static String apply(String hangul, boolean insertN) {
        int n = hangul.length();
        int[] initial = new int[n];
        int[] medial = new int[n];
        int[] last = new int[n];
        for (int i = 0; i < n; i++) {
            Hangul.Syllable s = Hangul.decompose(hangul.charAt(i));
            initial[i] = s.initial();
            medial[i] = s.medial();
            last[i] = s.last();
        }
        for (int i = 0; i + 1 < n; i++) {
            FinalSound sound = new Hangul.Syllable(initial[i], medial[i], last[i]).finalSound();
            int next = initial[i + 1];
            if (next == Hangul.NG && last[i] != 0 && last[i] != FINAL_NG) {
                if (insertN && InitialSoundRule.takesY(medial[i + 1])) {
                    initial[i + 1] = Hangul.N;
                    last[i] = nasal(sound, last[i]);
                } else {
                    initial[i + 1] = LIAISON[last[i]];
                    last[i] = 0;
                }
            } else if ((next == Hangul.N || next == Hangul.M) && (sound == FinalSound.K || sound == FinalSound.T
                    || sound == FinalSound.P)) {
                last[i] = nasal(sound, last[i]);
            } else if (next == Hangul.R && sound == FinalSound.N) {
                last[i] = FINAL_L;
            } else if (next == Hangul.R && sound != FinalSound.NONE && sound != FinalSound.L) {
                initial[i + 1] = Hangul.N;
                last[i] = nasal(sound, last[i]);
            } else if (next == Hangul.N && sound == FinalSound.L) {
                initial[i + 1] = Hangul.R;
            } else if (next == Hangul.H && (sound == FinalSound.K || sound == FinalSound.T || sound == FinalSound.P)) {
                initial[i + 1] = sound == FinalSound.K ? Hangul.K : sound == FinalSound.T ? Hangul.T : Hangul.P;
                last[i] = 0;
            }
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(Hangul.compose(initial[i], medial[i], last[i]));
        }
        return out.toString();
    }

    /** k, t, p before a nasal: ng, n, m; other finals stay. */
    private static int nasal(FinalSound sound, int last) {
        return switch (sound) {
            case K -> FINAL_NG;
            case T -> FINAL_N;
            case P -> FINAL_M;
            default -> last;
        };
    }

    private static boolean hasLBeforeH(String hangul) {
        for (int i = 0; i + 1 < hangul.length(); i++) {
            if (Hangul.decompose(hangul.charAt(i)).last() == FINAL_L && Hangul.decompose(hangul.charAt(i + 1)).initial() == Hangul.H) {
                return true;
            }
        }
        return false;
    }
}
