"""Agenten: who may unlock this store; add, remove, and change one's own passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)

from intake_app.session import Session
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import explanation, passphrase_field


class OfficersTab(AdminTab):
    def __init__(self, session: Session, dialogs: Dialogs) -> None:
        super().__init__(session, dialogs, "admin_officers")
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Personeelsnummer"), self.tr("Rol")]
        )
        self.table.setAccessibleName(self.tr("Agenten van dit bureau"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_button = self._button(
            self.tr("Geselecteerde agent verwijderen…"),
            self.tr("Geselecteerde agent verwijderen"),
            self.remove_selected,
        )

        add_box = QGroupBox(self.tr("Agent toevoegen"), self)
        add_form = QFormLayout(add_box)
        self.new_id = self._line_edit(self.tr("Personeelsnummer van de nieuwe agent"))
        self.new_name = self._line_edit(self.tr("Naam van de nieuwe agent"))
        self.new_passphrase = passphrase_field(self, self.tr("Wachtwoordzin van de nieuwe agent"))
        self.new_passphrase_again = passphrase_field(
            self, self.tr("Wachtwoordzin van de nieuwe agent, nogmaals")
        )
        self.new_role = QComboBox(self)
        self.new_role.setAccessibleName(self.tr("Rol van de nieuwe agent"))
        self.new_role.addItem(self.tr("Agent"), "officer")
        self.new_role.addItem(self.tr("Beheerder"), "admin")
        add_form.addRow(self.tr("Personeelsnummer"), self.new_id)
        add_form.addRow(self.tr("Naam"), self.new_name)
        add_form.addRow(self.tr("Wachtwoordzin"), self.new_passphrase)
        add_form.addRow(self.tr("Nogmaals"), self.new_passphrase_again)
        add_form.addRow(self.tr("Rol"), self.new_role)
        self.add_button = self._button(
            self.tr("Agent toevoegen"), self.tr("Agent toevoegen"), self.add_officer
        )
        add_form.addRow(self._button_row(self.add_button))

        own_box = QGroupBox(self.tr("Eigen wachtwoordzin wijzigen"), self)
        own_form = QFormLayout(own_box)
        self.old_passphrase = passphrase_field(self, self.tr("Huidige wachtwoordzin"))
        self.changed_passphrase = passphrase_field(self, self.tr("Nieuwe wachtwoordzin"))
        self.changed_passphrase_again = passphrase_field(
            self, self.tr("Nieuwe wachtwoordzin, nogmaals")
        )
        own_form.addRow(self.tr("Huidige"), self.old_passphrase)
        own_form.addRow(self.tr("Nieuwe"), self.changed_passphrase)
        own_form.addRow(self.tr("Nogmaals"), self.changed_passphrase_again)
        self.change_button = self._button(
            self.tr("Wachtwoordzin wijzigen"),
            self.tr("Eigen wachtwoordzin wijzigen"),
            self.change_own_passphrase,
        )
        own_form.addRow(self._button_row(self.change_button))
        if session.officer_id is None:  # opened with the recovery key: no own passphrase
            own_box.setEnabled(False)

        self.layout_.addWidget(self.table)
        self.layout_.addLayout(self._button_row(self.remove_button))
        forms = QHBoxLayout()
        forms.addWidget(add_box)
        forms.addWidget(own_box)
        self.layout_.addLayout(forms)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Is een agent de wachtwoordzin kwijt? Dan zet de beheerder op het "
                    "ontgrendelscherm een nieuwe, met de herstelsleutel ('Wachtwoordzin "
                    "vergeten…'). De database wordt daarbij nooit opnieuw versleuteld."
                ),
                self,
            )
        )

    def _line_edit(self, accessible_name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(accessible_name)
        return field

    def reload(self) -> None:
        officers: list[tuple[str, str, str]] = []
        if self._attempt(
            lambda: officers.extend(
                (officer.display_name, officer.id, officer.role)
                for officer in self._session.vault.officers()
            )
        ):
            self._fill(officers)

    def _fill(self, officers: list[tuple[str, str, str]]) -> None:
        role_names = {"admin": self.tr("Beheerder"), "officer": self.tr("Agent")}
        self.table.setRowCount(len(officers))
        for row, (name, officer_id, role) in enumerate(officers):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(officer_id))
            self.table.setItem(row, 2, QTableWidgetItem(role_names.get(role, role)))

    def clear_personal_data(self) -> None:
        super().clear_personal_data()
        self.table.setRowCount(0)
        for field in (
            self.new_id,
            self.new_name,
            self.new_passphrase,
            self.new_passphrase_again,
            self.old_passphrase,
            self.changed_passphrase,
            self.changed_passphrase_again,
        ):
            field.clear()

    def selected_officer_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 1)
        return item.text() if item is not None else None

    def add_officer(self) -> None:
        officer_id, name = self.new_id.text().strip(), self.new_name.text().strip()
        if not officer_id or not name:
            self.message.show_message(self.tr("Vul het personeelsnummer en de naam in."))
            return
        if self.new_passphrase.text() != self.new_passphrase_again.text():
            self.message.show_message(
                self.tr("De twee wachtwoordzinnen verschillen. Typ ze opnieuw.")
            )
            self.new_passphrase_again.clear()
            return
        passphrase, role = self.new_passphrase.text(), str(self.new_role.currentData())
        session = self._session

        def added(_result: object) -> None:
            for field in (self.new_id, self.new_name, self.new_passphrase):
                field.clear()
            self.new_passphrase_again.clear()
            self.reload()
            self.message.show_message(self.tr("Agent {0} is toegevoegd.").format(officer_id))

        # Wrapping the key for the new passphrase runs Argon2id: seconds, so off the window.
        self._run(lambda _report: session.add_officer(officer_id, name, passphrase, role), added)

    def remove_selected(self) -> None:
        officer_id = self.selected_officer_id()
        if officer_id is None:
            self.message.show_message(self.tr("Kies eerst in de lijst welke agent weg moet."))
            return
        question = self.tr(
            "Agent {0} verwijderen? Deze agent kan daarna niet meer ontgrendelen. Intakes en "
            "logboekregels blijven op naam van deze agent staan."
        ).format(officer_id)
        if officer_id == self._session.officer_id:
            question += " " + self.tr("Let op: dit is uw eigen account.")
        if not self._dialogs.confirm(question):
            return
        if self._attempt(lambda: self._session.remove_officer(officer_id)):
            self.reload()
            self.message.show_message(self.tr("Agent {0} is verwijderd.").format(officer_id))

    def change_own_passphrase(self) -> None:
        officer_id = self._session.officer_id
        if officer_id is None:
            return
        if self.changed_passphrase.text() != self.changed_passphrase_again.text():
            self.message.show_message(
                self.tr("De twee nieuwe wachtwoordzinnen verschillen. Typ ze opnieuw.")
            )
            self.changed_passphrase_again.clear()
            return
        old, new = self.old_passphrase.text(), self.changed_passphrase.text()
        vault = self._session.vault

        def changed(_result: object) -> None:
            for field in (self.old_passphrase, self.changed_passphrase):
                field.clear()
            self.changed_passphrase_again.clear()
            self.message.show_message(
                self.tr("Uw wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe.")
            )

        def change(_report: Callable[[float], None]) -> None:
            assert officer_id is not None  # noqa: S101 - returned above otherwise
            vault.change_passphrase(officer_id, old, new)

        self._run(change, changed)
