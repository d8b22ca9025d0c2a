#!/usr/bin/env python3
"""Writes THE LIST's search-quality harness data (evaluation only, never shipped).

Invents ~300 people (seeded) and, for each, the queries a visitor might type, spelled by
third-party romanizers from PyPI (pinned in requirements.txt), not by the project's own code:
  ko-pron          McCune-Reischauer (with breves; also as a whole word, with sound changes)
  korean-romanizer Revised Romanization syllable by syllable (how names are usually written)
  koroman          Revised Romanization with pronunciation rules (sound changes: Gungnyeong)
  hangul-romanize  the "academic" (Yale-like) transliteration, a further spelling of the surname

Outputs (UTF-8, committed; the Java harness reads them):
  people.csv   the invented list, in the import format (Hangul, North Korean and passport forms)
  queries.tsv  kind <TAB> query <TAB> expected id ("-" = the person is not on the list)

Usage: .tools/romanizers/bin/python tools/list-quality/make_queries.py OUT_DIR
"""
import csv
import random
import sys
import unicodedata
from pathlib import Path

import ko_pron
import koroman
from hangul_romanize import Transliter
from hangul_romanize.rule import academic
from korean_romanizer.romanizer import Romanizer

SEED = 20261130
random.seed(SEED)

# Hangul surname, North Korean spelling, passport spellings (first is the usual one), weight.
SURNAMES = [
    ("김", "Kim", ["Kim", "Gim"], 21), ("리", "Ri", ["Lee", "Yi", "Rhee"], 9), ("이", "Ri", ["Lee", "Yi"], 6),
    ("박", "Pak", ["Park", "Bak"], 8), ("최", "Choe", ["Choi", "Choe"], 5), ("정", "Jong", ["Jung", "Jeong", "Chung"], 5),
    ("강", "Kang", ["Kang"], 3), ("조", "Jo", ["Cho", "Jo"], 3), ("윤", "Yun", ["Yoon", "Yun"], 2),
    ("장", "Jang", ["Jang", "Chang"], 2), ("림", "Rim", ["Lim", "Im"], 2), ("한", "Han", ["Han"], 2),
    ("오", "O", ["Oh", "O"], 2), ("서", "So", ["Seo", "Suh"], 2), ("신", "Sin", ["Shin", "Sin"], 2),
    ("권", "Kwon", ["Kwon"], 1), ("황", "Hwang", ["Hwang"], 1), ("안", "An", ["Ahn", "An"], 1),
    ("송", "Song", ["Song"], 1), ("류", "Ryu", ["Ryu", "Yoo", "Yu"], 2), ("전", "Jon", ["Jeon", "Jun"], 1),
    ("홍", "Hong", ["Hong"], 1), ("고", "Ko", ["Ko", "Go"], 1), ("문", "Mun", ["Moon", "Mun"], 1),
    ("량", "Ryang", ["Yang"], 1), ("손", "Son", ["Son"], 1), ("배", "Pae", ["Bae"], 1),
    ("백", "Paek", ["Baek", "Paik"], 1), ("허", "Ho", ["Heo", "Hur"], 1), ("남", "Nam", ["Nam"], 1),
    ("곽", "Kwak", ["Kwak"], 1), ("로", "Ro", ["Roh", "Noh"], 1), ("태", "Thae", ["Tae"], 1),
    ("우", "U", ["Woo"], 1), ("하", "Ha", ["Ha"], 1), ("차", "Cha", ["Cha"], 1), ("주", "Ju", ["Joo", "Ju"], 1),
]
# Given-name syllables, North Korean style names included (룡, 녀, 혁, 철, 옥 …).
SYLLABLES = list("민준서연지현영수철호성은정혜경희남룡광명일혁진옥순실화설금춘동우원석하윤아미숙란향복길용국승훈재태기"
                 "상선주림범별덕식녀건훈예려련류률봉송학근규찬창청충택평필효휘흥")

INITIAL_SOUND = {  # 두음법칙: how South Korea writes a North Korean initial ㄹ/ㄴ
    "리": "이", "류": "유", "림": "임", "량": "양", "로": "노", "려": "여", "룡": "용", "녀": "여", "련": "연",
    "률": "율", "례": "예", "라": "나",
}

