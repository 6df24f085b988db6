"""Name keys of session 6 (issue 14): the trailing legal forms stripped after a search of a name's last
characters give what the expression searched from every character gave, on names of our own and random ones."""

from __future__ import annotations

import random

from kooperacja.text.namekeys import _keys, _strip_document_legal, norm_name, strip_document_legal

NAMES = [
    "Nowak Okna Sp. z o.o.",
    "Nowak Okna sp.z o.o",
    "Zielona Dolina S.A.",
    "Zielona Dolina SA, GmbH",
    "Kowalski i Synowie spółka z o.o.",
    "Kowalski Spółka Akcyjna",
    "Bergmann Werkzeuge GmbH",
    "Northwind Ltd.",
    "Acme Holding Inc",
    "Alpha AG",
    "Beta SE",
    "Pisa",
    "Gamma BV",
    "Delta N.V.",
    "Orzeł a.s.",
    "Mostostal Sas",
    "Huta Zygmunt",
    "Okna sa\n",
    "Forma Plc ",
    "Agencja Rozwoju Przemysłu",
    "sa",
    "",
    "S.A.",
]


def test_strip_finds_what_the_whole_search_found() -> None:
    keys = _keys("pl")
    for name in NAMES:
        assert _strip_document_legal(keys, name) == keys.legal_document.sub("", name), repr(name)
    rng = random.Random(14)
    pieces = [
        "sp",
        "z",
        "o",
        ".",
        " ",
        ",",
        "s",
        "a",
        "gmbh",
        "ltd",
        "ag",
        "se",
        "Okna",
        "x",
        "\n",
        "bv",
        "ś",
    ]
    for _ in range(4000):
        name = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        name = "".join(c.upper() if rng.random() < 0.3 else c for c in name)
        assert _strip_document_legal(keys, name) == keys.legal_document.sub("", name), repr(name)


def test_keys_of_own_names() -> None:
    assert norm_name("Nowak Okna Sp. z o.o.") == "nowak okna"
    assert norm_name("Zielona Dolina SA, GmbH") == "zielona dolina"
    assert strip_document_legal("Kowalski Spółka Akcyjna") == "Kowalski"
    assert strip_document_legal("Huta Zygmunt") == "Huta Zygmunt"
    assert strip_document_legal("Pisa") == "Pisa"
