"""The one rare row that no test sentence held at the end of s13 (tools/untested_rows.py): `name_cues metropolia |
place_unit`. A unit's head that closes its chunk ("Borowska Metropolia", the adjective of the place before it) names
the place, not an organisation; "Metropolia Borowska" (the head, then the name) is the union of towns, an
organisation (org_heads metropolia). The method of tests/extract/test_rare_rows_s12.py; every sentence is our own."""

from __future__ import annotations

from pathlib import Path

from .test_rare_rows_s12 import _effect, _orgs, _record, data_root

__all__ = ["data_root"]  # the fixture, used by name


def test_a_unit_head_closing_its_name_names_the_place(data_root: Path) -> None:
    text = "Borowska Metropolia przyciąga inwestorów z Azji, a firma Alfatex otworzy tam biuro."
    with_row, without = _effect(data_root, "name_cues", "metropolia", "place_unit", text, _orgs)
    assert "Borowska Metropolia" not in with_row and "Alfatex" in with_row
    assert "Borowska Metropolia" in without  # without the row the head makes it an organisation


def test_guard_the_head_before_the_name_is_the_organisation() -> None:
    rec = _record(
        "W piątek Metropolia Borowska podpisała umowę z firmą Alfatex o budowie węzła przesiadkowego."
    )
    assert {"Metropolia Borowska", "Alfatex"} <= _orgs(rec)
