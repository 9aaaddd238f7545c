"""Hulpverleners: the service directory, with the date each entry was last checked.

Edits are validated in full before anything is written; the station copy (services.yaml in
the data folder) is then replaced atomically, so a bad edit never costs the file in use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from intake_app.atomic_write import write_atomically
from intake_app.referrals.directory import (
    DIRECTORY_FILE,
    ServiceDirectory,
    load_directory,
    shipped_directory_path,
)
from intake_app.session import Session
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import explanation

# Table column -> the field of a service it edits.
COLUMNS = ("name", "phone", "website", "last_checked")
_HEADER = "# Service directory of this station, edited in the app (Beheer > Hulpverleners).\n"


def station_copy_path(data_folder: Path) -> Path:
    return data_folder / DIRECTORY_FILE


class ServicesTab(AdminTab):
    def __init__(self, session: Session, dialogs: Dialogs, data_folder: Path) -> None:
        super().__init__(session, dialogs, "admin_services")
        self._data_folder = data_folder
        self._directory: ServiceDirectory | None = None
        self.source = explanation("", self)
        self.source.setObjectName("admin_services_source")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Telefoon"),
                self.tr("Website"),
                self.tr("Laatst gecontroleerd (JJJJ-MM-DD)"),
            ]
        )
        self.table.setAccessibleName(self.tr("Hulpverleners en hun contactgegevens"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.save_button = self._button(
            self.tr("Wijzigingen opslaan"), self.tr("Hulpverleners opslaan"), self.save
        )
        self.reload_button = self._button(
            self.tr("Wijzigingen weggooien"),
            self.tr("Hulpverleners opnieuw inlezen, wijzigingen weggooien"),
            self.reload,
        )
        buttons = self._button_row(self.save_button, self.reload_button)
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Contactgegevens veranderen. Controleer elke regel af en toe en zet dan de "
                    "datum bij 'Laatst gecontroleerd'. Laat een veld liever leeg dan te gokken: "
                    "een verkeerd adres op een verwijsbrief is erger dan geen adres."
                ),
                self,
            )
        )
        self.layout_.addWidget(self.source)
        self.layout_.addWidget(self.table)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.message)

    def reload(self) -> None:
        directories: list[ServiceDirectory] = []
        station = station_copy_path(self._data_folder)
        path = station if station.is_file() else shipped_directory_path()
        if not self._attempt(lambda: directories.append(load_directory(path))):
            self._directory = None
            self.table.setRowCount(0)
            if path == station:
                self.message.show_message(
                    self.tr(
                        "De eigen lijst van dit bureau is onbruikbaar: {0} Herstel dat bestand, "
                        "of verwijder het: dan geldt de standaardlijst van de app weer."
                    ).format(self.message.text())
                )
            return
        self.message.clear_message()
        self._directory = directories[0]
        self.source.setText(
            self.tr("Bron: de eigen lijst van dit bureau ({0}).").format(station)
            if path == station
            else self.tr("Bron: de standaardlijst van de app. Opslaan maakt een eigen lijst.")
        )
        services = self._directory.services
        self.table.setRowCount(len(services))
        self.table.setVerticalHeaderLabels([service.id for service in services])
        for row, service in enumerate(services):
            for column, field in enumerate(COLUMNS):
                value = getattr(service, field)
                text = value.isoformat() if isinstance(value, date) else str(value)
                self.table.setItem(row, column, QTableWidgetItem(text))

    def edited_data(self) -> dict[str, Any]:
        """The loaded directory with the table's cells in place of the fields they show."""
        assert self._directory is not None  # noqa: S101 - save() checks first
        services = []
        for row, service in enumerate(self._directory.services):
            data = service.model_dump(mode="json")
            for column, field in enumerate(COLUMNS):
                item = self.table.item(row, column)
                data[field] = item.text().strip() if item is not None else ""
            services.append(data)
        return {"services": services}

    def save(self) -> None:
        if self._directory is None:
            self.reload()
            return
        data = self.edited_data()
        try:
            ServiceDirectory.model_validate(data)
        except ValidationError as problem:
            self.message.show_message(self._invalid_text(problem, data))
            return  # the table keeps every edit; nothing was written
        target = station_copy_path(self._data_folder)
        content = _HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        if self._attempt(lambda: _replace_checked(target, content.encode("utf-8"))):
            self.reload()
            self.message.show_message(
                self.tr("De hulpverleners zijn opgeslagen in de eigen lijst van dit bureau.")
            )

    def _invalid_text(self, problem: ValidationError, data: dict[str, Any]) -> str:
        hints = {
            "name": self.tr("de naam mag niet leeg zijn"),
            "phone": self.tr(
                "een telefoonnummer bevat alleen cijfers, spaties, '-', '+' en haakjes"
            ),
            "website": self.tr("een website begint met https://"),
            "last_checked": self.tr("de datum schrijft u als JJJJ-MM-DD, bijvoorbeeld 2026-11-23"),
        }
        texts = []
        for error in problem.errors():
            location = error["loc"]
            if len(location) >= 3 and isinstance(location[1], int):
                service = data["services"][location[1]]["id"]
                hint = hints.get(str(location[2]), self.tr("deze waarde klopt niet"))
                texts.append(self.tr("{0}: {1}.").format(service, hint))
        detail = " ".join(texts) or self.tr("De lijst klopt niet.")
        return self.tr("Niet opgeslagen, uw wijzigingen staan er nog. {0}").format(detail)


def _replace_checked(target: Path, content: bytes) -> None:
    """Write, read back through the app's own loader, and put the old file back on failure."""
    previous = target.read_bytes() if target.is_file() else None
    write_atomically(target, content)
    try:
        load_directory(target)
    except BaseException:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            write_atomically(target, previous)
        raise
