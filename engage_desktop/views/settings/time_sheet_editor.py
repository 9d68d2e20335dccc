"""Settings › Business hours: the time-sheet editor — hours per weekday, holidays, zone — with a
live week preview and an "is it open at …?" check computed from what is typed (nothing saved)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.business_hours import (
    WEEKDAYS,
    BusinessCalendar,
    Holiday,
    HoursFormatError,
    NeverOpen,
    zone_names,
)
from engage_desktop.services.settings.holiday_import import parse_holidays
from engage_desktop.services.settings.time_sheets import TimeSheetDetail, TimeSheetForm, TimeSheetRow
from engage_desktop.views.settings.week_preview import WeekPreview
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.versioned_save import save_with_version


def holidays_text(holidays: tuple[Holiday, ...]) -> str:
    return "\n".join(f"{h.day.isoformat()},{h.name}" for h in holidays)


class TimeSheetDialog(FormDialog):
    """Create (row None) or edit a time sheet."""

    def __init__(self, session: AppSession, row: TimeSheetRow | None, parent: QWidget | None = None) -> None:
        service = session.settings.time_sheets
        current: TimeSheetDetail | None = service.get_time_sheet(row.id) if row is not None else None
        super().__init__(parent)
        self.setObjectName("timeSheetEditor")
        self.session = session
        self.sheet_id = current.id if current else None
        self.version = current.version if current else None
        self.setWindowTitle(
            self.tr("Edit time sheet “%1”").replace("%1", current.label)
            if current
            else self.tr("New time sheet")
        )
        self.label_edit = QLineEdit(current.label if current else "")
        self.label_edit.setObjectName("timeSheetLabelEdit")
        self.label_edit.setMaxLength(120)
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("timeSheetZoneCombo")
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(zone_names())
        self.zone_combo.setCurrentText(current.timezone if current else "UTC")
        self.zone_combo.setAccessibleName(self.tr("Time zone"))
        completer = QCompleter(zone_names(), self.zone_combo)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.zone_combo.setCompleter(completer)
        self.active_check = QCheckBox(self.tr("Active (sources use it)"))
        self.active_check.setObjectName("timeSheetActiveCheck")
        self.active_check.setChecked(current.active if current else True)
        self.form.add_field("label", self.tr("Label"), self.label_edit)
        self.form.add_field("timezone", self.tr("Time zone"), self.zone_combo)
        self.form.add_field("active", "", self.active_check)
        day_titles = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        self.day_edits: dict[str, QLineEdit] = {}
        for day, title in zip(WEEKDAYS, day_titles, strict=True):
            edit = QLineEdit(
                current.hours.get(day, "")
                if current
                else ("0900-1800" if day not in {"saturday", "sunday"} else "")
            )
            edit.setObjectName(f"{day}HoursEdit")
            edit.setPlaceholderText(self.tr("closed — or e.g. 0900-1230,1400-1800"))
            edit.setAccessibleName(self.tr("%1 hours").replace("%1", title))
            edit.textChanged.connect(self.refresh_preview)
            self.day_edits[day] = edit
            self.form.add_field(day, title, edit)
        self.holidays_edit = QPlainTextEdit(holidays_text(current.holidays) if current else "")
        self.holidays_edit.setObjectName("holidaysEdit")
        self.holidays_edit.setAccessibleName(self.tr("Holidays"))
        self.holidays_edit.setPlaceholderText(self.tr("One per line: 2026-12-25,Christmas"))
        self.holidays_edit.setFixedHeight(90)
        self.holidays_edit.textChanged.connect(self.refresh_preview)
        self.form.add_field(
            "holidays",
            self.tr("Holidays"),
            self.holidays_edit,
            self.tr("Closed all day. Import a CSV or iCalendar file from the list's “Import holidays…”."),
        )
        if current is not None and current.source_labels:
            used = QLabel(self.tr("Used by: %1").replace("%1", ", ".join(current.source_labels)))
            used.setObjectName("hintLabel")
            used.setWordWrap(True)
            self.add_widget(used)
        self.zone_combo.currentTextChanged.connect(self.refresh_preview)
        self._build_preview()
        self.refresh_preview()
        resize_within_screen(self, 1120, 720)
        self.label_edit.setFocus()

    def _build_preview(self) -> None:
        side = QVBoxLayout()
        navigation = QHBoxLayout()
        self.previous_week = QPushButton(self.tr("◀ Previous week"))
        self.previous_week.setObjectName("previousWeekButton")
        self.next_week = QPushButton(self.tr("Next week ▶"))
        self.next_week.setObjectName("nextWeekButton")
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        navigation.addWidget(self.previous_week)
        navigation.addStretch(1)
        navigation.addWidget(self.week_label)
        navigation.addStretch(1)
        navigation.addWidget(self.next_week)
        today = date.today()
        self.monday = today - timedelta(days=today.weekday())
        self.previous_week.clicked.connect(lambda: self._move_week(-7))
        self.next_week.clicked.connect(lambda: self._move_week(7))
        self.preview = WeekPreview()
        self.preview_problem = QLabel()
        self.preview_problem.setObjectName("fieldError")
        self.preview_problem.setWordWrap(True)
        check = QHBoxLayout()
        check.addWidget(QLabel(self.tr("Is it open at")))
        self.check_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.check_edit.setObjectName("openCheckEdit")
        self.check_edit.setAccessibleName(self.tr("Date and time to check, in the sheet's time zone"))
        self.check_edit.setCalendarPopup(True)
        self.check_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.check_edit.dateTimeChanged.connect(self.check_open)
        check.addWidget(self.check_edit)
        self.check_result = QLabel()
        self.check_result.setObjectName("openCheckResult")
        check.addWidget(self.check_result, 1)
        side.addLayout(navigation)
        side.addWidget(self.preview, 1)
        side.addWidget(self.preview_problem)
        side.addLayout(check)
        # The form on the left, the preview on the right.
        row = QHBoxLayout()
        self.body.removeWidget(self.form)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)
        row.addLayout(left, 1)
        row.addLayout(side, 1)
        self.body.insertLayout(0, row, 1)

    def _move_week(self, days: int) -> None:
        self.monday += timedelta(days=days)
        self.refresh_preview()

    def calendar(self) -> BusinessCalendar:
        """What is typed, as a calendar; raises HoursFormatError on the first wrong field."""
        parsed = parse_holidays(self.holidays_edit.toPlainText())
        hours = {day: edit.text() for day, edit in self.day_edits.items()}
        return BusinessCalendar.from_texts(self.zone_combo.currentText().strip(), hours, parsed.holidays)

    def refresh_preview(self) -> None:
        end = self.monday + timedelta(days=6)
        self.week_label.setText(f"{self.monday.isoformat()} – {end.isoformat()}")
        try:
            calendar = self.calendar()
        except HoursFormatError as exc:
            self.preview_problem.setText(exc.message)
            self.preview_problem.show()
            self.preview.set_days([])
            self.check_result.setText("")
            return
        self.preview_problem.hide()
        self.preview.set_days(calendar.week_preview(self.monday))
        self.check_open()

    def check_open(self) -> None:
        try:
            calendar = self.calendar()
        except HoursFormatError:
            self.check_result.setText("")
            return
        typed = self.check_edit.dateTime()
        qdate, qtime = typed.date(), typed.time()
        at = datetime(
            qdate.year(), qdate.month(), qdate.day(), qtime.hour(), qtime.minute(), tzinfo=calendar.zone
        )
        holiday = calendar.holiday_name(at)
        if calendar.is_open(at):
            self.check_result.setText(self.tr("Yes, open."))
        elif holiday is not None:
            self.check_result.setText(self.tr("No: holiday (%1).").replace("%1", holiday))
        else:
            try:
                following = calendar.next_open(at).astimezone(calendar.zone)
            except NeverOpen:
                self.check_result.setText(self.tr("No; this sheet never opens."))
                return
            self.check_result.setText(
                self.tr("No; opens %1.").replace("%1", following.strftime("%Y-%m-%d %H:%M"))
            )

    def set_check_time(self, at: datetime) -> None:
        self.check_edit.setDateTime(QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0))

    def form_values(self) -> TimeSheetForm:
        parsed = parse_holidays(self.holidays_edit.toPlainText())
        return TimeSheetForm(
            self.label_edit.text(),
            self.zone_combo.currentText().strip(),
            {day: edit.text() for day, edit in self.day_edits.items()},
            parsed.holidays,
            self.active_check.isChecked(),
        )

    def save(self) -> bool:
        parsed = parse_holidays(self.holidays_edit.toPlainText())
        if parsed.problems:
            self.form.show_errors({"holidays": parsed.problems[0]})
            return False
        service, form = self.session.settings.time_sheets, self.form_values()
        sheet_id = self.sheet_id
        if sheet_id is None:
            return self.submit(lambda: service.create_time_sheet(form)) is not None
        labels = {"label": self.tr("Label"), "timezone": self.tr("Time zone")}
        saved = save_with_version(
            self,
            self.submit,
            lambda v: service.update_time_sheet(sheet_id, form, version=v),
            self.version,
            labels,
            self.reload,
        )
        return saved is not None

    def reload(self) -> None:
        sheet_id = self.sheet_id
        if sheet_id is None:
            return
        current = self.form.submit(lambda: self.session.settings.time_sheets.get_time_sheet(sheet_id))
        if current is None:
            return
        self.version = current.version
        self.label_edit.setText(current.label)
        self.zone_combo.setCurrentText(current.timezone)
        self.active_check.setChecked(current.active)
        for day, edit in self.day_edits.items():
            edit.setText(current.hours.get(day, ""))
        self.holidays_edit.setPlainText(holidays_text(current.holidays))
