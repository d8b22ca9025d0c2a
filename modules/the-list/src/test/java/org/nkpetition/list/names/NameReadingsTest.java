package org.nkpetition.list.names;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the surname is: listed names are read as most likely written, queries every plausible way. */
class NameReadingsTest {

    private static List<String> listed(String name) {
        return NameReadings.ofListedName(WrittenName.of(name)).stream().map(NameReadingsTest::show).toList();
    }

    private static List<String> query(String name) {
        return NameReadings.ofQuery(WrittenName.of(name)).stream().map(NameReadingsTest::show).toList();
    }

    private static String show(NameReading reading) {
        return reading.surname().map(NamePart::letters).orElse("-") + "|" + reading.given().map(NamePart::letters).orElse("-");
    }

    @Test
    void listedKoreanNamesAreSurnameFirstUnlessTheTableSaysOtherwise() {
        assertEquals(List.of("리|설주"), listed("리설주"));
        assertEquals(List.of("lee|seolju"), listed("Lee Seol-ju"));
        assertEquals(List.of("lee|seolju"), listed("Seol-ju Lee"), "a hyphenated word is the given name");
        assertEquals(List.of("han|grace"), listed("Grace Han"));
        assertEquals(List.of("ri|solju", "ju|risol"), listed("Ri Sol Ju"), "주 is a surname too: both readings");
        assertEquals(List.of("maria|gonzalez", "gonzalez|maria"), listed("Maria Gonzalez"), "unknown: both");
        assertEquals(List.of("ri|solju"), listed("Ri, Sol Ju"));
    }

    @Test
    void compoundSurnamesInHangulAreReadBothWays() {
        assertEquals(List.of("남궁|혁", "남|궁혁"), listed("남궁혁"));
        assertEquals(List.of("nam|gunghyok", "namgung|hyok"), listed("Nam Gung Hyok"));
    }

    @Test
    void oneWordIsASurnameOrAGivenName() {
        assertEquals(List.of("kim|-", "-|kim"), listed("Kim"));
        assertEquals(List.of("김|-"), listed("김"));
    }

    @Test
    void queriesAreReadInEveryOrderAndRunTogetherNamesAreSplitAtASurname() {
        assertEquals(List.of("ri|solju", "ju|risol", "-|risolju"), query("Ri Sol Ju"));
        assertTrue(query("kimsongho").contains("kim|songho"));
        assertTrue(query("solhwari").contains("ri|solhwa"));
        assertTrue(query("리설주").containsAll(List.of("리|설주", "-|리설주")));
        assertEquals(List.of("설|화", "-|설화"), query("설화"));
        assertEquals(List.of("남궁|-", "남|궁", "-|남궁"), query("남궁"), "a compound surname alone");
    }
}
