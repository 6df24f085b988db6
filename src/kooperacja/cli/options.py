"""Options that several sub-commands share."""

from __future__ import annotations

import sys


def apply_min_confidence(value: float | None) -> bool:
    """Sets the process-wide least confidence of `--min-confidence` (None: the model's own thresholds);
    False, with one line on stderr, when the value is out of range."""
    if value is None:
        return True
    from kooperacja.extract.confidence import set_min_confidence

    try:
        set_min_confidence(value)
    except ValueError as exc:
        print(f"kooperacja: --min-confidence: {exc}", file=sys.stderr)
        return False
    return True
