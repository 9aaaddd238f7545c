"""Hulpverleners: the service directory, with the date each entry was last checked.

Saving (validate, replace the station copy atomically, read it back) is
`referrals.directory_edit.save_station_directory`; this tab shows and edits the table.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from intake_app.referrals.directory import (
    ServiceDirectory,
    load_directory,
    shipped_directory_path,
)
from intake_app.referrals.directory_edit import (
    DirectoryInvalid,
    save_station_directory,
    station_copy_path,
)
from intake_app.session import Session
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import explanation

# Table column -> the field of a service it edits.
COLUMNS = ("name", "phone", "website", "last_checked")


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

        refused: list[DirectoryInvalid] = []

        def save() -> None:
            try:
                save_station_directory(self._data_folder, data["services"])
            except DirectoryInvalid as problem:
                refused.append(problem)

        if not self._attempt(save):
            return
        if refused:  # the table keeps every edit; nothing was written
            self.message.show_message(self._invalid_text(refused[0]))
        else:
            self.reload()
            self.message.show_message(
                self.tr("De hulpverleners zijn opgeslagen in de eigen lijst van dit bureau.")
            )

    def _invalid_text(self, problem: DirectoryInvalid) -> str:
        hints = {
            "name": self.tr("de naam mag niet leeg zijn"),
            "phone": self.tr(
                "een telefoonnummer bevat alleen cijfers, spaties, '-', '+' en haakjes"
            ),
            "website": self.tr("een website begint met https://"),
            "last_checked": self.tr("de datum schrijft u als JJJJ-MM-DD, bijvoorbeeld 2026-11-23"),
        }
        otherwise = self.tr("deze waarde klopt niet")
        texts = [
            self.tr("{0}: {1}.").format(service, hints.get(field, otherwise))
            for service, field in problem.problems
            if service
        ]
        detail = " ".join(texts) or self.tr("De lijst klopt niet.")
        return self.tr("Niet opgeslagen, uw wijzigingen staan er nog. {0}").format(detail)
