"""The e-mail source's "test connection": a real IMAP and SMTP session, step by step.

Each protocol is tried on its own (a broken SMTP setup does not hide a working IMAP one); each
stops at its first failing step and says which step and why, in words an administrator can act
on. Passwords never appear in a result: any text the servers send back is scrubbed of them.
Blocking network calls: run off the GUI thread.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import imaplib
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from engage_desktop.services.channels.source_types import EmailSettings
from engage_desktop.services.core.errors import ErrorCode, Message, as_message
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

DEFAULT_TIMEOUT = 10.0

STEP_LABELS = {
    "imap_connect": QT_TRANSLATE_NOOP("EmailCheck", "Connect to the IMAP server"),
    "imap_tls": QT_TRANSLATE_NOOP("EmailCheck", "Start TLS on IMAP"),
    "imap_login": QT_TRANSLATE_NOOP("EmailCheck", "Log in to IMAP"),
    "imap_mailboxes": QT_TRANSLATE_NOOP("EmailCheck", "Find the mailboxes"),
    "smtp_connect": QT_TRANSLATE_NOOP("EmailCheck", "Connect to the SMTP server"),
    "smtp_tls": QT_TRANSLATE_NOOP("EmailCheck", "Start TLS on SMTP"),
    "smtp_login": QT_TRANSLATE_NOOP("EmailCheck", "Log in to SMTP"),
}


# What each step found, in words an administrator can act on (the view translates them).
HOST_UNKNOWN = ErrorCode(
    "email_check.host_unknown",
    QT_TRANSLATE_NOOP(
        "Errors", "The host name “{host}” cannot be resolved (check its spelling and the DNS)."
    ),
)
CONNECTION_REFUSED = ErrorCode(
    "email_check.refused",
    QT_TRANSLATE_NOOP(
        "Errors", "Nothing answers on {host}:{port} (connection refused); check the port and the firewall."
    ),
)
NO_ANSWER = ErrorCode(
    "email_check.timeout",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{host}:{port} did not answer within {seconds} s; check the port, the firewall, "
        "and that the security mode (SSL/TLS or STARTTLS) matches the port.",
    ),
)
CERTIFICATE_UNTRUSTED = ErrorCode(
    "email_check.certificate_untrusted",
    QT_TRANSLATE_NOOP("Errors", "The server's certificate is not trusted ({reason})."),
)
TLS_FAILED = ErrorCode(
    "email_check.tls_failed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The TLS handshake failed ({reason}); check that the security mode (SSL/TLS or STARTTLS) "
        "matches the port.",
    ),
)
SERVER_CLOSED = ErrorCode(
    "email_check.server_closed", QT_TRANSLATE_NOOP("Errors", "The server closed the connection ({reason}).")
)
NO_REASON = ErrorCode("email_check.no_reason", QT_TRANSLATE_NOOP("Errors", "no reason given"))
NETWORK_ERROR = ErrorCode(
    "email_check.network_error", QT_TRANSLATE_NOOP("Errors", "Network error: {reason}.")
)
OTHER_ERROR = ErrorCode("email_check.other_error", QT_TRANSLATE_NOOP("Errors", "{kind}: {reason}"))
UNEXPECTED_ERROR = ErrorCode(
    "email_check.unexpected_error", QT_TRANSLATE_NOOP("Errors", "Unexpected error: {kind}: {reason}")
)
CONNECTED = ErrorCode("email_check.connected", QT_TRANSLATE_NOOP("Errors", "Connected to {host}:{port}."))
CONNECTED_SSL = ErrorCode(
    "email_check.connected_ssl", QT_TRANSLATE_NOOP("Errors", "Connected to {host}:{port} over SSL/TLS.")
)
CONNECTED_PLAIN = ErrorCode(
    "email_check.connected_plain",
    QT_TRANSLATE_NOOP("Errors", "Connected to {host}:{port} without encryption."),
)
NO_STARTTLS = ErrorCode(
    "email_check.no_starttls",
    QT_TRANSLATE_NOOP("Errors", "The server does not offer STARTTLS; choose SSL/TLS or another port."),
)
ENCRYPTED = ErrorCode(
    "email_check.encrypted", QT_TRANSLATE_NOOP("Errors", "The connection is now encrypted (STARTTLS).")
)
NO_IMAP_PASSWORD = ErrorCode(
    "email_check.no_imap_password", QT_TRANSLATE_NOOP("Errors", "No IMAP password is set.")
)
NO_SMTP_PASSWORD = ErrorCode(
    "email_check.no_smtp_password", QT_TRANSLATE_NOOP("Errors", "No SMTP password is set.")
)
NO_UTF8_LOGIN = ErrorCode(
    "email_check.no_utf8_login",
    QT_TRANSLATE_NOOP(
        "Errors", "The password has non-ASCII characters and the server offers no UTF-8 login (AUTH=PLAIN)."
    ),
)
IMAP_LOGIN_REFUSED = ErrorCode(
    "email_check.imap_login_refused",
    QT_TRANSLATE_NOOP("Errors", "The server refused the login of “{user}”: {reason}"),
)
LOGGED_IN = ErrorCode("email_check.logged_in", QT_TRANSLATE_NOOP("Errors", "Logged in as “{user}”."))
LIST_FAILED = ErrorCode(
    "email_check.list_failed", QT_TRANSLATE_NOOP("Errors", "Listing the mailboxes failed: {reason}")
)
MAILBOXES_MISSING = ErrorCode(
    "email_check.mailboxes_missing",
    QT_TRANSLATE_NOOP("Errors", "Mailbox(es) not found: {missing}. The server has: {known}."),
)
MAILBOXES_NONE = ErrorCode("email_check.mailboxes_none", QT_TRANSLATE_NOOP("Errors", "none"))
MAILBOXES_FOUND = ErrorCode("email_check.mailboxes_found", QT_TRANSLATE_NOOP("Errors", "Found {mailboxes}."))
NO_AUTH = ErrorCode(
    "email_check.no_auth",
    QT_TRANSLATE_NOOP("Errors", "The server offers no login (AUTH) on this connection."),
)
NO_AUTH_BEFORE_STARTTLS = ErrorCode(
    "email_check.no_auth_before_starttls",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server offers no login (AUTH) on this connection (many servers offer it only after STARTTLS).",
    ),
)
SMTP_LOGIN_REFUSED = ErrorCode(
    "email_check.smtp_login_refused",
    QT_TRANSLATE_NOOP("Errors", "The server refused the login of “{user}” ({code} {reason})."),
)
LOGIN_TYPE_UNSUPPORTED = ErrorCode(
    "email_check.login_type_unsupported",
    QT_TRANSLATE_NOOP("Errors", "The server does not support this login type ({reason})."),
)

_CONNECTED = {"ssl": CONNECTED_SSL, "starttls": CONNECTED, "none": CONNECTED_PLAIN}


@dataclass(frozen=True)
class CheckStep:
    key: str
    ok: bool
    detail: str  # a Message: the view shows it with message_text

    @property
    def label(self) -> str:
        return STEP_LABELS[self.key]


@dataclass(frozen=True)
class ConnectionReport:
    steps: tuple[CheckStep, ...]

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    @property
    def failures(self) -> tuple[CheckStep, ...]:
        return tuple(step for step in self.steps if not step.ok)

    def summary(self) -> str:
        if self.ok:
            return "IMAP and SMTP both work: connected, logged in and found the mailboxes."
        return " ".join(f"{step.label} failed: {step.detail}" for step in self.failures)


class _StepFailed(Exception):
    def __init__(self, key: str, detail: Message) -> None:
        super().__init__(detail)
        self.key = key
        self.detail = detail


def describe_network_error(exc: BaseException, host: str, port: int, timeout: float) -> Message:
    """A sentence for the usual ways a connection fails."""
    if isinstance(exc, socket.gaierror):
        return HOST_UNKNOWN(host=host)
    if isinstance(exc, ConnectionRefusedError):
        return CONNECTION_REFUSED(host=host, port=port)
    if isinstance(exc, TimeoutError | socket.timeout):
        return NO_ANSWER(host=host, port=port, seconds=f"{timeout:g}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CERTIFICATE_UNTRUSTED(reason=exc.verify_message or exc.reason)
    if isinstance(exc, ssl.SSLError):
        return TLS_FAILED(reason=exc.reason or str(exc))
    if isinstance(exc, smtplib.SMTPServerDisconnected | imaplib.IMAP4.abort | EOFError):
        return SERVER_CLOSED(reason=str(exc) if str(exc) else NO_REASON())
    if isinstance(exc, OSError):
        return NETWORK_ERROR(reason=exc.strerror or str(exc))
    return OTHER_ERROR(kind=type(exc).__name__, reason=str(exc))


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value)
    return str(value)


_LIST_LINE = re.compile(r'^\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.+)$')


def parse_list_names(lines: list[object]) -> set[str]:
    names = set()
    for line in lines:
        match = _LIST_LINE.match(_text(line).strip())
        if match:
            name = match["name"].strip()
            if len(name) >= 2 and name[0] == name[-1] == '"':
                name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            names.add(name)
    return names


def _check_imap(
    s: EmailSettings, password: str | None, timeout: float, context: ssl.SSLContext, steps: list[CheckStep]
) -> None:
    host, port = s.imap_host, s.imap_port
    try:
        if s.imap_tls == "ssl":
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=timeout)
        else:
            conn = imaplib.IMAP4(host, port, timeout=timeout)
    except (OSError, imaplib.IMAP4.error, EOFError) as exc:
        raise _StepFailed("imap_connect", describe_network_error(exc, host, port, timeout)) from exc
    steps.append(CheckStep("imap_connect", True, _CONNECTED[s.imap_tls](host=host, port=port)))
    try:
        if s.imap_tls == "starttls":
            try:
                conn.starttls(ssl_context=context)
            except (OSError, imaplib.IMAP4.error) as exc:
                detail = (
                    NO_STARTTLS()
                    if "STARTTLS" in str(exc) and not isinstance(exc, ssl.SSLError)
                    else describe_network_error(exc, host, port, timeout)
                )
                raise _StepFailed("imap_tls", detail) from exc
            steps.append(CheckStep("imap_tls", True, ENCRYPTED()))
        if not password:
            raise _StepFailed("imap_login", NO_IMAP_PASSWORD())
        try:
            if s.imap_auth == "cram_md5":
                conn.login_cram_md5(s.imap_username, password)
            elif _is_ascii(s.imap_username, password):
                conn.login(s.imap_username, password)
            elif "AUTH=PLAIN" in conn.capabilities:
                # LOGIN is ASCII-only; SASL PLAIN carries UTF-8 (RFC 4616).
                plain = f"\0{s.imap_username}\0{password}".encode()
                conn.authenticate("PLAIN", lambda _challenge: plain)
            else:
                raise _StepFailed("imap_login", NO_UTF8_LOGIN())
        except imaplib.IMAP4.error as exc:
            raise _StepFailed(
                "imap_login", IMAP_LOGIN_REFUSED(user=s.imap_username, reason=_text(exc.args))
            ) from exc
        except (OSError, EOFError) as exc:
            raise _StepFailed("imap_login", describe_network_error(exc, host, port, timeout)) from exc
        steps.append(CheckStep("imap_login", True, LOGGED_IN(user=s.imap_username)))
        try:
            status, data = conn.list()
        except (imaplib.IMAP4.error, OSError, EOFError) as exc:
            raise _StepFailed("imap_mailboxes", LIST_FAILED(reason=_text(exc.args))) from exc
        if status != "OK":
            raise _StepFailed("imap_mailboxes", LIST_FAILED(reason=_text(data)))
        found = parse_list_names(list(data))
        folded = {name.upper() if name.upper() == "INBOX" else name for name in found}
        missing = [m for m in s.mailboxes if (m.upper() if m.upper() == "INBOX" else m) not in folded]
        if missing:
            known: str = ", ".join(sorted(found)) or MAILBOXES_NONE()
            raise _StepFailed("imap_mailboxes", MAILBOXES_MISSING(missing=", ".join(missing), known=known))
        steps.append(CheckStep("imap_mailboxes", True, MAILBOXES_FOUND(mailboxes=", ".join(s.mailboxes))))
    finally:
        _close(conn.logout, conn.shutdown)


def _check_smtp(
    s: EmailSettings, password: str | None, timeout: float, context: ssl.SSLContext, steps: list[CheckStep]
) -> None:
    host, port = s.smtp_host, s.smtp_port
    try:
        if s.smtp_tls == "ssl":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            conn = smtplib.SMTP(host, port, timeout=timeout)
        conn.ehlo()
    except (OSError, smtplib.SMTPException) as exc:
        raise _StepFailed("smtp_connect", describe_network_error(exc, host, port, timeout)) from exc
    steps.append(CheckStep("smtp_connect", True, _CONNECTED[s.smtp_tls](host=host, port=port)))
    try:
        if s.smtp_tls == "starttls":
            if not conn.has_extn("starttls"):
                raise _StepFailed("smtp_tls", NO_STARTTLS())
            try:
                conn.starttls(context=context)
                conn.ehlo()
            except (OSError, smtplib.SMTPException) as exc:
                raise _StepFailed("smtp_tls", describe_network_error(exc, host, port, timeout)) from exc
            steps.append(CheckStep("smtp_tls", True, ENCRYPTED()))
        if s.smtp_auth == "none":
            return
        if not (conn.esmtp_features.get("auth") or "").strip():
            raise _StepFailed("smtp_login", NO_AUTH_BEFORE_STARTTLS() if s.smtp_tls == "none" else NO_AUTH())
        if not password:
            raise _StepFailed("smtp_login", NO_SMTP_PASSWORD())
        try:
            if _is_ascii(s.smtp_username, password):
                if s.smtp_auth == "cram_md5":
                    conn.user, conn.password = s.smtp_username, password
                    conn.auth("CRAM-MD5", conn.auth_cram_md5)
                else:
                    conn.login(s.smtp_username, password)
            else:
                _smtp_login_utf8(conn, s.smtp_auth, s.smtp_username, password)
        except smtplib.SMTPAuthenticationError as exc:
            raise _StepFailed(
                "smtp_login",
                SMTP_LOGIN_REFUSED(user=s.smtp_username, code=exc.smtp_code, reason=_text(exc.smtp_error)),
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise _StepFailed("smtp_login", LOGIN_TYPE_UNSUPPORTED(reason=str(exc))) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise _StepFailed("smtp_login", describe_network_error(exc, host, port, timeout)) from exc
        steps.append(CheckStep("smtp_login", True, LOGGED_IN(user=s.smtp_username)))
    finally:
        _close(conn.quit, conn.close)


def _close(polite: Callable[[], object], abrupt: Callable[[], object]) -> None:
    """The check's result is already known: say goodbye if the server still listens, else hang up."""
    try:
        polite()
    except Exception:
        with contextlib.suppress(Exception):
            abrupt()