FULL_WIDTH_OFFSET = 0xFEE0


def mr(hangul):
    """McCune-Reischauer with breves and apostrophes, syllable by syllable (name style)."""
    return "".join(ko_pron.romanise(s, "mr") for s in hangul)


def mr_word(hangul):
    """McCune-Reischauer of the whole word: ko-pron applies the sound changes (설화 → sŏrhwa)."""
    return ko_pron.romanise(hangul, "mr")


def rr(hangul):
    """Revised Romanization syllable by syllable (korean-romanizer)."""
    return "".join(Romanizer(s).romanize() for s in hangul)


def rr_pronounced(hangul):
    """Revised Romanization with pronunciation rules (koroman: 국영 → gungnyeong)."""
    return koroman.romanize(hangul)


def plain(text):
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return stripped.replace("'", "")


def nk_syllables(hangul):
    """North Korean style: MR per syllable without marks, aspirates with h, ㅈ as j, voiced inside a name."""
    out = []
    for i, s in enumerate(hangul):
        m = ko_pron.romanise(s, "mr")
        m = m.replace("ch'", "CH").replace("k'", "kh").replace("t'", "th").replace("p'", "ph")
        m = plain(m)
        if m.startswith("ch"):
            m = "j" + m[2:]
        m = m.replace("CH", "ch")
        if i > 0:
            prev = hangul[i - 1]
            final = (ord(prev) - 0xAC00) % 28
            voiced = final in (0, 4, 8, 16, 21)  # none, ㄴ, ㄹ, ㅁ, ㅇ
            if voiced and m[:1] in "ktp" and not m.startswith(("kh", "th", "ph", "kk", "tt", "pp")):
                m = {"k": "g", "t": "d", "p": "b"}[m[0]] + m[1:]
        out.append(m)
    return out


def cap(word):
    return word[:1].upper() + word[1:]


def hyphenated(syllables):
    return cap(syllables[0]) + ("-" + "-".join(syllables[1:]) if len(syllables) > 1 else "")


def invent(count, taken):
    weights = [s[3] for s in SURNAMES]
    people = []
    while len(people) < count:
        surname = random.choices(SURNAMES, weights)[0]
        length = 1 if random.random() < 0.15 else 2
        given = "".join(random.choice(SYLLABLES) for _ in range(length))
        key = canonical(surname[0] + given)
        if key in taken:
            continue
        taken.add(key)
        people.append((surname, given))
    return people


def canonical(hangul):
    """The same person under the initial-sound rule (리설화 = 이설화)."""
    return "".join(INITIAL_SOUND.get(c, c) for c in hangul)


def typo(text, rnd):
    """One typo in one letter position of the text's letters: insertion, deletion, substitution, swap."""
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    while True:
        op = rnd.choice(["insert", "delete", "substitute", "transpose"])
        at = rnd.choice(letters)
        letter = rnd.choice("abcdefghijklmnoprstuwy")
        if op == "insert":
            out = text[:at] + letter + text[at:]
        elif op == "delete":
            out = text[:at] + text[at + 1:]
        elif op == "substitute":
            out = text[:at] + letter + text[at + 1:]
        else:
            if at + 1 >= len(text) or not text[at + 1].isalpha():
                continue
            out = text[:at] + text[at + 1] + text[at] + text[at + 2:]
        # A typo changes letters, not the words: a name part never vanishes or splits.
        if out.lower() != text.lower() and len(out.split()) == len(text.split()) and sum(c.isalpha() for c in out) >= 3:
            return out


def full_width(text):
    return "".join(chr(ord(c) + FULL_WIDTH_OFFSET) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in text.upper())


