package org.nkpetition.web;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Messages;

/** The count words the page's script uses come from the bundles' own patterns, number left as "{n}". */
class LiveCountTest {
    @Test
    void eachLanguageGivesItsPluralFormsGroupingAndGoalLine() {
        Map<String, Object> en = LiveCount.attributes(Messages.of(Language.EN), OptionalLong.of(100_000));
        assertEquals("No signatures yet", en.get("textZero"));
        assertEquals("1 signature", en.get("textOne"));
        assertEquals("{n} signatures", en.get("textMany"));
        assertEquals("{n} of 100,000", en.get("goalTemplate"));
        assertEquals(",", en.get("grouping"));

        Map<String, Object> ko = LiveCount.attributes(Messages.of(Language.KO), OptionalLong.of(100_000));
        assertEquals("1명 서명", ko.get("textOne"));
        assertEquals("{n}명 서명", ko.get("textMany"));
        assertEquals("목표 100,000명 중 {n}명", ko.get("goalTemplate"));

        Map<String, Object> es = LiveCount.attributes(Messages.of(Language.ES), OptionalLong.of(100_000));
        assertEquals("{n} firmas", es.get("textMany"));
        assertEquals("{n} de 100.000", es.get("goalTemplate"));
        assertEquals(".", es.get("grouping"), "Spanish groups digits with a dot, as the server writes them");
    }

    @Test
    void withoutAGoalThereIsNoGoalLine() {
        assertFalse(LiveCount.attributes(Messages.of(Language.EN), OptionalLong.empty()).containsKey("goalTemplate"));
    }
}
