"""The document as read, before any analysis."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Document:
    doc_id: str
    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    lang: str | None = None


@dataclass
class ReadError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