def main(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    taken = set()
    people = invent(300, taken)
    # Near misses on purpose: people whose two-syllable given names the unlisted three-syllable queries extend.
    people += [(("하", "Ha", ["Ha"], 1), "일"), (("이", "Ri", ["Lee", "Yi"], 1), "인"), (("오", "O", ["Oh", "O"], 1), "세")]
    for surname, given in people[-3:]:
        taken.add(canonical(surname[0] + given))
    rows, queries = [], []
    rnd = random.Random(SEED + 1)
    for n, (surname, given) in enumerate(people):
        pid = f"q-{n:03d}"
        hangul_surname, nk_surname, passports, _ = surname
        nk = nk_syllables(given)
        nk_name = nk_surname + " " + " ".join(cap(s) for s in nk)
        rr_given = [Romanizer(s).romanize() for s in given]
        passport = passports[0] + " " + hyphenated(rr_given)
        rows.append([pid, ";".join([hangul_surname + given, nk_name, passport]), "true"])
        add = lambda kind, q: queries.append((kind, q, pid))
        add("hangul", hangul_surname + given)
        south = canonical(hangul_surname) + INITIAL_SOUND.get(given[0], given[0]) + given[1:]
        if south != hangul_surname + given:
            add("initial-sound rule", south)
        rr_surname = Romanizer(hangul_surname).romanize()
        add("rr", cap(rr_surname) + " " + hyphenated(rr_given))
        mr_given = [ko_pron.romanise(s, "mr") for s in given]
        add("mr", cap(mr(hangul_surname)) + " " + hyphenated(mr_given))
        add("mr plain", cap(plain(mr(hangul_surname))) + " " + plain(hyphenated(mr_given)))
        add("nk", nk_name)
        academic_surname = Transliter(academic).translit(hangul_surname)
        add("passport", rnd.choice(passports + [cap(academic_surname)]) + " " + cap("".join(rr_given)))
        add("word order", hyphenated(rr_given) + " " + passports[0])
        if len(given) > 1:
            add("run together", nk_surname + " " + cap("".join(nk)))
            word = mr_word(given)
            if plain(word) != plain("".join(mr_given)):
                add("sound change (MR)", cap(mr(hangul_surname)) + " " + cap(word))
            pronounced = rr_pronounced(given)
            if pronounced != "".join(rr_given):
                add("sound change (RR)", cap(rr_surname) + " " + cap(pronounced))
        add("compatibility forms", full_width(passports[0] + " " + hyphenated(rr_given)))
        short = "-short" if len("".join(rr_given)) <= 4 else ""
        for kind, base in (("typo rr", passport), ("typo nk", nk_name)):
            for _ in range(2):
                add(kind + (" (given ≤ 4 letters)" if short else ""), typo(base, rnd))
        # The same kind in other spellings: McCune-Reischauer with marks, given name first, run together.
        mr_name = cap(mr(hangul_surname)) + " " + hyphenated(mr_given)
        others = [mr_name, hyphenated(rr_given) + " " + passports[0], nk_surname + " " + cap("".join(nk))]
        add("typo, other spellings" + (" (given ≤ 4 letters)" if short else ""), typo(rnd.choice(others), rnd))
    # People not on the list: random names, and three-syllable extensions of listed two-syllable ones.
    unlisted = invent(150, taken)
    for surname, given in unlisted:
        queries.append(("unlisted hangul", surname[0] + given, "-"))
        rr_given = [Romanizer(s).romanize() for s in given]
        spelled = rnd.choice([surname[2][0] + " " + hyphenated(rr_given),
                              surname[1] + " " + " ".join(cap(s) for s in nk_syllables(given))])
        queries.append(("unlisted latin", spelled, "-"))
        mr_spelled = cap(mr(surname[0])) + " " + hyphenated([ko_pron.romanise(s, "mr") for s in given])
        queries.append(("unlisted latin, McCune-Reischauer", mr_spelled, "-"))
    for surname, given in people:
        if len(given) == 1:
            for _ in range(2):
                extended = surname[0] + random.choice(SYLLABLES) + given
                if canonical(extended) not in taken:
                    queries.append(("unlisted hangul, one syllable more", extended, "-"))
    with open(out / "people.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "names", "consent"])
        writer.writerows(rows)
    with open(out / "queries.tsv", "w", encoding="utf-8") as f:
        f.write(f"# generated by tools/list-quality/make_queries.py (seed {SEED}); kind, query, expected id\n")
        for kind, query, pid in queries:
            f.write(f"{kind}\t{query}\t{pid}\n")
    print(f"{len(rows)} people, {len(queries)} queries -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "modules/the-list/src/test/resources/quality")
