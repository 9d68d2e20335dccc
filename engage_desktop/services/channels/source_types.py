"""The platform's community/source types and the type-specific settings of a content source.

Each type belongs to a family that decides its settings (a dataclass stored as JSON in
`content_sources.settings`) and its secrets (kept in the keyring only, see source_secrets.py).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any
from urllib.parse import urlsplit

from engage_desktop.services.core.errors import ErrorCode, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import (
    CONTROL_CHARACTERS,
    EMAIL_INVALID,
    EMAIL_RE,
    REQUIRED,
    TOO_LONG,
    FieldErrors,
    field_label,
    unstorable,
)

TYPE_UNKNOWN = ErrorCode(
    "channel.type_unknown", QT_TRANSLATE_NOOP("Errors", "“{key}” is not a known channel type.")
)
NOT_WHOLE = ErrorCode(
    "channel.not_whole_number", QT_TRANSLATE_NOOP("Errors", "{label} must be a whole number.")
)
NOT_BETWEEN = ErrorCode(
    "channel.not_between", QT_TRANSLATE_NOOP("Errors", "{label} must be between {low} and {high}.")
)
NOT_TEXT = ErrorCode("channel.not_text", QT_TRANSLATE_NOOP("Errors", "{label} must be text."))
NOT_A_CHOICE = ErrorCode(
    "channel.not_a_choice", QT_TRANSLATE_NOOP("Errors", "{label} must be one of: {choices}.")
)
HOST_INVALID = ErrorCode(
    "channel.host_invalid", QT_TRANSLATE_NOOP("Errors", "“{host}” is not a valid host name or IP address.")
)
MAILBOX_NEEDED = ErrorCode(
    "channel.mailbox_needed",
    QT_TRANSLATE_NOOP("Errors", "Name at least one mailbox to read (usually INBOX)."),
)
SMTP_USERNAME_NEEDED = ErrorCode(
    "channel.smtp_username_needed",
    QT_TRANSLATE_NOOP("Errors", "SMTP user name is required (or choose no SMTP login)."),
)
ENDPOINT_NOT_HTTPS = ErrorCode(
    "channel.endpoint_not_https", QT_TRANSLATE_NOOP("Errors", "Endpoint URL must be an https:// address.")
)
ENDPOINT_CREDENTIALS = ErrorCode(
    "channel.endpoint_credentials",
    QT_TRANSLATE_NOOP(
        "Errors", "Endpoint URL cannot hold a user name or password: put the API token in its field."
    ),
)
SETTINGS_NOT_OBJECT = ErrorCode(
    "channel.settings_not_object",
    QT_TRANSLATE_NOOP("Errors", "The channel's settings must be a set of names and values."),
)
SECRET_IN_SETTINGS = ErrorCode(
    "channel.secret_in_settings",
    QT_TRANSLATE_NOOP("Errors", "{label} is a secret: it is kept in the keyring, not in settings."),
)
SETTING_UNKNOWN = ErrorCode(
    "channel.setting_unknown", QT_TRANSLATE_NOOP("Errors", "“{key}” is not a setting of {type} channels.")
)

EMAIL = "email"
CHAT = "chat"
SOCIAL = "social"
SDK = "sdk"


@dataclass(frozen=True)
class SourceType:
    key: str
    label: str
    family: str
    color: str  # the type icon's colour
    account_label: str = QT_TRANSLATE_NOOP(
        "ConnectionFields", "Account id"
    )  # what `account_id` is called for this network


SOURCE_TYPES: tuple[SourceType, ...] = (
    SourceType("facebook", "Facebook", SOCIAL, "#1877F2", QT_TRANSLATE_NOOP("ConnectionFields", "Page id")),
    SourceType(
        "twitter", "X (Twitter)", SOCIAL, "#14171A", QT_TRANSLATE_NOOP("ConnectionFields", "Account handle")
    ),
    SourceType(
        "instagram",
        "Instagram",
        SOCIAL,
        "#D62976",
        QT_TRANSLATE_NOOP("ConnectionFields", "Business account id"),
    ),
    SourceType("messenger", "Messenger", SOCIAL, "#0084FF", QT_TRANSLATE_NOOP("ConnectionFields", "Page id")),
    SourceType(
        "whatsapp", "WhatsApp", SOCIAL, "#25D366", QT_TRANSLATE_NOOP("ConnectionFields", "Phone number id")
    ),
    SourceType("email", "E-mail", EMAIL, "#D35400"),
    SourceType("engage_chat", "Engage Chat", CHAT, "#2F6FED"),
    SourceType("engage_messaging", "Engage Messaging", CHAT, "#7B61FF"),
    SourceType("sms", "SMS", SOCIAL, "#16A085", QT_TRANSLATE_NOOP("ConnectionFields", "Sender number")),
    SourceType(
        "apple_messages",
        "Apple Messages",
        SOCIAL,
        "#34C759",
        QT_TRANSLATE_NOOP("ConnectionFields", "Business id"),
    ),
    SourceType(
        "google_business",
        "Google Business",
        SOCIAL,
        "#4285F4",
        QT_TRANSLATE_NOOP("ConnectionFields", "Agent id"),
    ),
    SourceType("viber", "Viber", SOCIAL, "#7360F2", QT_TRANSLATE_NOOP("ConnectionFields", "Bot account")),
    SourceType("line", "LINE", SOCIAL, "#06C755", QT_TRANSLATE_NOOP("ConnectionFields", "Channel id")),
    SourceType(
        "wechat", "WeChat", SOCIAL, "#09B83E", QT_TRANSLATE_NOOP("ConnectionFields", "Official account id")
    ),
    SourceType("youtube", "YouTube", SOCIAL, "#FF0000", QT_TRANSLATE_NOOP("ConnectionFields", "Channel id")),
    SourceType(
        "linkedin", "LinkedIn", SOCIAL, "#0A66C2", QT_TRANSLATE_NOOP("ConnectionFields", "Organisation id")
    ),
    SourceType("source_sdk", "Source SDK", SDK, "#5B6478"),
)
_BY_KEY = {t.key: t for t in SOURCE_TYPES}
TYPE_KEYS: tuple[str, ...] = tuple(_BY_KEY)

# Secrets per family: stored in the keyring, never in the database, the journal or an export.
SECRET_FIELDS: dict[str, tuple[str, ...]] = {
    EMAIL: ("imap_password", "smtp_password"),
    CHAT: (),
    SOCIAL: ("app_secret", "access_token"),
    SDK: ("api_token",),
}
SECRET_LABELS = {
    "imap_password": QT_TRANSLATE_NOOP("ConnectionFields", "IMAP password"),
    "smtp_password": QT_TRANSLATE_NOOP("ConnectionFields", "SMTP password"),
    "app_secret": QT_TRANSLATE_NOOP("ConnectionFields", "App secret"),
    "access_token": QT_TRANSLATE_NOOP("ConnectionFields", "Access token"),
    "api_token": QT_TRANSLATE_NOOP("ConnectionFields", "API token"),
}

# The same names inside error messages, where the view translates them in the "Errors" context.
SECRET_LABELS_IN_ERRORS = {
    "imap_password": QT_TRANSLATE_NOOP("Errors", "IMAP password"),
    "smtp_password": QT_TRANSLATE_NOOP("Errors", "SMTP password"),
    "app_secret": QT_TRANSLATE_NOOP("Errors", "App secret"),
    "access_token": QT_TRANSLATE_NOOP("Errors", "Access token"),
    "api_token": QT_TRANSLATE_NOOP("Errors", "API token"),
}
ACCOUNT_LABELS_IN_ERRORS = {
    "Account id": QT_TRANSLATE_NOOP("Errors", "Account id"),
    "Page id": QT_TRANSLATE_NOOP("Errors", "Page id"),
    "Account handle": QT_TRANSLATE_NOOP("Errors", "Account handle"),
    "Business account id": QT_TRANSLATE_NOOP("Errors", "Business account id"),
    "Phone number id": QT_TRANSLATE_NOOP("Errors", "Phone number id"),
    "Sender number": QT_TRANSLATE_NOOP("Errors", "Sender number"),
    "Business id": QT_TRANSLATE_NOOP("Errors", "Business id"),
    "Agent id": QT_TRANSLATE_NOOP("Errors", "Agent id"),
    "Bot account": QT_TRANSLATE_NOOP("Errors", "Bot account"),
    "Channel id": QT_TRANSLATE_NOOP("Errors", "Channel id"),
    "Official account id": QT_TRANSLATE_NOOP("Errors", "Official account id"),
    "Organisation id": QT_TRANSLATE_NOOP("Errors", "Organisation id"),
}


def secret_label(name: str) -> str:
    """A secret's name inside an error message (translated with it)."""
    return field_label(SECRET_LABELS_IN_ERRORS.get(name, name))


