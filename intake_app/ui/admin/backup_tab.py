"""Back-up: an encrypted backup file, and restoring one into a new, empty data folder."""

from __future__ import annotations

from pathlib import Path

from intake_app.session import Session
from intake_app.store.backup import BackupManifest, backup, restore
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import explanation


def _is_new_folder(folder: Path) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


class BackupTab(AdminTab):
    def __init__(self, session: Session, dialogs: Dialogs, data_folder: Path) -> None:
        super().__init__(session, dialogs, "admin_backup")
        self._data_folder = data_folder
        self.backup_button = self._button(
            self.tr("Back-up maken…"), self.tr("Back-up maken"), self.make_backup
        )
        self.restore_button = self._button(
            self.tr("Terugzetten…"), self.tr("Back-up terugzetten in een nieuwe map"), self.restore
        )
        self.progress = self._progress_bar(self.tr("Voortgang van back-up of terugzetten"))
        self.progress.hide()  # shown from the first run on, with how far it got
        buttons = self._button_row(self.backup_button, self.restore_button)
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Een back-up is één bestand met de versleutelde database en de versleutelde "
                    "sleutels: zonder wachtwoordzin of herstelsleutel is het onleesbaar. Bewaar "
                    "het toch alleen op een plek die de politie beheert. Op een andere computer "
                    "opent het alleen met de herstelsleutel."
                ),
                self,
            )
        )
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Terugzetten schrijft nooit over bestaande gegevens: kies een nieuwe, lege "
                    "map. Start de app daarna met die map als gegevensmap (instelling "
                    "INTAKE_APP_DATA_DIR) en ontgrendel met uw wachtwoordzin of de "
                    "herstelsleutel."
                ),
                self,
            )
        )
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        self.layout_.addStretch(1)

    def make_backup(self) -> None:
        target = self._dialogs.ask_save_path(self.tr("Back-up opslaan als"))
        if target is None:
            return
        store, officer_id = self._session.store, self._session.officer_id

        def done(_manifest: BackupManifest) -> None:
            self.message.show_message(
                self.tr("De versleutelde back-up is geschreven naar {0}.").format(target)
            )

        self.progress.show()
        self._run(lambda report: backup(store, target, officer_id, report), done, self.progress)

    def restore(self) -> None:
        source = self._dialogs.ask_open_path(self.tr("Welke back-up terugzetten?"))
        if source is None:
            return
        folder = self._dialogs.ask_folder(self.tr("Nieuwe, lege gegevensmap kiezen"))
        if folder is None:
            return
        if folder.resolve() == self._data_folder.resolve() or not _is_new_folder(folder):
            self.message.show_message(
                self.tr(
                    "De map {0} is niet leeg. Kies een nieuwe, lege map; zo worden er nooit "
                    "bestaande gegevens overschreven."
                ).format(folder)
            )
            return

        def done(_manifest: BackupManifest) -> None:
            self.message.show_message(
                self.tr(
                    "De back-up is teruggezet in {0}. Deze opslag blijft zoals hij was. Start de "
                    "app met die map als gegevensmap (INTAKE_APP_DATA_DIR={0}) en ontgrendel met "
                    "uw wachtwoordzin of de herstelsleutel."
                ).format(folder)
            )

        self.progress.show()
        self._run(lambda report: restore(source, folder, report), done, self.progress)
