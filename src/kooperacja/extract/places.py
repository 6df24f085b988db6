"""Place names: capitalised chunks the gazetteer knows (or a dictionary's geographic noun after a preposition),
towns followed by their country in parentheses, and the region and zone components of lower-case names."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import compress, count
from operator import attrgetter

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues, patterns, strip_ending
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.gazetteer import GazPlace, gazetteer, token_keys
from kooperacja.extract.name_shape import (
    is_acronym,
)
from kooperacja.text.gazetteer_data import load_economic_zones
from kooperacja.text.morphology import ADJECTIVAL, NOMINAL, Reading, morphology
from kooperacja.text.tokens import is_bullet

_TEXT = attrgetter("text")
# a town or a district with fewer inhabitants than this, named like an adjective, before a lower-case noun it agrees
# with is that adjective ("Nowe miejsca pracy"); larger ones are read as the place
_COMMON_WORD_TOWN = 100_000
# at a sentence's start, a town of at least this many inhabitants is the town ("Brzeg podpisał umowę", "Żary
# zyskają"): news names such towns as actors far more often than it opens a sentence with the like-named common word
_OPENING_TOWN = 25_000


def _lower_or_opening(doc: Doc, i: int) -> bool:
    """Token i is written in lower case, or opens its sentence (where a capital says nothing): the place nouns and
    region heads are read there ("miasto Zurych", "Województwo leśne …"), not inside a capitalised name."""
    return not doc.tokens[i].is_cap or not i or doc.sent_of[i - 1] != doc.sent_of[i]


def _common_reading(readings: Iterable[Reading]) -> bool:
    """Whether a word reads as a common noun or adjective (a reading that is no proper name and no place):
    "Linia", "Nowe", "Dolina" are words besides towns."""
    return any((r.pos in NOMINAL or r.pos in ADJECTIVAL) and not r.proper and not r.geo for r in readings)


class PlaceNames:
    """Builds place mentions from chunks; part of `NameFinder`."""

    def _place(self, doc: Doc, a: int, b: int, s: int) -> bool:
        toks = doc.tokens
        if b - a > self.gaz.max_words:
            return False
        if self.re["postcode"].search(doc.text[max(0, toks[a].start - 12) : toks[a].start]):
            return False  # "00-950 Borowo": an address
        if self._branch_name(doc, a):
            return False
        words = [i for i in range(a, b) if toks[i].is_word]
        if not words:
            return False
        first = token_keys(toks[words[0]].text, doc.readings[words[0]])
        place = None
        if not self.gaz.first_keys.isdisjoint(first):  # most chunks: no place's name starts so (no more keys)
            place = self.gaz.lookup([first, *(token_keys(toks[i].text, doc.readings[i]) for i in words[1:])])
        if place is not None and b - a == 1 and place.name not in {r.lemma for r in doc.readings[a] if r.geo}:
            # "w Sulejowie": the dictionary's place reading ("Sulejów") before a common word's lemma that names a
            # place elsewhere ("Suleja")
            geo = {r.lemma.lower() for r in doc.readings[a] if r.geo and r.pos in NOMINAL}
            place = (self.gaz.lookup([geo]) if geo else None) or place
        if a == doc.sent_span[s][0] + 1 and toks[a - 1].is_cap and doc.mention_at(a - 1) is None:
            # "Stalowa Wola zyskała …": the chunker leaves a sentence's first word that is a common word ("stalowa");
            # with the chunk after it, it may be a longer place's name
            keys = [token_keys(toks[i].text, doc.readings[i]) for i in range(a - 1, b)]
            longer = self.gaz.lookup(keys) if not self.gaz.first_keys.isdisjoint(keys[0]) else None
            if longer is not None:
                place, a = longer, a - 1
        extended = None
        if (place is None and b - a in (1, 2) and a + 1 < len(toks)) or (
            place is not None and b - a == 1 and b < len(toks)
        ):
            if toks[a].is_word and toks[a + 1].is_cap and toks[a + 1].is_word and doc.sent_of[a + 1] == s:
                extended = self._town_with_adjective(doc, a)  # "w Zalesiu Górnym"
            if extended is not None:
                place, b = extended[1], a + 2
        if place is not None and b - a == 1 and self._common_word_opening(doc, a, s, place):
            return False
        if place is not None and b - a == 1 and self._adjective_of_noun(doc, a, place):
            return False
        if place is not None and self._dateline_town(doc, a, b):
            return False
        if place is not None and b - a == 1 and self._surname(doc, a):
            return False
        if place is not None and any(len(toks[i].text) > 3 and toks[i].is_upper for i in range(a, b)):
            if not place.name.isupper():
                place = None  # a name in capitals is a company's, not the like-named town's
        if place is not None and place.kind == "country" and b - a == 1 and is_acronym(toks[a].text):
            if self._after_a_noun(doc, a):
                return False  # "Ambasador RP", "Sejmu RP": the country in a title or a name, no place mention
        if place is not None:
            m = Mention(
                toks[a].start,
                toks[b - 1].end,
                a,
                b,
                "place",
                place.name if extended is None else extended[0],
                place.kind,
                s,
                country=place.country,
                place_id=place.id,
            )
            if extended is not None:
                m.place_id = None  # the gazetteer's place is the shorter name's, not this one
            written = doc.text[m.start : m.end]
            if written != m.name and not any(
                r.pos in NOMINAL and "nom" not in r.cases for r in doc.readings[a]
            ):
                m.aliases.append(written)
            self._add(doc, m)
            return True
        if b - a == 1 and toks[a].is_cap and not is_acronym(toks[a].text):
            region = self._adjective_region(doc, a)
            if region is not None:
                m = Mention(toks[a].start, toks[a].end, a, b, "place", region.name, region.kind, s)
                m.country, m.place_id = region.country, region.id
                if toks[a].lower in region.name.split():
                    m.aliases.append(toks[a].text)  # "Lubelskie"
                self._add(doc, m)
                return True
            geo = [r for r in doc.readings[a] if r.geo and r.pos in NOMINAL]
            prev = toks[a - 1].text.lower() if a else ""
            if prev in cues(doc.lang, "place_cues").locative_preposition:
                geo = [r for r in geo if "loc" in r.cases]  # "w Małaszewiczach": no surname after "w"
                if geo:
                    self._add(
                        doc, Mention(toks[a].start, toks[a].end, a, b, "place", geo[0].lemma, "city", s)
                    )
                    return True
            if geo and not any(r.first_name or r.surname for r in doc.readings[a] if not r.geo):
                if prev in self.w.place_preposition:
                    lemma = geo[0].lemma
                    self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "place", lemma, "city", s))
                    return True
        return False

    def _town_with_adjective(self, doc: Doc, a: int) -> tuple[str, GazPlace] | None:
        """ "w Zalesiu Górnym", "obręb Grodziec Mały": a town the gazetteer knows with a capitalised adjective after
        it in the same case, which the gazetteer does not know together, is another settlement ("Zalesie Górne"): the
        town's name and the adjective in the nominative of the town's gender and number."""
        toks = doc.tokens
        place = self.gaz.lookup([token_keys(toks[a].text, doc.readings[a])])
        if place is None and a > 0 and toks[a - 1].lower in cues(doc.lang, "place_cues").locative_preposition:
            # "w Biskupicach Podgórnych": a village the gazetteer does not know, read by the dictionary as a place in
            # the locative, as the lone word after "w" is (`_place`)
            geo = [r for r in doc.readings[a] if r.geo and r.pos in NOMINAL and "loc" in r.cases]
            if geo and not _common_reading(doc.readings[a]):  # not "w Dworku Zielonym", a venue
                place = GazPlace("", geo[0].lemma, "city", None, None, None, 0, "pl")
        if place is None or place.kind != "city" or " " in place.name:
            return None
        nouns = [r for r in doc.readings[a] if r.pos in NOMINAL and r.lemma == place.name]
        adjectives = [r for r in doc.readings[a + 1] if r.pos in ADJECTIVAL]
        if (
            not nouns
            or not adjectives
            or not any(r.cases & n.cases - {"voc"} for r in adjectives for n in nouns)
        ):
            return None
        c = a + 2
        if c < len(toks) and toks[c].is_cap and doc.sent_of[c] == doc.sent_of[a]:
            return None  # "w Krakowie Wielkie Zakłady …": the adjective opens the next name
        base = [r for r in self.morph.analyse(place.name) if r.pos in NOMINAL and "nom" in r.cases]
        if not base:
            return None
        number = "pl" if "pl" in base[0].numbers and "sg" not in base[0].numbers else "sg"
        gender = next(iter(sorted(base[0].genders)), None)
        form = self.morph.inflect(adjectives[0].lemma, "adj", number, "nom", gender)
        if form is None:
            return None
        return f"{place.name} {form[:1].upper()}{form[1:]}", place

    @staticmethod
    def _branch_name(doc: Doc, a: int) -> bool:
        """ "Oddział Lublin", "ARP S.A., oddział w Mielcu": a town after a branch noun (and "w") names the branch
        (annotation.md: a place inside an organisation's name is no place mention) where the noun is written as a
        name's word or stands in apposition to an organisation; "otworzył filię w Gdyni" keeps the town."""
        w, toks = cues(doc.lang, "place_cues"), doc.tokens
        k = a - 1
        if k >= 0 and toks[k].lower in w.locative_preposition:
            k -= 1
        if k < 0 or doc.sent_of[k] != doc.sent_of[a] or w.branch_noun.isdisjoint(doc.lemmas(k)):
            return False
        if toks[k].is_cap and (k == a - 1 or k != doc.sent_span[doc.sent_of[k]][0]):
            return True  # "(Oddział Lublin)"; not "Oddział w Düsseldorfie …" at a sentence's start
        org = doc.mention_at(k - 2) if k >= 2 and toks[k - 1].text == "," else None
        return org is not None and doc.mentions[org].type == "organization"

    @staticmethod
    def _adjective_of_noun(doc: Doc, a: int, place: GazPlace) -> bool:
        """ "Nakłady (mln zł) Nowe miejsca pracy": a small town named like an adjective, with a lower-case noun after
        it that agrees with the adjective (case, number, gender), is the adjective of that noun."""
        toks = doc.tokens
        if place.kind not in ("city", "other") or place.population >= _COMMON_WORD_TOWN or a + 1 >= len(toks):
            return False
        nxt = toks[a + 1]
        if not nxt.is_word or nxt.is_cap or "\n" in doc.text[toks[a].end : nxt.start]:
            return False
        adjectives = [r for r in doc.readings[a] if r.pos in ADJECTIVAL and not r.proper]
        nouns = [r for r in doc.readings[a + 1] if r.pos == "subst"]
        return any(
            r.cases & n.cases and r.numbers & n.numbers and r.genders & n.genders
            for r in adjectives
            for n in nouns
        )

    @staticmethod
    def _common_word_opening(doc: Doc, a: int, s: int, place: GazPlace) -> bool:
        """ "Linię uruchomiono …", "Dolina ma powstać …", "Nowe miejsca pracy": a sentence's or a line's first word,
        capitalised by its place only, that is a common word (a noun's or an adjective's form) and also the name of a
        town or a district small enough to be the rarer reading (not "Brzeg podpisał umowę"), is the common word; a
        comma, a colon or the line's end after it keeps the town ("Nowe, miasto nad Wisłą"; "Mielec: nowa hala")."""
        toks = doc.tokens
        if place.kind not in ("city", "other") or place.population >= _OPENING_TOWN:
            return False
        s0 = doc.sent_span[s][0]
        if (
            any(toks[i].is_word for i in range(s0, a))
            and "\n" not in doc.text[toks[a - 1].end : toks[a].start]
        ):
            return (
                False  # not the first word of its sentence (after a dash or a quote mark only) or of its line
            )
        if a + 1 >= len(toks) or not toks[a + 1].is_word or "\n" in doc.text[toks[a].end : toks[a + 1].start]:
            return False
        return _common_reading(doc.readings[a])

    def _dateline_town(self, doc: Doc, a: int, b: int) -> bool:
        """ "Kielce, 12 marca 2025 r. – Spółka …": a town that opens a line, with a comma and a date after it and
        a dash or the line's end after the date, is the dateline's place: boilerplate, no mention."""
        toks, text = doc.tokens, doc.text
        if a and "\n" not in text[toks[a - 1].end : toks[a].start]:
            return False
        if b >= len(toks) or toks[b].text != ",":
            return False
        after = toks[b].end
        date = next((dm for dm in doc.dates if dm.value and dm.start >= after), None)
        if date is None or text[after : date.start].strip():
            return False
        rest = text[date.end : date.end + 40]
        for word in sorted(self.w.year_word, key=len, reverse=True):
            rest = rest.strip().removeprefix(word)
        rest = rest.lstrip(" \t")
        if rest.startswith("(") and 2 < rest.find(")") < 25 and "\n" not in rest[: rest.find(")")]:
            rest = rest[rest.find(")") + 1 :].lstrip(" \t")  # "Kielce, 12.03.2025 (PAP) –": the agency's tag
        return not rest or rest[0] in "\n–—-"

    @staticmethod
    def _surname(doc: Doc, a: int) -> bool:
        """ "marszałek Mazur" after "marszałek Stanisław Mazur": the surname of a person the text named before is
        that person, not the like-named place ("Mazury", genitive "Mazur")."""
        word = doc.tokens[a].text
        return any(
            m.type == "person" and m.t1 <= a and doc.tokens[m.t1 - 1].text == word for m in doc.mentions
        )

    def _after_a_noun(self, doc: Doc, a: int) -> bool:
        """Token a follows a noun or an adjective (not a preposition) of its sentence: "Prezydent RP"."""
        if not a or doc.sent_of[a - 1] != doc.sent_of[a] or not doc.tokens[a - 1].is_word:
            return False
        if doc.tokens[a - 1].lower in self.w.place_preposition:
            return False
        return any(r.pos in NOMINAL or r.pos in ADJECTIVAL for r in doc.readings[a - 1])

    def _adjective_region(self, doc: Doc, a: int) -> GazPlace | None:
        """ "Lubelskie", "w Podkarpackiem", "z Opolskiego": a capitalised region adjective on its own (in the
        neuter singular, with no noun after it that it qualifies) is the region ("województwo lubelskie")."""
        regions = self.gaz.adjective_regions
        readings = doc.readings[a]
        forms = (
            self.gaz.adjective_forms
        )  # as written, or the lemma of a noun reading ("Lubuskie", "w Lubuskiem")
        keys = {doc.tokens[a].lower} | {r.lemma.lower() for r in readings if r.pos in NOMINAL and r.geo}
        region = next((forms[k] for k in keys if k in forms), None)
        if region is None:  # an adjective's form of the neuter singular: "z Opolskiego", "w Podkarpackim"
            neuter = {
                r.lemma.lower()
                for r in readings
                if r.pos in ADJECTIVAL and "n" in r.genders and "sg" in r.numbers
            }
            region = next((regions[k] for k in neuter if k in regions), None)
        if region is None:
            return None
        toks = doc.tokens
        nxt = a + 1
        if nxt < len(toks) and toks[nxt].is_word and not toks[nxt].is_cap:
            if any(r.pos == "subst" for r in doc.readings[nxt]):
                return None  # "Śląskie firmy": an adjective of a noun, no region
        return region

    def _town_with_country(self, doc: Doc, a: int, s: int) -> bool:
        """ "z Borowej (Litwa), Lisowa (Ukraina)": a word followed by a country in parentheses is a town there."""
        toks = doc.tokens
        if a + 3 >= len(toks) or toks[a + 1].text != "(" or toks[a + 3].text != ")":
            return False
        country = self.gaz.lookup([token_keys(toks[a + 2].text, doc.readings[a + 2])])
        if country is None or country.kind != "country":
            return False
        geo = [r for r in doc.readings[a] if r.geo and r.pos in NOMINAL]
        prev = toks[a - 1].lower if a else ""
        if geo:
            name = geo[0].lemma
        elif prev in self.w.genitive_preposition or prev == "," or (prev in self.w.conjunction and a >= 5):
            name = strip_ending(toks[a].text, self._town_endings)  # "z Borowej (Litwa)" → "Borowa"
        else:
            name = toks[a].text
        self._add(
            doc,
            Mention(toks[a].start, toks[a].end, a, a + 1, "place", name, "city", s, country=country.country),
        )
        return True


class RegionNames:
    """Component: lower-case region names ("województwo leśne", "powiatu polnego", lists under one plural head)."""

    def __init__(self, lang: str = "pl") -> None:
        self._compound = patterns(lang, "name_patterns")["compound_prefix"][0]
        self.gaz = gazetteer()
        self.morph = morphology()
        self.w = cues(lang, "name_cues")
        self._region_heads = {r["lemma"]: r for r in language_data(lang).rows("region_heads")}
        self._place_nouns: dict[str, str] = language_data(lang).mapping("place_nouns", "lemma", "kind")
        self._one_word_nouns = frozenset(
            r["lemma"] for r in language_data(lang).rows("place_nouns") if r["name"] == "one_word"
        )
        rows = language_data(lang).rows("place_adjective_endings")
        self._adjective_endings = sorted(rows, key=lambda r: -len(r["ending"]))

    def __call__(self, doc: Doc) -> None:
        self._regions(doc)
        self._after_place_nouns(doc)
        self._sentence_first_towns(doc)
        self._bracketed_regions(doc)
        self._listed_places(doc)
        self._short_town_names(doc)
        # leave no index behind: it is keyed by the list's identity and length, and a later component that builds a
        # new list of the same length where the old one stood (or edits one in place) would read a stale one
        doc.mentions_changed()

    @staticmethod
    def _short_town_names(doc: Doc) -> None:
        """ "z Ostrowca" beside "Ostrowiec Świętokrzyski", "Bielsko" beside "Bielsko-Biała": a town named by one word
        that is the first word of the one longer town's name in the same text is that town, by its short name."""
        places = [m for m in doc.mentions if m.type == "place"]
        longer: dict[str, list[Mention]] = {}
        for m in places:
            first, sep, _ = m.name.replace("-", " ").partition(" ")
            if sep and m.subtype == "city" and m.name[len(first) :][:1] in " -":
                longer.setdefault(first, []).append(m)
        for m in places:
            if m.t1 - m.t0 != 1 or " " in m.name or "-" in m.name:
                continue  # a longer name already ("Gorzowa" found as "Gorzów Wielkopolski")
            short = m.name
            if short not in longer:
                # "Piotrków", "w Piotrkowie" taken for a village "Piotrkowo": the word or a lemma of it
                forms = {doc.text[m.start : m.end]} | {
                    r.lemma for r in doc.readings[m.t0] if r.pos in NOMINAL
                }
                short = next((f for f in sorted(forms) if f in longer), short)
            full = {n.name for n in longer.get(short, ())}
            if (
                len(full) != 1
                or (short == m.name and m.place_id is not None)
                or RegionNames._located(doc, m.t1)
            ):
                continue  # "w Brzegu" beside "Brzeg Dolny": a town the gazetteer knows by the short name itself;
                # "w Rudzie koło Wielunia": a settlement located by a town near it
            n = longer[short][0]
            m.aliases.append(doc.text[m.start : m.end])
            m.name, m.subtype, m.country, m.place_id = n.name, n.subtype, n.country, n.place_id

    @staticmethod
    def _located(doc: Doc, k: int) -> bool:
        """ "w Rudzie koło Wielunia", "w Mińsku pod Wyszkowem": token k is a preposition that locates a settlement by a
        town near it, and a capitalised word follows it."""
        toks = doc.tokens
        return (
            k + 1 < len(toks)
            and toks[k].lower in cues(doc.lang, "place_cues").near_preposition
            and toks[k + 1].is_cap
            and doc.sent_of[k + 1] == doc.sent_of[k]
        )

    def _bracketed_regions(self, doc: Doc) -> None:
        """ "w Kargowej (lubuskie)": a voivodeship's adjective alone in parentheses after a word is the region."""
        toks, forms = doc.tokens, self.gaz.adjective_forms
        for i in [i for i, t in enumerate(toks) if t.text == "(" and 0 < i < len(toks) - 2]:
            t = toks[i + 1]
            if toks[i + 2].text != ")" or not t.text.islower() or t.text not in forms:
                continue
            if doc.mention_at(i + 1) is not None or not toks[i - 1].is_word:
                continue
            region = forms[t.text]
            m = Mention(t.start, t.end, i + 1, i + 2, "place", region.name, region.kind, doc.sent_of[i + 1])
            m.country, m.place_id = region.country, region.id
            m.aliases.append(t.text)
            doc.mentions.append(m)

    def _listed_places(self, doc: Doc) -> None:
        """ "z Wielkopolski, Akwitanii i Hesji": a capitalised word that the dictionary knows only as a place, listed
        next to a place mention (a comma or a conjunction between), is a place too."""
        toks = doc.tokens
        places = [m for m in doc.mentions if m.type == "place"]
        for m in places:
            for k, sep in ((m.t1 + 1, m.t1), (m.t0 - 2, m.t0 - 1)):
                if not (0 <= k < len(toks)) or not self._list_goes_on(toks[sep].text):
                    continue
                if (
                    doc.sent_of[k] != m.sent
                    or not self._free_cap(doc, k)
                    or not self._place_word(doc, k, False)
                ):
                    continue
                nb = k + 1 if k > sep else k - 1  # the word on the far side from the listed place
                if 0 <= nb < len(toks) and doc.sent_of[nb] == m.sent and toks[nb].is_cap and toks[nb].is_word:
                    continue  # a word of a longer name ("Nowej Zelandii i Hesji")
                geo = [r for r in doc.readings[k] if r.geo and r.pos in NOMINAL]
                if geo:
                    # its own kind where the gazetteer knows the word ("z Niemiec i Saksonii": a region beside a
                    # country), else the kind of the place it is listed with
                    known = self.gaz.lookup([token_keys(toks[k].text, doc.readings[k])])
                    kind = known.kind if known is not None and known.name == geo[0].lemma else m.subtype
                    n = Mention(toks[k].start, toks[k].end, k, k + 1, "place", geo[0].lemma, kind, m.sent)
                    doc.mentions.append(n)

    @staticmethod
    def _line_ends_after(doc: Doc, i: int) -> bool:
        toks = doc.tokens
        return i + 1 >= len(toks) or "\n" in doc.text[toks[i].end : toks[i + 1].start]

    @staticmethod
    def _bullet_items(doc: Doc) -> set[int]:
        """The tokens right after a bullet that opens a line ("- Krynica-Zdrój", "• Pszczyna")."""
        toks, text = doc.tokens, doc.text
        return {
            i + 1
            for i, t in enumerate(toks[:-1])
            if is_bullet(t.text, dialogue=True) and (not i or "\n" in text[toks[i - 1].end : t.start])
        }

    def _sentence_first_towns(self, doc: Doc) -> None:
        """ "Kalisz i Ostrów …": a sentence's first word that the name finder left (it may also be a verb's form)
        and that the dictionary and the gazetteer know as a place, with no common-word reading, is that place."""
        toks, sent_of = doc.tokens, doc.sent_of
        firsts = [i for i in range(len(toks)) if not i or sent_of[i] != sent_of[i - 1]]
        items = self._bullet_items(doc)
        for i in sorted({*firsts, *items}):
            t = toks[i]
            if not t.is_cap or not t.is_word or is_acronym(t.text) or doc.mention_at(i) is not None:
                continue
            if i in items and self._line_ends_after(doc, i):
                pass  # "- Krynica-Zdrój" alone on a line of a bulleted list
            elif i + 1 >= len(toks) or toks[i + 1].is_cap or not toks[i + 1].is_word:
                continue  # the first word of a longer name; a dateline ("Gdańsk, 20.11.2023")
            readings = doc.readings[i]
            parts = t.text.split("-")
            hyphenated = len(parts) > 1 and all(p[:1].isupper() for p in parts)  # "Krynica-Zdrój": a name
            if not hyphenated and (
                not any(r.geo and "nom" in r.cases for r in readings) or _common_reading(readings)
            ):
                continue
            place = self.gaz.lookup([token_keys(t.text, readings)])
            if place is None or place.kind not in ("city", "region", "country"):
                continue
            m = Mention(
                t.start, t.end, i, i + 1, "place", place.name, place.kind, sent_of[i], country=place.country
            )
            m.place_id = place.id
            doc.mentions.append(m)

    def _after_place_nouns(self, doc: Doc) -> None:
        """ "miasto Zurych", "prowincja Gyeonggi", "miasta partnerskie Verdal i Borlänge": capitalised words that
        are no common word, right after a lower-case noun of a kind of place (and at most one adjective), are
        that place; a plural noun takes a list."""
        nouns = self._place_nouns
        toks = doc.tokens
        lemmas = doc.lemmas
        for i in [
            i
            for i, t in enumerate(toks)
            if t.is_word and _lower_or_opening(doc, i) and not nouns.keys().isdisjoint(lemmas(i))
        ]:
            kind = next(
                (nouns[r.lemma] for r in doc.readings[i] if r.pos == "subst" and r.lemma in nouns), None
            )
            if kind is None:
                continue
            one_word = not self._one_word_nouns.isdisjoint(lemmas(i))
            plural = any("pl" in r.numbers for r in doc.readings[i] if r.lemma in nouns)
            j = i + 1
            if j < len(toks) and not toks[j].is_cap and any(r.pos == "adj" for r in doc.readings[j]):
                j += 1  # "miasto partnerskie Verdal"
            listed = plural and j < len(toks) and toks[j].text == ":"
            if listed:
                j += 1  # "gmin: Widawa, Zelów i Rusiec"
            while j < len(toks):
                k = j
                while (
                    k < len(toks)
                    and k - j < 3
                    and self._free_cap(doc, k)
                    and (
                        k == j
                        or self._unknown_name(doc, k)
                        or self._place_word(doc, k, listed)
                        or self._name_adjective(doc, j, k)
                    )
                ):  # a common word only first ("Bad Wellheim"), not within ("Rethymno Panią Birbilatti")
                    k += 1
                while k > j and not (
                    self._unknown_name(doc, k - 1)
                    or self._place_word(doc, k - 1, listed)
                    or self._name_adjective(doc, j, k - 1)
                    or (k - 1 == j and self._apposed_place(doc, j))
                ):
                    k -= 1  # "Bad Wellheim", "Sankt Ulwen": the name ends in a word that is no common word
                if (
                    one_word
                    and k > j
                    and (k > j + 1 or (k < len(toks) and toks[k].is_cap and toks[k].is_word))
                ):
                    k = j  # "portu Nordic Terminal": the first word of a longer name, the port's own; the gazetteer only
                if k > j:
                    written = doc.text[toks[j].start : toks[k - 1].end]
                    geo = [r for r in doc.readings[j] if r.geo and r.pos in NOMINAL] if k == j + 1 else []
                    name = geo[0].lemma if geo else written
                    doc.mentions.append(
                        Mention(toks[j].start, toks[k - 1].end, j, k, "place", name, kind, doc.sent_of[j])
                    )
                else:
                    n = doc.mention_at(j) if plural else None
                    if n is not None and doc.mentions[n].type == "place" and doc.mentions[n].t0 == j:
                        k = doc.mentions[n].t1  # a place of the list found already
                    else:
                        bare = None if one_word else self._bare_org(doc, j)
                        known = self._known_place_org(doc, j) if bare is None else None
                        if known is not None:  # "dzielnicy Nowa Huta" taken for a steelworks
                            bare, place = known
                            bare.type, bare.subtype, bare.name = "place", place.kind, place.name
                            bare.country, bare.place_id = place.country, place.id
                        elif bare is None:
                            break
                        else:
                            bare.type, bare.subtype, bare.name = (
                                "place",
                                kind,
                                doc.text[bare.start : bare.end],
                            )
                        k = bare.t1
                if not plural or k + 1 >= len(toks) or not self._list_goes_on(toks[k].text):
                    break
                j = k + 1

    def _list_goes_on(self, text: str) -> bool:
        return text == "," or text in self.w.conjunction

    @staticmethod
    def _unknown_word(doc: Doc, k: int) -> bool:
        """A capitalised word that the dictionary knows as no common word."""
        if not doc.tokens[k].is_cap or is_acronym(doc.tokens[k].text):
            return False
        return all(r.pos in ("ign", "frag") or r.proper or r.geo for r in doc.readings[k])

    @staticmethod
    def _place_word(doc: Doc, k: int, listed: bool) -> bool:
        """A word the dictionary knows as a place: with no common noun or adjective reading ("regionach Lwowskim"
        is an adjective), or any such word in a list after a colon ("gmin: Zelów, Klonowa")."""
        readings = doc.readings[k]
        if not any(r.geo for r in readings):
            return False
        return listed or not _common_reading(readings)

    @staticmethod
    def _apposed_place(doc: Doc, j: int) -> bool:
        """ "w gminie Lutowiska", "do wsi Polana": right after a noun of a kind of place, a capitalised word that the
        dictionary knows as a place in the nominative (a name in apposition keeps it) is that place, though it is
        also a common word; not where a lower-case noun after it takes it as its adjective."""
        if not any(r.geo and "nom" in r.cases for r in doc.readings[j]):
            return False
        toks = doc.tokens
        nxt = j + 1
        if nxt < len(toks) and toks[nxt].is_cap and toks[nxt].is_word:
            return False  # a longer name ("dzielnicy Nowa Huta"): the rules of names of several words
        return (
            nxt >= len(toks) or not toks[nxt].is_word or not any(r.pos == "subst" for r in doc.readings[nxt])
        )

    @staticmethod
    def _name_adjective(doc: Doc, j: int, k: int) -> bool:
        """Token k, after the first word j of a name in the nominative that the dictionary knows as a proper name,
        is a capitalised adjective in the nominative that ends the name: "wsi Wola Rzędzińska", "osiedla Stara
        Kolonia" (a name in apposition to the place noun keeps the nominative)."""
        if k <= j or not doc.tokens[k].is_cap:
            return False
        if not any(r.pos == "adj" and "nom" in r.cases for r in doc.readings[k]):
            return False
        return any("nom" in r.cases and (r.proper or r.geo) for r in doc.readings[j])

    @staticmethod
    def _free_cap(doc: Doc, k: int) -> bool:
        t = doc.tokens[k]
        return t.is_cap and not is_acronym(t.text) and doc.mention_at(k) is None

    def _unknown_name(self, doc: Doc, k: int) -> bool:
        """A capitalised word that is no common word and no part of a mention already found."""
        return doc.mention_at(k) is None and self._unknown_word(doc, k)

    def _bare_org(self, doc: Doc, j: int) -> Mention | None:
        """The organisation mention at token j that is only unknown words, with no head noun and no descriptor
        ("prowincji Gyeonggi" taken for a company): the place noun before it says what it is."""
        n = doc.mention_at(j)
        if n is None:
            return None
        m = doc.mentions[n]
        if m.type != "organization" or m.head or m.descriptor or m.t0 != j or m.t1 - j > 3:
            return None
        return m if all(self._unknown_word(doc, x) for x in range(j, m.t1)) else None

    def _known_place_org(self, doc: Doc, j: int) -> tuple[Mention, GazPlace] | None:
        """The organisation mention at token j whose whole name the gazetteer knows as a place (a city, region or
        part of a city), and that place: after a noun of a kind of place the name is the place ("dzielnica Nowa
        Huta", not a steelworks). Where no mention stands there (the name finder dropped "Nowa Huta" as a head with
        a plain adjective only), the longest run of up to three capitalised words the gazetteer knows becomes one."""
        n = doc.mention_at(j)
        if n is None:
            return self._known_place_run(doc, j)
        m = doc.mentions[n]
        if m.type != "organization" or m.t0 != j or m.t1 - j > 3:
            return None
        place = self.gaz.lookup([token_keys(doc.tokens[i].text, doc.readings[i]) for i in range(j, m.t1)])
        if place is None or place.kind not in ("city", "region", "other"):
            return None
        return m, place

    def _known_place_run(self, doc: Doc, j: int) -> tuple[Mention, GazPlace] | None:
        toks = doc.tokens
        b = j
        while b < len(toks) and b - j < 3 and toks[b].is_cap and doc.mention_at(b) is None:
            b += 1
        for k in range(b, j + 1, -1):  # two words at least: one word is the tokens' own business
            place = self.gaz.lookup([token_keys(toks[i].text, doc.readings[i]) for i in range(j, k)])
            if place is not None and place.kind in ("city", "region", "other"):
                m = Mention(
                    toks[j].start, toks[k - 1].end, j, k, "organization", place.name, None, doc.sent_of[j]
                )
                doc.mentions.append(m)
                return m, place
        return None

    def _regions(self, doc: Doc) -> None:
        """Lower-case region names: "woj. leśne", "powiatu polnego", "obwód lwowski", and lists that
        share one plural head ("województw: leśnego, polnego i morskiego")."""
        toks = doc.tokens
        taken = {i for m in doc.mentions for i in range(m.t0, m.t1)}
        heads = self._region_heads
        abbreviations = {r["abbreviation"]: r["lemma"] for r in heads.values() if r["abbreviation"]}
        # a word none of whose lower-cased lemmas is a head is none (heads are lower case): one set test
        lower_heads = frozenset(heads) if all(h == h.lower() for h in heads) else None
        lemmas = doc.lemmas
        for i in [
            i
            for i, t in enumerate(toks)
            if t.is_word
            and _lower_or_opening(doc, i)
            and (lower_heads is None or t.lower in abbreviations or not lower_heads.isdisjoint(lemmas(i)))
        ]:
            if i in taken:
                continue
            t = toks[i]
            low = t.text.lower()
            if t.is_cap and (i + 1 >= len(toks) or toks[i + 1].is_cap):
                continue  # first in its sentence: "Powiat kłodzki" is the region, "Powiat Kłodzki" its office
            kind, j = None, i + 1
            if low in abbreviations and i + 2 < len(toks) and toks[i + 1].text == ".":
                kind, j = abbreviations[low], i + 2
            else:
                kind = next((r.lemma for r in doc.readings[i] if r.pos == "subst" and r.lemma in heads), None)
            if kind is None:
                continue
            plural = all("pl" in r.numbers for r in doc.readings[i] if r.lemma == kind) and kind != low
            if plural and kind not in self.w.distributive_region:
                continue  # "krajów skandynawskich": a kind of region, not a named one
            first = True
            while j < len(toks):
                if toks[j].text == ":" and plural:
                    j += 1
                adj_end, form = self._region_adjective(doc, j, heads[kind]["gender"])
                if form is None:
                    break
                if not plural and not first and not self._known_region(kind, form):
                    break  # "powiatu kłodzkiego i wałbrzyskiego": a known region goes on the list, no other word
                own = plural or not first  # a listed region's mention is its adjective
                first = False
                name = f"{kind} {form}"
                m = Mention(
                    toks[j].start if own else t.start,
                    toks[adj_end - 1].end,
                    j if own else i,
                    adj_end,
                    "place",
                    name,
                    "region",
                    doc.sent_of[i],
                    country="PL",
                )
                if low in abbreviations:
                    m.aliases.append(f"{low}. {form}")
                hit = self.gaz.index.get((kind, form))
                if hit:
                    m.place_id = hit[0].id
                    m.country = hit[0].country
                doc.mentions.append(m)
                j = adj_end
                if not plural and not self._region_list_goes_on(doc, j, kind, heads[kind]["gender"]):
                    break
                if (
                    j < len(toks)
                    and (toks[j].text == "," or toks[j].text in self.w.conjunction)
                    and j + 1 < len(toks)
                ):
                    j += 1
                    continue
                break

    def _region_list_goes_on(self, doc: Doc, j: int, kind: str, gender: str) -> bool:
        """After "obwodu zaporoskiego" at token j: ", czerniowieckiego i chmielnickiego", adjectives of regions the
        gazetteer knows under the same singular head ("powiatu kłodzkiego i wałbrzyskiego")."""
        toks = doc.tokens
        if j + 1 >= len(toks) or not (toks[j].text == "," or toks[j].text in self.w.conjunction):
            return False
        _end, form = self._region_adjective(doc, j + 1, gender)
        return form is not None and self._known_region(kind, form)

    def _known_region(self, kind: str, form: str) -> bool:
        return (kind, form) in self.gaz.index or f"{kind} {form}" in self.gaz.lower_names

    def _region_adjective(self, doc: Doc, j: int, gender: str) -> tuple[int, str | None]:
        """The adjective at token j in the nominative singular ("kujawsko – pomorskiego" → "kujawsko-pomorskie")."""
        toks = doc.tokens
        if j >= len(toks) or not toks[j].is_word or (toks[j].is_cap and doc.mention_at(j) is not None):
            return j, None
        prefix = ""
        k = j
        compound = bool(self._compound.search(toks[k].text))  # "leśno-polnego": the first part of a compound
        if compound and k + 2 < len(toks) and toks[k + 1].text in ("-", "–"):
            prefix, k = toks[k].text.lower() + "-", k + 2
        adjs = [r for r in doc.readings[k] if r.pos == "adj"]
        if not adjs:
            guessed = self._unknown_adjective(doc, k, gender)
            return (k + 1, (prefix + guessed).lower()) if guessed else (j, None)
        form = self.morph.inflect(
            adjs[0].lemma.split("-")[-1] if prefix else adjs[0].lemma, "adj", "sg", "nom", gender
        )
        if not form:
            return j, None
        return k + 1, (prefix + form).lower()

    def _unknown_adjective(self, doc: Doc, k: int, gender: str) -> str | None:
        """The nominative of a lower-case word the dictionary does not know as a common word (unknown, or only a
        surname's form: "zaporskiego"), by its adjective's ending ("iwanofrankiwskiego" → "iwanofrankiwski" after
        "obwód"); None where it has no such ending."""
        t = doc.tokens[k]
        if not t.text.islower() or not all(r.pos == "ign" or r.proper for r in doc.readings[k]):
            return None
        for row in self._adjective_endings:
            e, base = row["ending"], row.get(gender, "")
            if t.text.endswith(e) and len(t.text) - len(e) >= 3:
                return t.text[: len(t.text) - len(e)] + base if base else None
        return None


class ZoneNames:
    """Component: a special economic zone named by its town's adjective before the zone's abbreviation."""

    def __init__(self, lang: str = "pl") -> None:
        self.morph = morphology()
        self.w = cues(lang, "name_cues")

    def __call__(self, doc: Doc) -> None:
        self._zone_adjectives(doc)
        self._zones_in_lower_case(doc)

    def _zones_in_lower_case(self, doc: Doc) -> None:
        """ "na terenie warmińsko-mazurskiej specjalnej strefy ekonomicznej": a zone's full name written in lower
        case (`zone_phrase` in name_cues.tsv, its words' lemmas in order) after the adjective of its town, also
        lower case, in the same case: the zone, its name in the nominative and capitalised."""
        toks = doc.tokens
        phrases = [tuple(p.split()) for p in self.w.zone_phrase]
        if not phrases:
            return
        firsts = {p[0][:5] for p in phrases}  # a quick test on the text before the lemmas are read
        low = doc.text.lower()
        if not any(f in low for f in firsts):
            return
        taken = {i for m in doc.mentions for i in range(m.t0, m.t1)}
        for i in compress(count(), (t.lower[:5] in firsts and not t.is_cap for t in toks)):
            if i < 1 or i in taken or i - 1 in taken or toks[i - 1].is_cap or not toks[i - 1].is_word:
                continue
            phrase = next(
                (
                    p
                    for p in phrases
                    if i + len(p) <= len(toks)
                    and all(w in doc.lemmas(i + k) and not toks[i + k].is_cap for k, w in enumerate(p))
                ),
                None,
            )
            if phrase is None:
                continue
            cases = {c for r in doc.readings[i] if r.pos == "adj" and "f" in r.genders for c in r.cases}
            adj = self._town_adjective(doc, i - 1, cases)
            if adj is None:
                continue
            words = [
                self.morph.inflect(w, _pos_of(doc, i + k, w), "sg", "nom", "f") or w
                for k, w in enumerate(phrase)
            ]
            name = " ".join([adj, *(w[:1].upper() + w[1:] for w in words)])
            a = i - 2 if "-" not in toks[i - 1].text and "-" in adj else i - 1  # a compound written apart
            m = Mention(
                toks[a].start,
                toks[i + len(phrase) - 1].end,
                a,
                i + len(phrase),
                "organization",
                name,
                "economic_zone",
                doc.sent_of[i],
                head=next((w for k, w in enumerate(phrase) if _pos_of(doc, i + k, w) == "subst"), None),
            )
            doc.mentions.append(m)

    def _compound_first(self, doc: Doc, k: int) -> bool:
        """The word at k is the first part of a compound town adjective written apart ("warmińsko"): lower case,
        an adjective's adverb form ending in -sko, -cko or -zko, glued to nothing."""
        t = doc.tokens[k]
        return (
            t.is_word
            and not t.is_cap
            and t.lower.endswith(
                tuple(e[:-1] + o for e in self.w.town_adjective_ending for o in _compound_firsts(doc.lang))
            )
            and all(r.pos in ("adv", "ign") for r in doc.readings[k])
        )

    def _town_adjective(self, doc: Doc, k: int, cases: set[str]) -> str | None:
        """The nominative feminine, capitalised, of the town's adjective at k in one of `cases` ("warmińsko-
        mazurskiej" → "Warmińsko-Mazurska"); a compound's first part keeps its form."""
        text = doc.tokens[k].text
        head, _, last = text.rpartition("-")
        rs = [r for r in doc.readings[k] if r.pos == "adj" and "f" in r.genders and r.cases & cases]
        lemma = rs[0].lemma if rs else None
        if lemma is None and head:
            lemma = next(
                (
                    r.lemma
                    for r in self.morph.analyse(last)
                    if r.pos == "adj" and "f" in r.genders and r.cases & cases
                ),
                None,
            )
            lemma = lemma.rpartition("-")[2] if lemma else None
        if lemma is None:
            return None
        if not head and k > 0 and self._compound_first(doc, k - 1):
            head = doc.tokens[k - 1].text  # "warmińsko mazurskiej": a compound written with a space
        form = self.morph.inflect(lemma.rpartition("-")[2], "adj", "sg", "nom", "f")
        if not form or not form.endswith(tuple(self.w.town_adjective_ending)):
            return None  # "nowa specjalna strefa …": no town's adjective
        parts = [*(head.split("-") if head else []), form]
        name = "-".join(p[:1].upper() + p[1:] for p in parts)
        # only the adjective of a zone the gazetteer knows: "w polskiej / chińskiej specjalnej strefie
        # ekonomicznej" is a description, no zone's name
        return name if name.casefold() in _known_zone_adjectives() else None

    def _zone_adjectives(self, doc: Doc) -> None:
        """ "kielecka SSE", "w borowskiej podstrefie": a zone named by the adjective of its town."""
        toks = doc.tokens
        abbreviations = self.w.zone_abbreviation
        # the tokens written as a zone's abbreviation, found by a C map (no Python frame per token)
        found = list(compress(count(), map(abbreviations.__contains__, map(_TEXT, toks))))
        if not found:
            return
        taken = {i for m in doc.mentions for i in range(m.t0, m.t1)}
        for i in found:
            if i < 1 or i in taken or (i - 1) in taken:
                continue
            adj = [
                r for r in doc.readings[i - 1] if r.pos == "adj" and "f" in r.genders and "sg" in r.numbers
            ]
            if not adj or toks[i - 1].is_cap:
                continue
            form = self.morph.inflect(adj[0].lemma, "adj", "sg", "nom", "f")
            if form:
                m = Mention(
                    toks[i - 1].start,
                    toks[i].end,
                    i - 1,
                    i + 1,
                    "organization",
                    f"{form} {toks[i].text}",
                    "economic_zone",
                    doc.sent_of[i],
                    descriptor="town",
                )
                doc.mentions.append(m)


def _pos_of(doc: Doc, i: int, lemma: str) -> str:
    """The part of speech of the token at i read as `lemma` ("subst" or "adj")."""
    return "subst" if any(r.pos == "subst" and r.lemma == lemma for r in doc.readings[i]) else "adj"


@cache
def _known_zone_adjectives() -> frozenset[str]:
    """The town adjectives that open the names of the zones the gazetteer knows (economic_zones.tsv), case-folded:
    "katowicka", "warmińsko-mazurska"."""
    return frozenset(
        n.split()[0].casefold()
        for z in load_economic_zones()
        for n in (z.name, *z.aliases)
        if n.split() and n.split()[0][:1].isupper() and n.split()[0][1:2].islower()
    )


@cache
def _compound_firsts(lang: str) -> tuple[str, ...]:
    """The endings of a compound adjective's first part (compound_first_endings.tsv: "o" of "warmińsko")."""
    data = language_data(lang)
    return data.column("compound_first_endings") if data.has("compound_first_endings") else ()
