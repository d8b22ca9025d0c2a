package org.nkpetition.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.nkpetition.domain.Language;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.signature.DisplayName;

/**
 * For the benchmark: a petition's confirmed signatures made up on the fly, lazily and always the
 * same for the same seed: a third Korean (Hangul names), the rest from 40 countries, most named by
 * initials, some anonymous, one in ten with a comment, confirmed over a year in time order.
 */
final class GeneratedSignatures implements ConfirmedSignatures {
    private static final String[] COUNTRIES = {"KR", "KR", "KR", "KR", "KR", "KR", "KR", "KR", "KR", "KR", "KR", "KR",
        "US", "US", "US", "US", "JP", "JP", "GB", "GB", "DE", "CA", "AU", "FR", "ES", "MX", "BR", "AR", "CL", "NL",
        "SE", "NO", "PL", "IT", "IE", "NZ", "PH", "TW", "HK", "SG", "IN", "ZA", "NG", "KE", "TR", "CZ", "CH", "AT", "BE", "PT"};
    private static final String[] LATIN = {"James", "Mary", "José", "Zoë", "Łukasz", "Anna", "Chen", "Mateo", "Olivia",
        "Søren", "Ngozi", "Priya", "Kenji", "Fatima", "Élodie", "Bjørn", "Sofía", "Noah", "Aiko", "Liam"};
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    private static final String COMMENT = "Stop sending North Korean refugees back. 북한 난민의 강제 송환을 멈춰 주세요. "
            + "Por favor, respeten la Convención de 1951. ";

    private final long count;
    private final long seed;

    GeneratedSignatures(long count, long seed) {
        this.count = count;
        this.seed = seed;
    }

    @Override
    public Stream<ConfirmedSignature> of(String petitionId) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = Instant.parse("2025-09-24T00:00:00Z");
        long stepMillis = Duration.ofDays(365).toMillis() / Math.max(count, 1);
        Iterator<ConfirmedSignature> signatures = new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public ConfirmedSignature next() {
                made++;
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                boolean korean = country.equals("KR");
                String name = korean ? hangulName(random) : LATIN[random.nextInt(LATIN.length)] + " "
                        + LATIN[random.nextInt(LATIN.length)] + "son";
                int display = random.nextInt(100);
                DisplayName chosen = display < 60 ? DisplayName.INITIALS : display < 85 ? DisplayName.FULL : DisplayName.ANONYMOUS;
                Optional<String> comment = random.nextInt(10) == 0
                        ? Optional.of(COMMENT.substring(0, 40 + random.nextInt(COMMENT.length() - 40))) : Optional.empty();
                return new ConfirmedSignature(petitionId, Long.toHexString(made), chosen.render(name), chosen, country,
                        Optional.of(country + "-city-" + random.nextInt(60)), comment,
                        start.plusMillis((made - 1) * stepMillis), korean ? Language.KO : Language.EN, false);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(signatures, Spliterator.ORDERED), false);
    }

    private static String hangulName(SplittableRandom random) {
        StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
        for (int i = 0; i < 2; i++) {
            name.append((char) (0xAC00 + random.nextInt(11172)));
        }
        return name.toString();
    }
}
