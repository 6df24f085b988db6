"""Reading documents: files, folders, JSONL, feeds; encodings; language; content hashes."""

from kooperacja.documents.hashing import content_hash
from kooperacja.documents.language import detect_language
from kooperacja.documents.model import Document, ReadError
from kooperacja.documents.readers import read_bytes, read_file, read_paths

__all__ = [
    "Document",
    "ReadError",
    "content_hash",
    "detect_language",
    "read_bytes",
    "read_file",
    "read_paths",
]
