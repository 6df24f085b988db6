"""One rule for whether two date values can be the time of one happening (text.dates.compatible_dates):
the resolver passes missing=False, the in-document merge of events missing=True."""

from __future__ import annotations

import pytest

from kooperacja.resolve.dates import compatible
from kooperacja.text.dates import compatible_dates


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2024-05-06", "2024-05-06", True),
        ("2024-05", "2024-05-06/2024-05-08", True),
        ("2024", "2024-11", True),
        ("2024-05-06", "2024-05-07", False),
        ("2023-12", "2024-12", False),
        ("2024-05-01/2024-05-10", "2024-05-08/2024-05-20", False),
    ],
)
def test_known_dates(a: str, b: str, agree: bool) -> None:
    assert compatible_dates(a, b, missing=False) is agree
    assert compatible_dates(b, a, missing=True) is agree
    assert compatible(a, b) is agree


def test_missing_is_an_explicit_choice() -> None:
    assert compatible_dates(None, "2024-05", missing=True) is True
    assert compatible_dates("2024-05", None, missing=False) is False
    assert compatible(None, "2024-05") is False


def test_overlap_lets_ranges_that_share_days_agree() -> None:
    assert compatible_dates("2024-05-01/2024-05-10", "2024-05-08/2024-05-20", missing=True, overlap=True)
    assert not compatible_dates("2024-05-01/2024-05-10", "2024-05-11/2024-05-20", missing=True, overlap=True)
