package org.nkpetition.list.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.nkpetition.domain.Language;
import org.nkpetition.list.entry.Category;
import org.nkpetition.list.entry.EntryStatus;
import org.nkpetition.list.entry.ListEntry;
import org.nkpetition.list.entry.LocalizedText;
import org.nkpetition.list.names.Romanization;

/**
 * Invented people for the benchmark, with Korean surnames in roughly their real proportions (so
 * that a fifth are Kims, as on a real list) and given names from common syllables, each written in
 * Hangul, North Korean romanization and a South Korean / passport spelling, some in Chinese
 * characters. Seeded: every run gets the same list.
 */
final class SyntheticList {
    /** Surname, its passport spelling, weight (per mille, roughly South Korea's census). */
    private static final Object[][] SURNAMES = {
        {"김", "Kim", 215}, {"이", "Lee", 147}, {"박", "Park", 84}, {"최", "Choi", 47}, {"정", "Jung", 44},
        {"강", "Kang", 23}, {"조", "Cho", 21}, {"윤", "Yoon", 21}, {"장", "Jang", 20}, {"임", "Lim", 17},
        {"한", "Han", 15}, {"오", "Oh", 15}, {"서", "Seo", 15}, {"신", "Shin", 15}, {"권", "Kwon", 14},
        {"황", "Hwang", 14}, {"안", "Ahn", 14}, {"송", "Song", 13}, {"류", "Ryu", 12}, {"전", "Jeon", 11},
        {"홍", "Hong", 11}, {"고", "Ko", 9}, {"문", "Moon", 9}, {"양", "Yang", 9}, {"손", "Son", 9},
        {"배", "Bae", 8}, {"백", "Baek", 8}, {"허", "Heo", 7}, {"남", "Nam", 6}, {"리", "Ri", 20},
    };
    private static final String GIVEN_SYLLABLES = "민준서연지현영수철호성은정혜경희남룡광명일혁진옥순실화설금춘동우원석하윤아미숙란향복길용국승훈재태기상선주림";
    private static final String HAN = "李金朴崔鄭姜趙尹張林韓吳徐申權黃安宋柳全洪高文梁孫裵白許南雪花明浩英秀哲成恩貞慧京姬龍光日赫眞玉順實春東宇元石夏美淑蘭香福吉勇國承勳在泰基相善周";

    private final Random random;
    private final int totalWeight;

    SyntheticList(long seed) {
        random = new Random(seed);
        int sum = 0;
        for (Object[] surname : SURNAMES) {
            sum += (Integer) surname[2];
        }
        totalWeight = sum;
    }

    List<ListEntry> entries(int count) {
        List<ListEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object[] surname = surname();
            String hangulSurname = (String) surname[0];
            String given = "" + syllable() + syllable();
            List<String> names = new ArrayList<>();
            names.add(hangulSurname + given);
            names.add(Romanization.NORTH_KOREAN.romanize(hangulSurname, given));
            names.add(surname[1] + " " + Romanization.REVISED.romanize("", given));
            if (random.nextInt(5) == 0) {
                names.add("" + HAN.charAt(random.nextInt(20)) + HAN.charAt(random.nextInt(HAN.length()))
                        + HAN.charAt(random.nextInt(HAN.length())));
            }
            entries.add(new ListEntry(String.format("s-%05d", i), names, Optional.empty(),
                    OptionalInt.of(1950 + random.nextInt(70)), Optional.of(Category.values()[random.nextInt(3)]),
                    Optional.of(EntryStatus.values()[random.nextInt(6)]), Optional.empty(), Optional.empty(),
                    LocalizedText.english("Yanji, Jilin Province"), LocalizedText.none(),
                    Map.of(Language.EN, "Synthetic benchmark entry number " + i + ", with a note of typical length."),
                    List.of("https://example.org/bench/" + i), true));
        }
        return entries;
    }

    private Object[] surname() {
        int pick = random.nextInt(totalWeight);
        for (Object[] surname : SURNAMES) {
            pick -= (Integer) surname[2];
            if (pick < 0) {
                return surname;
            }
        }
        return SURNAMES[0];
    }

    private char syllable() {
        return GIVEN_SYLLABLES.charAt(random.nextInt(GIVEN_SYLLABLES.length()));
    }
}
