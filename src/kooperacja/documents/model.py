"""The document as read, before any analysis."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    doc_id: str
    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    lang: str | None = None
    warnings: list[str] = field(default_factory=list)
    """Problems met while reading that did not stop it (bad bytes replaced, a link dropped)."""


@dataclass
class ReadError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