def _is_ascii(*texts: str) -> bool:
    return all(text.isascii() for text in texts)


def _smtp_login_utf8(conn: smtplib.SMTP, auth: str, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII; speak AUTH ourselves with UTF-8 (RFC 4616 / 2195)."""
    mechanisms = (conn.esmtp_features.get("auth") or "").upper().split()
    if auth == "cram_md5":
        if "CRAM-MD5" not in mechanisms:
            raise smtplib.SMTPNotSupportedError("CRAM-MD5 is not offered")
        code, reply = conn.docmd("AUTH", "CRAM-MD5")
        if code == 334:
            digest = hmac.new(password.encode(), base64.b64decode(reply), hashlib.md5).hexdigest()
            code, reply = conn.docmd(base64.b64encode(f"{user} {digest}".encode()).decode())
    else:
        if "PLAIN" not in mechanisms:
            raise smtplib.SMTPNotSupportedError("non-ASCII passwords need AUTH PLAIN, which is not offered")
        blob = base64.b64encode(f"\0{user}\0{password}".encode()).decode()
        code, reply = conn.docmd("AUTH", f"PLAIN {blob}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


_SEQUENCE = {
    "imap": ("imap_connect", "imap_tls", "imap_login", "imap_mailboxes"),
    "smtp": ("smtp_connect", "smtp_tls", "smtp_login"),
}


def check_email_connection(
    settings: EmailSettings,
    imap_password: str | None,
    smtp_password: str | None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    ssl_context: ssl.SSLContext | None = None,
) -> ConnectionReport:
    """Try IMAP then SMTP with these settings; certificates are verified against the system's CAs."""
    context = ssl_context or ssl.create_default_context()
    steps: list[CheckStep] = []
    for check, password in ((_check_imap, imap_password), (_check_smtp, smtp_password)):
        try:
            check(settings, password, timeout, context, steps)
        except _StepFailed as failed:
            steps.append(CheckStep(failed.key, False, failed.detail))
        except Exception as exc:  # anything unforeseen is still a clear failed step, never a crash
            done = {step.key for step in steps}
            sequence = _SEQUENCE["imap" if check is _check_imap else "smtp"]
            key = next((k for k in sequence if k not in done), sequence[-1])
            steps.append(CheckStep(key, False, UNEXPECTED_ERROR(kind=type(exc).__name__, reason=str(exc))))
    secrets = [p for p in (imap_password, smtp_password) if p]
    return ConnectionReport(tuple(CheckStep(s.key, s.ok, _scrub(s.detail, secrets)) for s in steps))


def login_target(settings: EmailSettings, protocol: str) -> tuple[str, int, str, str]:
    """Where a password is sent: a saved one may go only to the target it was saved for."""
    s = settings
    if protocol == "imap":
        return (s.imap_host, s.imap_port, s.imap_username, s.imap_tls)
    return (s.smtp_host, s.smtp_port, s.smtp_username, s.smtp_tls)


def journal_details(settings: EmailSettings, report: ConnectionReport) -> dict[str, object]:
    """What the journal keeps of a connection test: where it went and how it ended, no secret."""
    details: dict[str, object] = {}
    for protocol in ("imap", "smtp"):
        host, port, username, tls = login_target(settings, protocol)
        details |= {
            f"{protocol}_host": host,
            f"{protocol}_port": port,
            f"{protocol}_username": username,
            f"{protocol}_tls": tls,
        }
    details["outcome"] = "ok" if report.ok else "failed"
    details["failed_steps"] = [step.key for step in report.failures]
    return details


def _scrub(text: str, secrets: list[str]) -> Message:
    """The servers' words sit in the parameters: a password echoed back is masked there."""
    message = as_message(text)

    def clean(value: object) -> object:
        if isinstance(value, Message) or not isinstance(value, str):
            return value
        for secret in secrets:
            value = value.replace(secret, "••••")
        return value

    params = {name: clean(value) for name, value in message.params.items()}
    return Message(message.code, message.template, params, message.plural_count)
