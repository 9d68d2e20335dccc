"""Password hashing (argon2) and the policy of Security settings.

Beyond the settings' length, digit and symbol rules, every password is refused when it is one of
the most common passwords (a short list shipped here, no download; compared without case and
without the digits and symbols people add around it: "Password2024!" is "password"), or when it
is mostly repetition: a run of four identical characters, five characters in alphabet or digit
order ("abcde", "54321"), or one short pattern repeated ("ab12ab12").
"""

from __future__ import annotations

import re
from itertools import pairwise

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from engage_desktop.models import SecuritySettings
from engage_desktop.services.core.errors import ErrorCode, Message, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication

_hasher = PasswordHasher()

PASSWORD_NEEDS = ErrorCode(
    "password.needs", QT_TRANSLATE_NOOP("Errors", "The password needs {requirements}.")
)
NEEDS_LENGTH = ErrorCode(
    "password.needs_length",
    QCoreApplication.translate("Errors", "at least %n characters", None, 0),
    plural="count",
)
NEEDS_DIGIT = ErrorCode("password.needs_digit", QT_TRANSLATE_NOOP("Errors", "a digit"))
NEEDS_SYMBOL = ErrorCode(
    "password.needs_symbol", QT_TRANSLATE_NOOP("Errors", "a symbol (not a letter or digit)")
)
PASSWORD_COMMON = ErrorCode(
    "password.common",
    QT_TRANSLATE_NOOP(
        "Errors", "This password is one of the most common ones, which are tried first; choose another."
    ),
)
PASSWORD_REPETITIVE = ErrorCode(
    "password.repetitive",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This password is too easy to guess: avoid repeated characters, sequences such as "
        "“12345” or “abcde” and repeated patterns.",
    ),
)

# The most used passwords of public leak studies (English and French), without the digits and
# symbols around them: those are stripped before comparing.
COMMON_PASSWORDS = frozenset(
    """
    password passwort passw0rd p@ssword p@ssw0rd pass motdepasse mdp qwerty qwertz azerty
    qwertyuiop azertyuiop asdfgh asdfghjkl azertyui qsdfgh qsdfghjklm wxcvbn zxcvbn zxcvbnm
    qazwsx qwer qwert asdf zaq xsw admin administrator administrateur root user utilisateur
    login welcome bienvenue letmein changeme secret default guest test tester demo master
    iloveyou jetaime loveme love lovely monkey dragon football soccer baseball basketball hockey
    superman batman spiderman starwars pokemon princess princesse sunshine shadow hunter ranger
    freedom whatever trustno michael jennifer jordan charlie thomas daniel nicolas julien
    camille marseille paris france bonjour soleil doudou chouchou loulou chocolat coucou
    tigger summer winter spring autumn hiver printemps automne flower hello hottie killer
    maggie buster ginger cookie cheese pepper orange banana apple computer internet
    samsung google facebook linkedin twitter yahoo hotmail microsoft windows
    mustang harley corvette ferrari porsche mercedes matrix access career engage
    engagedesktop omnichannel support service office company business
    """.split()
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s", "7": "t"})
_AROUND = re.compile(r"^[\W\d_]+|[\W\d_]+$")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_policy(password: str, policy: SecuritySettings, field: str = "password") -> None:
    problems: list[Message] = []
    password = password if isinstance(password, str) else ""  # not text: as weak as no password
    if len(password) < policy.password_min_length:
        problems.append(NEEDS_LENGTH(count=policy.password_min_length))
    if policy.password_numbers and not re.search(r"\d", password):
        problems.append(NEEDS_DIGIT())
    if policy.password_non_word and not re.search(r"[^\w\s]", password):
        problems.append(NEEDS_SYMBOL())
    if problems:
        raise ValidationError(field, PASSWORD_NEEDS(requirements=_listed(problems)))
    if is_common_password(password):
        raise ValidationError(field, PASSWORD_COMMON())
    if is_repetitive_password(password):
        raise ValidationError(field, PASSWORD_REPETITIVE())


def is_common_password(password: str) -> bool:
    """In the list once case, leetspeak and the digits and symbols around it are set aside."""
    folded = password.casefold().strip()
    base = _AROUND.sub("", folded)
    candidates = {folded, base, folded.translate(_LEET), _AROUND.sub("", folded.translate(_LEET))}
    return any(c in COMMON_PASSWORDS for c in candidates if c)


def is_repetitive_password(password: str) -> bool:
    """Four identical characters in a row, five in alphabet or digit order, or a repeated pattern."""
    text = password.casefold()
    run = step_run = 1
    step = 0
    for previous, current in pairwise(text):
        run = run + 1 if current == previous else 1
        difference = ord(current) - ord(previous)
        in_order = current.isalnum() and previous.isalnum() and difference in (1, -1)
        step_run = step_run + 1 if in_order and difference == step else (2 if in_order else 1)
        step = difference if in_order else 0
        if run >= 4 or step_run >= 5:
            return True
    size = len(text)
    return any(size % unit == 0 and text == text[:unit] * (size // unit) for unit in range(1, size // 2 + 1))


def _listed(parts: list[Message]) -> Message:
    """Each part stays a Message, so the view translates every one of them."""
    names = [f"p{i}" for i in range(len(parts))]
    return Message("list", ", ".join("{" + n + "}" for n in names), dict(zip(names, parts, strict=True)))
