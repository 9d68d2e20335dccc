"""Settings › Security: password policy, sessions and lock-out, API token IP ranges, browser options.

A change that affects the administrator's own access comes back from the service as a warning;
the page asks before sending it again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.security import SecurityForm, SecurityWarning
from engage_desktop.views.settings.settings_form_page import SettingsFormPage
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.messages import message_text


class SecurityPage(SettingsFormPage):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Security"),
            self.tr(
                "Rules for passwords, sessions and API access. Changes apply at the next sign-in or "
                "password change and are written to the audit journal."
            ),
            parent,
        )
        self.session = session
        self.version: int | None = None
        passwords = self.add_group(self.tr("Passwords"))
        self.min_length = passwords.add_field(
            "password_min_length",
            self.tr("Minimum length"),
            self.spin("minLength", 8, 128, self.tr(" characters")),
        )
        self.numbers = passwords.add_field(
            "password_numbers", "", self.check("numbers", self.tr("Require a digit"))
        )
        self.non_word = passwords.add_field(
            "password_non_word",
            "",
            self.check("nonWord", self.tr("Require a symbol (not a letter or digit)")),
        )
        self.expire = passwords.add_field(
            "expire_password_enabled", "", self.check("expire", self.tr("Passwords expire"))
        )
        self.expire_after = passwords.add_field(
            "expire_password_after",
            self.tr("Expire after"),
            self.spin("expireAfter", 1, 3650, self.tr(" days")),
        )
        self.history = passwords.add_field(
            "password_archivable_enabled",
            "",
            self.check("history", self.tr("Refuse recently used passwords")),
        )
        self.history_size = passwords.add_field(
            "password_archivable_size",
            self.tr("Remember the last"),
            self.spin("historySize", 1, 24, self.tr(" passwords")),
            self.tr("Only one-way hashes of old passwords are kept."),
        )
        self.recovery_off = passwords.add_field(
            "password_recovery_disabled",
            "",
            self.check("recoveryOff", self.tr("Turn off password recovery by e-mail")),
        )
        sessions = self.add_group(self.tr("Sessions and sign-in"))
        self.timeout = sessions.add_field(
            "session_timeout",
            self.tr("Lock the console after"),
            self.spin("sessionTimeout", 0, 1440, self.tr(" minutes without activity"), self.tr("Never")),
            self.tr("The console then asks for the password again."),
        )
        self.attempts = sessions.add_field(
            "lockout_attempts",
            self.tr("Lock an account after"),
            self.spin("lockoutAttempts", 0, 100, self.tr(" failed sign-ins"), self.tr("Never")),
        )
        self.lock_minutes = sessions.add_field(
            "lockout_minutes",
            self.tr("Locked for"),
            self.spin("lockoutMinutes", 1, 1440, self.tr(" minutes")),
        )
        api = self.add_group(self.tr("API access"))
        self.ip_ranges = QPlainTextEdit()
        self.ip_ranges.setObjectName("ipRangesEdit")
        self.ip_ranges.setAccessibleName(self.tr("Allowed IP ranges"))
        self.ip_ranges.setPlaceholderText(
            self.tr("Any address. Or one per line: 10.0.0.0/8, 192.168.1.20, 2001:db8::/32")
        )
        self.ip_ranges.setFixedHeight(80)
        api.add_field(
            "api_allowed_ip_ranges",
            self.tr("Allowed IP ranges"),
            self.ip_ranges,
            self.tr("API access tokens work only from these addresses."),
        )
        browser = self.add_group(self.tr("Web clients"))
        self.no_autocomplete = browser.add_field(
            "disable_password_autocomplete",
            "",
            self.check("noAutocomplete", self.tr("Ask browsers not to remember passwords")),
        )
        self.deny_iframe = browser.add_field(
            "deny_iframe_integration",
            "",
            self.check("denyIframe", self.tr("Refuse to be shown inside other sites (iframes)")),
        )
        self.finish()
        self.expire.toggled.connect(self.expire_after.setEnabled)
        self.history.toggled.connect(self.history_size.setEnabled)
        self.load()

    def load(self) -> None:
        detail = self.submit(self.session.settings.security.get_security_settings)
        if detail is None:
            return
        self.version = detail.version
        form: SecurityForm = detail.form
        self.min_length.setValue(form.password_min_length)
        self.numbers.setChecked(form.password_numbers)
        self.non_word.setChecked(form.password_non_word)
        self.expire.setChecked(form.expire_password_enabled)
        self.expire_after.setValue(form.expire_password_after)
        self.expire_after.setEnabled(form.expire_password_enabled)
        self.history.setChecked(form.password_archivable_enabled)
        self.history_size.setValue(form.password_archivable_size)
        self.history_size.setEnabled(form.password_archivable_enabled)
        self.recovery_off.setChecked(form.password_recovery_disabled)
        self.timeout.setValue(form.session_timeout)
        self.attempts.setValue(form.lockout_attempts)
        self.lock_minutes.setValue(form.lockout_minutes)
        self.ip_ranges.setPlainText("\n".join(form.api_allowed_ip_ranges))
        self.no_autocomplete.setChecked(form.disable_password_autocomplete)
        self.deny_iframe.setChecked(form.deny_iframe_integration)

    def form_values(self) -> SecurityForm:
        return SecurityForm(
            password_min_length=self.min_length.value(),
            password_numbers=self.numbers.isChecked(),
            password_non_word=self.non_word.isChecked(),
            expire_password_enabled=self.expire.isChecked(),
            expire_password_after=self.expire_after.value(),
            password_archivable_enabled=self.history.isChecked(),
            password_archivable_size=self.history_size.value(),
            password_recovery_disabled=self.recovery_off.isChecked(),
            session_timeout=self.timeout.value(),
            lockout_attempts=self.attempts.value(),
            lockout_minutes=self.lock_minutes.value(),
            disable_password_autocomplete=self.no_autocomplete.isChecked(),
            deny_iframe_integration=self.deny_iframe.isChecked(),
            api_allowed_ip_ranges=tuple(line.strip() for line in self.ip_ranges.toPlainText().splitlines()),
        )

    def save(self) -> None:
        service, form, version = self.session.settings.security, self.form_values(), self.version
        warning: list[SecurityWarning] = []

        def attempt(acknowledged: bool) -> object:
            try:
                return service.update_security_settings(form, version=version, acknowledged=acknowledged)
            except SecurityWarning as exc:
                warning.append(exc)
                return None

        saved = self.submit(lambda: attempt(False))
        if saved is None and warning:
            details = "\n".join("• " + message_text(w) for w in warning[0].warnings)
            if not confirm_destructive(
                self,
                self.tr("Confirm security change"),
                self.tr("This change affects your own access:"),
                self.tr("Save anyway"),
                details,
            ):
                return
            saved = self.submit(lambda: attempt(True))
        if saved is not None:
            self.load()
            self.status_label.setText(self.tr("Saved."))
