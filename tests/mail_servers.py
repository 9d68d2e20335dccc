"""Real mail servers on 127.0.0.1 for the e-mail "test connection" tests.

SMTP is aiosmtpd (with LOGIN, PLAIN and CRAM-MD5 logins). IMAP is a small IMAP4rev1 server written
here on socketserver: greeting, CAPABILITY, STARTTLS, LOGIN, AUTHENTICATE CRAM-MD5, LIST, NOOP,
LOGOUT — what a client needs to prove it can connect, log in and find its mailboxes. Both speak
plain TCP, implicit TLS or STARTTLS with a throwaway certificate made by `make_certificate`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import socket
import socketserver
import ssl
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from ipaddress import IPv4Address
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificate:
    certfile: Path
    keyfile: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.certfile, self.keyfile)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A client that trusts this certificate (and checks the host name as usual)."""
        return ssl.create_default_context(cafile=str(self.certfile))


def make_certificate(folder: Path) -> Certificate:
    """A self-signed certificate for localhost and 127.0.0.1, valid for a day."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(IPv4Address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = folder / "cert.pem", folder / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return Certificate(certfile, keyfile)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cram_md5_ok(password: str, challenge: bytes, response: bytes) -> tuple[str, bool]:
    user, _, digest = response.decode("utf-8", "replace").rpartition(" ")
    expected = hmac.new(password.encode(), challenge, hashlib.md5).hexdigest()
    return user, hmac.compare_digest(expected, digest)


# ---- IMAP ------------------------------------------------------------------------------------------
def _imap_strings(text: str) -> list[str]:
    """Atoms and quoted strings of an IMAP command line."""
    result, i = [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
        elif text[i] == '"':
            i += 1
            chars = []
            while i < len(text) and text[i] != '"':
                if text[i] == "\\" and i + 1 < len(text):
                    i += 1
                chars.append(text[i])
                i += 1
            result.append("".join(chars))
            i += 1
        else:
            end = text.find(" ", i)
            end = len(text) if end < 0 else end
            result.append(text[i:end])
            i = end
    return result


@dataclass
class ImapServer:
    users: dict[str, str]
    mode: str = "none"  # none | ssl | starttls (STARTTLS offered and required before a login)
    certificate: Certificate | None = None
    mailboxes: tuple[str, ...] = ("INBOX", "Sent", "Support Requests")
    port: int = 0
    logins: list[str] = field(default_factory=list)
    _server: socketserver.ThreadingTCPServer | None = None

    def __enter__(self) -> ImapServer:
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def setup(self) -> None:
                self.tls = False
                if outer.mode == "ssl":
                    assert outer.certificate is not None
                    self.request = outer.certificate.server_context().wrap_socket(
                        self.request, server_side=True
                    )
                    self.tls = True
                super().setup()

            def send(self, line: str) -> None:
                self.wfile.write(line.encode("utf-8") + b"\r\n")
                self.wfile.flush()

            def capabilities(self) -> str:
                caps = "IMAP4rev1 AUTH=CRAM-MD5 AUTH=PLAIN"
                if outer.mode == "starttls" and not self.tls:
                    caps += " STARTTLS LOGINDISABLED"
                return caps

            def handle(self) -> None:
                self.user: str | None = None
                self.send(f"* OK [CAPABILITY {self.capabilities()}] Engage test IMAP ready")
                while True:
                    raw = self.rfile.readline(65536)
                    if not raw:
                        return
                    line = raw.decode("utf-8", "replace").rstrip("\r\n")
                    tag, _, rest = line.partition(" ")
                    command, _, args = rest.partition(" ")
                    if not self.dispatch(tag, command.upper(), args):
                        return

            def dispatch(self, tag: str, command: str, args: str) -> bool:
                if command == "CAPABILITY":
                    self.send(f"* CAPABILITY {self.capabilities()}")
                    self.send(f"{tag} OK CAPABILITY completed")
                elif command == "NOOP":
                    self.send(f"{tag} OK NOOP completed")
                elif command == "LOGOUT":
                    self.send("* BYE see you")
                    self.send(f"{tag} OK LOGOUT completed")
                    return False
                elif command == "STARTTLS" and outer.mode == "starttls" and not self.tls:
                    assert outer.certificate is not None
                    self.send(f"{tag} OK Begin TLS negotiation now")
                    self.request = outer.certificate.server_context().wrap_socket(
                        self.request, server_side=True
                    )
                    self.tls = True
                    self.rfile = self.request.makefile("rb")
                    self.wfile = self.request.makefile("wb")
                elif command in ("LOGIN", "AUTHENTICATE") and outer.mode == "starttls" and not self.tls:
                    self.send(f"{tag} NO [PRIVACYREQUIRED] Use STARTTLS first")
                elif command == "LOGIN":
                    parts = _imap_strings(args)
                    if len(parts) == 2 and outer.users.get(parts[0]) == parts[1]:
                        self.user = parts[0]
                        outer.logins.append(f"LOGIN {parts[0]}")
                        self.send(f"{tag} OK LOGIN completed")
                    else:
                        self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)")
                elif command == "AUTHENTICATE" and args.upper() == "CRAM-MD5":
                    challenge = f"<{secrets.token_hex(8)}@engage-test>".encode()
                    self.send("+ " + base64.b64encode(challenge).decode())
                    response = base64.b64decode(self.rfile.readline().strip() or b"")
                    user, _, _ = response.decode("utf-8", "replace").rpartition(" ")
                    password = outer.users.get(user)
                    if password is not None and cram_md5_ok(password, challenge, response)[1]:
                        self.user = user
                        outer.logins.append(f"CRAM-MD5 {user}")
                        self.send(f"{tag} OK AUTHENTICATE completed")
                    else:
                        self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)")
                elif command == "AUTHENTICATE" and args.upper() == "PLAIN":
                    self.send("+ ")
                    blob = base64.b64decode(self.rfile.readline().strip() or b"")
                    _, user, password = blob.decode("utf-8", "replace").split("\0", 2)
                    if outer.users.get(user) == password:
                        self.user = user
                        outer.logins.append(f"PLAIN {user}")
                        self.send(f"{tag} OK AUTHENTICATE completed")
                    else:
                        self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)")
                elif command == "LIST" and self.user:
                    for name in outer.mailboxes:
                        self.send(f'* LIST (\\HasNoChildren) "/" "{name}"')
                    self.send(f"{tag} OK LIST completed")
                else:
                    self.send(f"{tag} BAD Command not understood in this state")
                return True

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


# ---- SMTP ------------------------------------------------------------------------------------------
class _SmtpHandler:
    def __init__(self, users: dict[str, str], logins: list[str]) -> None:
        self.users = users
        self.logins = logins

    async def auth_CRAM__MD5(self, server: SMTP, args: list[str]) -> AuthResult:
        challenge = f"<{secrets.token_hex(8)}@engage-test>".encode()
        response = await server.challenge_auth(challenge)
        if not isinstance(response, bytes):
            return AuthResult(success=False)
        user, _, _ = response.decode("utf-8", "replace").rpartition(" ")
        password = self.users.get(user)
        if password is not None and cram_md5_ok(password, challenge, response)[1]:
            self.logins.append(f"CRAM-MD5 {user}")
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 OK"


@dataclass
class SmtpServer:
    users: dict[str, str]
    mode: str = "none"  # none | ssl | starttls (then AUTH only after STARTTLS)
    certificate: Certificate | None = None
    offer_auth: bool = True
    port: int = 0
    logins: list[str] = field(default_factory=list)
    _controller: Controller | None = None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            user, password = data.login.decode(), data.password.decode()
            if self.users.get(user) == password:
                self.logins.append(f"{mechanism} {user}")
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def __enter__(self) -> SmtpServer:
        self.port = free_port()
        kwargs: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "port": self.port,
            "authenticator": self._authenticate,
            "auth_require_tls": self.mode == "starttls",
            "server_hostname": "localhost",
        }
        if not self.offer_auth:
            kwargs["auth_exclude_mechanism"] = ["LOGIN", "PLAIN", "CRAM-MD5"]
        if self.mode == "ssl":
            assert self.certificate is not None
            kwargs["ssl_context"] = self.certificate.server_context()
        elif self.mode == "starttls":
            assert self.certificate is not None
            kwargs["tls_context"] = self.certificate.server_context()
        self._controller = Controller(_SmtpHandler(self.users, self.logins), **kwargs)
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._controller is not None
        self._controller.stop()
