"""Reading documents: files, folders, JSONL, feeds; encodings; language; duplicates."""

from kooperacja.documents.model import Document, ReadError

__all__ = ["Document", "ReadError"]
