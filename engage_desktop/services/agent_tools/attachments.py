"""Files attached to a reply-assistant version: at most MAX_ATTACHMENT_BYTES, of an allowed type
whose content matches its name (a `.pdf` must start like a PDF), stored in the database with their
SHA-256 so an export or a later check can prove the bytes did not change."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import PurePath

from engage_desktop.services.core.errors import ErrorCode, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import unstorable

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENTS = 10

# MIME type: the first bytes its files start with (None: text, checked as UTF-8).
SIGNATURES: dict[str, tuple[bytes, ...] | None] = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "application/pdf": (b"%PDF-",),
    "application/zip": (b"PK\x03\x04",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (b"PK\x03\x04",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (b"PK\x03\x04",),
    "text/plain": None,
    "text/csv": None,
}

ATTACHMENT_TOO_BIG = ErrorCode(
    "reply_assistant.attachment_too_big",
    QT_TRANSLATE_NOOP("Errors", "“{name}” is {size} bytes; an attachment is at most {limit} bytes."),
)
ATTACHMENT_EMPTY = ErrorCode(
    "reply_assistant.attachment_empty", QT_TRANSLATE_NOOP("Errors", "“{name}” is empty.")
)
ATTACHMENT_TYPE = ErrorCode(
    "reply_assistant.attachment_type",
    QT_TRANSLATE_NOOP(
        "Errors", "“{name}”: this kind of file cannot be attached (images, PDF, text, CSV, Word, Excel, zip)."
    ),
)
ATTACHMENT_MISMATCH = ErrorCode(
    "reply_assistant.attachment_mismatch",
    QT_TRANSLATE_NOOP("Errors", "“{name}” does not contain what its name says ({mime_type})."),
)
ATTACHMENT_NAME = ErrorCode(
    "reply_assistant.attachment_name",
    QT_TRANSLATE_NOOP(
        "Errors", "An attachment needs a file name of at most 255 characters, without control characters."
    ),
)
TOO_MANY_ATTACHMENTS = ErrorCode(
    "reply_assistant.too_many_attachments",
    QT_TRANSLATE_NOOP("Errors", "A version has at most {limit} attachments."),
)


@dataclass(frozen=True)
class CheckedFile:
    filename: str
    mime_type: str
    size: int
    sha256: str
    data: bytes


def check_attachment(filename: str, data: bytes) -> CheckedFile:
    """Refuses a file that is too big, empty, of a type not allowed, or not what its name says."""
    name = PurePath(filename).name if isinstance(filename, str) else ""
    if not name or len(name) > 255 or unstorable(name):
        raise ValidationError("attachments", ATTACHMENT_NAME())
    if not isinstance(data, bytes | bytearray) or not data:
        raise ValidationError("attachments", ATTACHMENT_EMPTY(name=name))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "attachments", ATTACHMENT_TOO_BIG(name=name, size=len(data), limit=MAX_ATTACHMENT_BYTES)
        )
    mime_type = mimetypes.guess_type(name, strict=False)[0] or ""
    if mime_type not in SIGNATURES:
        raise ValidationError("attachments", ATTACHMENT_TYPE(name=name))
    if not _content_matches(mime_type, bytes(data)):
        raise ValidationError("attachments", ATTACHMENT_MISMATCH(name=name, mime_type=mime_type))
    return CheckedFile(name, mime_type, len(data), hashlib.sha256(data).hexdigest(), bytes(data))


def _content_matches(mime_type: str, data: bytes) -> bool:
    starts = SIGNATURES[mime_type]
    if starts is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return False
        return "\x00" not in text
    return data.startswith(starts)


def human_size(size: int) -> str:
    """1.2 MB, 830 KB, 12 B: for lists (units are the same in every language we ship)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"
