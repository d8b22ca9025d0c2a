package org.nkpetition.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical mailbox (dedupe and erasure key): pairs that are one mailbox, and pairs that are
 * not. Written with escapes where the difference is invisible (NFD, full-width letters).
 */
class SameMailboxTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "ann@example.org | Ann@Example.ORG",
        "ann@example.org | '  ann@example.org  '",
        "ann@example.org | ann+petition@example.org",
        "ann@example.org | Ann+a+b@example.org",
        "q@example.org | \"q\"@example.org",
        "first.last@example.org | \"first.last\"@example.org",
        "ann@bücher.example | ann@bu\u0308cher.example",
        "ann@bücher.example | ann@xn--bcher-kva.example",
        "ann@bücher.example | ann@BÜCHER.example",
        "ann@straße.example | ann@xn--strae-oqa.example",
        "ann@例え.jp | ann@xn--r8jz45g.jp",
        "ann@例え。jp | ann@例え.jp",
        "first.last@gmail.com | firstlast@googlemail.com",
        "first.last@gmail.com | First.Last+news@GMAIL.com",
        "f.i.r.s.t.l.a.s.t@googlemail.com | firstlast@gmail.com",
        "ann@example.org | \uFF41\uFF4E\uFF4E@example.org",
    })
    void oneMailbox(String one, String other) {
        assertEquals(CanonicalMailbox.of(one), CanonicalMailbox.of(other));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "first.last@example.org | firstlast@example.org",
        "first.last@outlook.com | firstlast@outlook.com",
        "ann@example.org | ann@example.com",
        "ann@example.org | anne@example.org",
        "ann@straße.example | ann@strasse.example",
        "first.last@gmail.com | firstlast@gmail.co",
        "ann@gmail.com | ann@mail.google.com",
        "+only@example.org | only@example.org",
        "ann@sub.example.org | ann@example.org",
    })
    void differentMailboxes(String one, String other) {
        assertNotEquals(CanonicalMailbox.of(one), CanonicalMailbox.of(other));
    }
}
