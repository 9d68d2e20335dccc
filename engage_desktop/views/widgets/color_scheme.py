"""Light or dark: the system's colour scheme by default, or the one chosen in View > Colour scheme.

One `ThemeController` per application follows `QStyleHints.colorScheme` (Qt 6.5+) and applies the
light or dark style sheet and palette live; the choice is kept in the settings the window uses.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

SETTINGS_KEY = "appearance/color_scheme"
_CONTROLLER = "engageThemeController"


class ColorScheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def dark_palette() -> QPalette:
    """What the sheet does not paint (message boxes, menus of the platform) in the dark colours."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#121826",
        QPalette.ColorRole.WindowText: "#E4E8F1",
        QPalette.ColorRole.Base: "#1B2232",
        QPalette.ColorRole.AlternateBase: "#1F2636",
        QPalette.ColorRole.Text: "#E4E8F1",
        QPalette.ColorRole.Button: "#1B2232",
        QPalette.ColorRole.ButtonText: "#E4E8F1",
        QPalette.ColorRole.ToolTipBase: "#2A3350",
        QPalette.ColorRole.ToolTipText: "#FFFFFF",
        QPalette.ColorRole.PlaceholderText: "#6E7790",
        QPalette.ColorRole.Highlight: "#2F6FED",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.Link: "#7AA2FF",
        QPalette.ColorRole.Mid: "#3A4560",
        QPalette.ColorRole.Dark: "#0F1524",
        QPalette.ColorRole.Light: "#2C3548",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6E7790"))
    return palette


class ThemeController(QObject):
    """Applies the scheme to the application; `changed(dark)` after each change of look."""

    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_CONTROLLER)
        self._app = app
        self._choice = ColorScheme.SYSTEM
        self._settings: QSettings | None = None
        self._dark_applied: bool | None = None
        self._system_scheme = app.styleHints().colorScheme()
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def choice(self) -> ColorScheme:
        return self._choice

    def system_is_dark(self) -> bool:
        """The scheme the system last announced (Unknown, where it says nothing, counts as light)."""
        return self._system_scheme == Qt.ColorScheme.Dark

    def is_dark(self) -> bool:
        if self._choice == ColorScheme.SYSTEM:
            return self.system_is_dark()
        return self._choice == ColorScheme.DARK

    def use_settings(self, settings: QSettings) -> None:
        """Read the remembered choice from these settings (the window's), and apply it."""
        self._settings = settings
        stored = str(settings.value(SETTINGS_KEY, ColorScheme.SYSTEM.value) or "")
        self._choice = ColorScheme(stored) if stored in set(ColorScheme) else ColorScheme.SYSTEM
        self.apply()

    def set_choice(self, choice: ColorScheme) -> None:
        self._choice = ColorScheme(choice)
        if self._settings is not None:
            self._settings.setValue(SETTINGS_KEY, self._choice.value)
            self._settings.sync()
        self.apply()

    def apply(self) -> None:
        """Set the sheet and palette of the scheme in force (nothing when it is already applied)."""
        from engage_desktop.views.widgets.theme import load_style_sheet

        dark = self.is_dark()
        if dark == self._dark_applied:
            return
        if self._dark_applied is not None or dark:  # the light look is what start-up already set
            self._app.setPalette(dark_palette() if dark else self._app.style().standardPalette())
            self._app.setStyleSheet(load_style_sheet(dark))
        self._dark_applied = dark
        self.changed.emit(dark)

    def mark_applied(self, dark: bool) -> None:
        """Start-up set this scheme's sheet itself (theme.load_style_sheet); the palette follows."""
        if dark and self._dark_applied is not True:
            self._app.setPalette(dark_palette())
        self._dark_applied = dark

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = scheme
        if self._choice == ColorScheme.SYSTEM:
            self.apply()


def theme_controller(app: QApplication | None = None) -> ThemeController:
    """The application's controller, made on first use."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert isinstance(app, QApplication)
    found = app.findChild(ThemeController, _CONTROLLER)
    return found if found is not None else ThemeController(app)


def add_color_scheme_menu(menu: QMenu, settings: QSettings, parent: QWidget) -> QMenu:
    """View > Colour scheme: System, Light, Dark (one checked), remembered in `settings`."""
    controller = theme_controller()
    controller.use_settings(settings)
    submenu = menu.addMenu(QApplication.translate("ColorScheme", "&Colour scheme"))
    submenu.setObjectName("colorSchemeMenu")
    submenu.setAccessibleName(QApplication.translate("ColorScheme", "Colour scheme"))
    submenu.menuAction().setObjectName("colorSchemeAction")
    submenu.menuAction().setToolTip(submenu.accessibleName())
    submenu.menuAction().setStatusTip(submenu.accessibleName())
    group = QActionGroup(submenu)
    group.setExclusive(True)
    texts = {
        ColorScheme.SYSTEM: QApplication.translate("ColorScheme", "&System"),
        ColorScheme.LIGHT: QApplication.translate("ColorScheme", "&Light"),
        ColorScheme.DARK: QApplication.translate("ColorScheme", "&Dark"),
    }
    for scheme, text in texts.items():
        action = QAction(text, parent)
        action.setObjectName(f"colorScheme{scheme.value.title()}Action")
        action.setCheckable(True)
        action.setChecked(controller.choice() == scheme)
        action.setStatusTip(text.replace("&", ""))
        action.triggered.connect(lambda _checked=False, s=scheme: theme_controller().set_choice(s))
        group.addAction(action)
        submenu.addAction(action)
    return submenu
