"""The password policy refuses what guessers try first: the most common passwords (with digits or
symbols around them), repeated characters and keyboard or alphabet sequences — whatever the
Security settings' length, digit and symbol rules say."""

from __future__ import annotations

import pytest

from engage_desktop.models import SecuritySettings
from engage_desktop.services.access.passwords import check_policy
from engage_desktop.services.core.errors import ValidationError


def policy() -> SecuritySettings:
    """The default policy: 10 characters, a digit, no symbol needed."""
    return SecuritySettings(password_min_length=10, password_numbers=True, password_non_word=False)


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("1111111111", "password.repetitive"),
        ("password12", "password.common"),
        ("Password2024!", "password.common"),
        ("123azerty456", "password.common"),
        ("motdepasse1", "password.common"),
        ("qwertyuiop1", "password.common"),
        ("iloveyou99", "password.common"),
        ("1234567890", "password.repetitive"),
        ("9876543210", "password.repetitive"),
        ("abcdefgh12", "password.repetitive"),
        ("Zk7aaaaq2x", "password.repetitive"),
        ("ab12ab12ab12", "password.repetitive"),
    ],
)
def test_common_and_repetitive_passwords_are_refused(password: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_policy(password, policy())
    assert caught.value.field == "password"
    assert caught.value.message.code == code


@pytest.mark.parametrize(
    "password",
    ["s3cret-Passw0rd", "Sup3r-secret-pw", "correct horse 7 battery", "Vx7#mQ2p9zLk", "n3w-Passw0rd-long"],
)
def test_good_passwords_pass(password: str) -> None:
    check_policy(password, policy())


def test_the_length_and_digit_rules_still_come_first() -> None:
    with pytest.raises(ValidationError) as caught:
        check_policy("password", policy())
    assert caught.value.message.code == "password.needs"
