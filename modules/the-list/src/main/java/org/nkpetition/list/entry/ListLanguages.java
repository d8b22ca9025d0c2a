package org.nkpetition.list.entry;

import java.util.List;
import org.nkpetition.domain.Language;

/**
 * The languages of THE LIST's own texts (notes, places): English, Korean and Spanish, fixed by the import
 * format's columns ({@code notes_en,notes_ko,notes_es}, DESIGN.md "THE LIST"). The pages that show the list
 * speak every language the platform has (docs/adr/0071); entries show their texts in one of these, English
 * first when a language has none.
 */
public final class ListLanguages {
    public static final List<Language> ALL = List.of(Language.EN, Language.KO, Language.ES);

    private ListLanguages() {
    }
}