TLS_MODES = ("ssl", "starttls", "none")
IMAP_AUTH_TYPES = ("password", "cram_md5")
SMTP_AUTH_TYPES = ("password", "cram_md5", "none")


def source_type(key: str) -> SourceType:
    found = _BY_KEY.get(key) if isinstance(key, str) else None
    if found is None:
        raise ValidationError("type", TYPE_UNKNOWN(key=str(key)[:64]))  # cut: whatever was sent
    return found


def secret_fields(type_key: str) -> tuple[str, ...]:
    return SECRET_FIELDS[source_type(type_key).family]


def required_secrets(type_key: str, settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The secrets a source of this type cannot work without, given its settings."""
    family = source_type(type_key).family
    if family == EMAIL:
        wanted = ["imap_password"]
        if settings.get("smtp_auth") != "none":
            wanted.append("smtp_password")
        return tuple(wanted)
    if family == SOCIAL:
        return ("access_token",)
    if family == SDK:
        return ("api_token",)
    return ()


# ---- settings per family -----------------------------------------------------------------------
@dataclass(frozen=True)
class EmailSettings:
    imap_host: str = ""
    imap_port: int = 993
    imap_username: str = ""
    imap_tls: str = "ssl"
    imap_auth: str = "password"
    mailboxes: tuple[str, ...] = ("INBOX",)
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_tls: str = "starttls"
    smtp_auth: str = "password"
    from_address: str = ""
    from_name: str = ""
    thread_by_references: bool = True
    thread_by_subject: bool = False
    reopen_thread_days: int = 30


@dataclass(frozen=True)
class ChatSettings:
    web_enabled: bool = True
    ios_enabled: bool = False
    android_enabled: bool = False


@dataclass(frozen=True)
class SocialSettings:
    account_id: str = ""
    app_id: str = ""


@dataclass(frozen=True)
class SdkSettings:
    endpoint_url: str = ""


SETTINGS_CLASS: dict[str, type[EmailSettings | ChatSettings | SocialSettings | SdkSettings]] = {
    EMAIL: EmailSettings,
    CHAT: ChatSettings,
    SOCIAL: SocialSettings,
    SDK: SdkSettings,
}

_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_URL = re.compile(r"^https://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def valid_host(value: str) -> bool:
    """A DNS name (RFC 1123 labels) or an IPv4/IPv6 address."""
    if not value or len(value) > 253:
        return False
    try:
        ipaddress.ip_address(value.strip("[]"))
        return True
    except ValueError:
        pass
    labels = value.rstrip(".").split(".")
    return all(_HOST_LABEL.match(label) for label in labels) and not labels[-1].isdigit()


def _as_int(errors: FieldErrors, name: str, value: Any, label: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        errors.add(name, NOT_WHOLE(label=field_label(label)))
        return low
    try:
        number = int(str(value).strip())
    except ValueError:
        errors.add(name, NOT_WHOLE(label=field_label(label)))
        return low
    if not low <= number <= high:
        errors.add(name, NOT_BETWEEN(label=field_label(label), low=low, high=high))
    return number


def _as_text(errors: FieldErrors, name: str, value: Any, label: str, max_length: int = 255) -> str:
    if not isinstance(value, str):
        errors.add(name, NOT_TEXT(label=field_label(label)))
        return ""
    cleaned = value.strip()
    if len(cleaned) > max_length:
        errors.add(name, TOO_LONG(label=field_label(label), max_length=max_length))
    elif unstorable(cleaned):  # NUL, C0, DEL, C1, lone surrogates: no database keeps them
        errors.add(name, CONTROL_CHARACTERS(label=field_label(label)))
    return cleaned


def _as_choice(errors: FieldErrors, name: str, value: Any, label: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        errors.add(name, NOT_A_CHOICE(label=field_label(label), choices=", ".join(choices)))
        return choices[0]
    return str(value)


def _host(errors: FieldErrors, name: str, value: Any, label: str) -> str:
    host = _as_text(errors, name, value, label, 253)
    if not host:
        errors.add(name, REQUIRED(label=field_label(label)))
    elif not valid_host(host):
        errors.add(name, HOST_INVALID(host=host))
    return host


def _email_settings(errors: FieldErrors, raw: Mapping[str, Any]) -> EmailSettings:
    d = EmailSettings()
    imap_auth = _as_choice(
        errors,
        "imap_auth",
        raw.get("imap_auth", d.imap_auth),
        QT_TRANSLATE_NOOP("Errors", "IMAP login"),
        IMAP_AUTH_TYPES,
    )
    smtp_auth = _as_choice(
        errors,
        "smtp_auth",
        raw.get("smtp_auth", d.smtp_auth),
        QT_TRANSLATE_NOOP("Errors", "SMTP login"),
        SMTP_AUTH_TYPES,
    )
    mailboxes_raw = raw.get("mailboxes", d.mailboxes)
    if isinstance(mailboxes_raw, str):
        mailboxes_raw = mailboxes_raw.split(",")
    mailboxes: list[str] = []
    for item in mailboxes_raw if isinstance(mailboxes_raw, list | tuple) else []:
        box = _as_text(errors, "mailboxes", item, QT_TRANSLATE_NOOP("Errors", "Mailbox name"))
        if box and box not in mailboxes:
            mailboxes.append(box)
    if not mailboxes:
        errors.add("mailboxes", MAILBOX_NEEDED())
    imap_username = _as_text(
        errors, "imap_username", raw.get("imap_username", ""), QT_TRANSLATE_NOOP("Errors", "IMAP user name")
    )
    if not imap_username:
        errors.add(
            "imap_username",
            REQUIRED(
                label=field_label(QT_TRANSLATE_NOOP("Errors", QT_TRANSLATE_NOOP("Errors", "IMAP user name")))
            ),
        )
    smtp_username = _as_text(
        errors, "smtp_username", raw.get("smtp_username", ""), QT_TRANSLATE_NOOP("Errors", "SMTP user name")
    )
    if not smtp_username and smtp_auth != "none":
        errors.add("smtp_username", SMTP_USERNAME_NEEDED())
    from_address = _as_text(
        errors,
        "from_address",
        raw.get("from_address", ""),
        QT_TRANSLATE_NOOP("Errors", "Sender address"),
        254,
    )
    if not from_address:
        errors.add(
            "from_address",
            REQUIRED(
                label=field_label(QT_TRANSLATE_NOOP("Errors", QT_TRANSLATE_NOOP("Errors", "Sender address")))
            ),
        )
    elif not EMAIL_RE.match(from_address):
        errors.add("from_address", EMAIL_INVALID(value=from_address))
    return EmailSettings(
        imap_host=_host(
            errors, "imap_host", raw.get("imap_host", ""), QT_TRANSLATE_NOOP("Errors", "IMAP server")
        ),
        imap_port=_as_int(
            errors,
            "imap_port",
            raw.get("imap_port", d.imap_port),
            QT_TRANSLATE_NOOP("Errors", "IMAP port"),
            1,
            65535,
        ),
        imap_username=imap_username,
        imap_tls=_as_choice(
            errors,
            "imap_tls",
            raw.get("imap_tls", d.imap_tls),
            QT_TRANSLATE_NOOP("Errors", "IMAP security"),
            TLS_MODES,
        ),
        imap_auth=imap_auth,
        mailboxes=tuple(mailboxes),
        smtp_host=_host(
            errors, "smtp_host", raw.get("smtp_host", ""), QT_TRANSLATE_NOOP("Errors", "SMTP server")
        ),
        smtp_port=_as_int(
            errors,
            "smtp_port",
            raw.get("smtp_port", d.smtp_port),
            QT_TRANSLATE_NOOP("Errors", "SMTP port"),
            1,
            65535,
        ),
        smtp_username=smtp_username,
        smtp_tls=_as_choice(
            errors,
            "smtp_tls",
            raw.get("smtp_tls", d.smtp_tls),
            QT_TRANSLATE_NOOP("Errors", "SMTP security"),
            TLS_MODES,
        ),
        smtp_auth=smtp_auth,
        from_address=from_address,
        from_name=_as_text(
            errors, "from_name", raw.get("from_name", ""), QT_TRANSLATE_NOOP("Errors", "Sender name"), 120
        ),
        thread_by_references=bool(raw.get("thread_by_references", d.thread_by_references)),
        thread_by_subject=bool(raw.get("thread_by_subject", d.thread_by_subject)),
        reopen_thread_days=_as_int(
            errors,
            "reopen_thread_days",
            raw.get("reopen_thread_days", d.reopen_thread_days),
            QT_TRANSLATE_NOOP("Errors", "Days"),
            0,
            3650,
        ),
    )


def _chat_settings(errors: FieldErrors, raw: Mapping[str, Any]) -> ChatSettings:
    d = ChatSettings()
    return ChatSettings(
        web_enabled=bool(raw.get("web_enabled", d.web_enabled)),
        ios_enabled=bool(raw.get("ios_enabled", d.ios_enabled)),
        android_enabled=bool(raw.get("android_enabled", d.android_enabled)),
    )


def _social_settings(errors: FieldErrors, raw: Mapping[str, Any], kind: SourceType) -> SocialSettings:
    account_label = ACCOUNT_LABELS_IN_ERRORS.get(kind.account_label, kind.account_label)
    account_id = _as_text(errors, "account_id", raw.get("account_id", ""), account_label)
    if not account_id:
        errors.add("account_id", REQUIRED(label=field_label(account_label)))
    return SocialSettings(
        account_id=account_id,
        app_id=_as_text(errors, "app_id", raw.get("app_id", ""), QT_TRANSLATE_NOOP("Errors", "App id")),
    )


def _sdk_settings(errors: FieldErrors, raw: Mapping[str, Any]) -> SdkSettings:
    url = _as_text(
        errors, "endpoint_url", raw.get("endpoint_url", ""), QT_TRANSLATE_NOOP("Errors", "Endpoint URL"), 1000
    )
    if not _URL.match(url) or _has_credentials(url) is None:
        errors.add("endpoint_url", ENDPOINT_NOT_HTTPS())
    elif _has_credentials(url):  # a secret in the URL would reach the database and the journal
        errors.add("endpoint_url", ENDPOINT_CREDENTIALS())
    return SdkSettings(endpoint_url=url)


def _has_credentials(url: str) -> bool | None:
    """None when the URL cannot be split (an unbalanced IPv6 bracket, say)."""
    try:
        return "@" in urlsplit(url).netloc
    except ValueError:
        return None


def validate_settings(type_key: str, raw: Mapping[str, Any], errors: FieldErrors) -> dict[str, Any]:
    """The settings of this type, checked and with defaults, as the JSON the row stores.

    Unknown keys are refused (a secret put here by mistake would otherwise reach the database).
    """
    kind = source_type(type_key)
    if not isinstance(raw, Mapping):
        errors.add("settings", SETTINGS_NOT_OBJECT())
        raw = {}
    cls = SETTINGS_CLASS[kind.family]
    known = {f.name for f in fields(cls)}
    for key in raw:
        if key in SECRET_LABELS:
            errors.add(key, SECRET_IN_SETTINGS(label=secret_label(key)))
        elif key not in known:  # named as text, cut: the key is whatever the caller sent
            errors.add(str(key)[:64], SETTING_UNKNOWN(key=str(key)[:64], type=kind.label))
    parsed: EmailSettings | ChatSettings | SocialSettings | SdkSettings
    if kind.family == EMAIL:
        parsed = _email_settings(errors, raw)
    elif kind.family == CHAT:
        parsed = _chat_settings(errors, raw)
    elif kind.family == SOCIAL:
        parsed = _social_settings(errors, raw, kind)
    else:
        parsed = _sdk_settings(errors, raw)
    result = asdict(parsed)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in result.items()}


def email_settings(stored: Mapping[str, Any]) -> EmailSettings:
    """Stored JSON back to the dataclass (for the connection check)."""
    names = {f.name for f in fields(EmailSettings)}
    values = {k: v for k, v in stored.items() if k in names}
    if "mailboxes" in values:
        values["mailboxes"] = tuple(values["mailboxes"])
    return EmailSettings(**values)
