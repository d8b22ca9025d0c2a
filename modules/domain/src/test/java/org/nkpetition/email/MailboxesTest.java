package org.nkpetition.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailboxesTest {
    @ParameterizedTest(name = "{0} is sent to {1}")
    @CsvSource(delimiter = '|', value = {
        "ann@example.org | ann@example.org",
        "' Ann.Lee@Example.ORG ' | Ann.Lee@example.org",
        "ann+petition@example.org | ann+petition@example.org",
        "\"ann\"@example.org | ann@example.org",
        "ann@straße.example | ann@xn--strae-oqa.example",
        "ann@bu\u0308cher.example | ann@xn--bcher-kva.example",
        "ann@例え.jp | ann@xn--r8jz45g.jp",
        "o'brien@example.ie | o'brien@example.ie",
        "a@b.co | a@b.co",
    })
    void deliverable(String typed, String address) {
        MailboxCheck check = Mailboxes.check(typed);
        assertInstanceOf(MailboxCheck.Deliverable.class, check, typed);
        assertEquals(address, ((MailboxCheck.Deliverable) check).mailbox().address());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ann,bob@example.org | SYNTAX",
        "ann@example.org,bob@example.org | SYNTAX",
        "ann@example.org; bob@example.org | SYNTAX",
        "r..x@example.org | SYNTAX",
        ".ann@example.org | SYNTAX",
        "ann.@example.org | SYNTAX",
        "ann<script>@example.org | SYNTAX",
        "Ann <ann@example.org> | SYNTAX",
        "ann (work)@example.org | SYNTAX",
        "\"ann bob\"@example.org | SYNTAX",
        "ann@example | SYNTAX",
        "ann@[192.0.2.1] | SYNTAX",
        "ann@@example.org | SYNTAX",
        "ann | SYNTAX",
        "ann@ex ample.org | SYNTAX",
        "ann@-bad-.example | SYNTAX",
        "ann@bad-.example | SYNTAX",
        "a\u200Bnn@example.org | INVISIBLE",
        "ann@exa\u200Dmple.org | INVISIBLE",
        "\u202Eann@example.org | INVISIBLE",
        "ann@example.org\uFEFF | INVISIBLE",
        "zoë@example.org | NON_ASCII_LOCAL_PART",
        "김@example.org | NON_ASCII_LOCAL_PART",
        "\uFF41\uFF4E\uFF4E@example.org | NON_ASCII_LOCAL_PART",
    })
    void refused(String typed, MailboxCheck.Reason reason) {
        assertEquals(new MailboxCheck.Refused(reason), Mailboxes.check(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"straße | strae-oqa", "bücher | bcher-kva", "例え | r8jz45g",
        "münchen | mnchen-3ya", "ελληνικά | hxargifdar", "한국 | 3e0b707e"})
    void punycodeAsRfc3492(String label, String encoded) {
        assertEquals(encoded, Punycode.encode(label));
    }
}
