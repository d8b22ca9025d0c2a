package org.nkpetition.list.search;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({
        "SOLHWA, SOLHWK, true", "SOLHWA, SOLWA, true", "SOLHWA, SOLHWAA, true", "YOGNAM, YOGNMA, true",
        "KIM, KIN, true", "A, '', true", "SOLHWA, SOLHWA, false", "SOLHWA, SOLCO, false", "KIM, MIK, false",
        "ABCD, BADC, false", "ABC, ABCDE, false"})
    void oneApartIsOneInsertionDeletionReplacementOrSwap(String a, String b, boolean expected) {
        assertEquals(expected, EditDistance.oneApart(a, b), a + " / " + b);
        assertEquals(expected, EditDistance.oneApart(b, a), b + " / " + a);
    }

    @Test
    void similarityRunsFromOneForEqualToZeroForNothingShared() {
        assertEquals(1.0, EditDistance.similarity("seolju", "seolju"));
        assertEquals(0.0, EditDistance.similarity("abc", "xyz"));
        assertEquals(1 - 3.0 / 9, EditDistance.similarity("leeseolju", "riseolju"), 1e-9);
        assertEquals(3, EditDistance.distance("kitten", "sitting"));
        assertEquals(1, EditDistance.distance("seolhwa", "soelhwa"), "a swap is one edit");
        assertEquals(1 - 1.0 / 7, EditDistance.similarity("seolhwa", "soelhwa"), 1e-9);
    }
}
