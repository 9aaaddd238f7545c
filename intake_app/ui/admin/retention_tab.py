"""Bewaartermijn: the policy's retention period in plain words, what is past it, purge now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from intake_app.forms.policy import load_policy
from intake_app.session import Session
from intake_app.store.models import utc_now
from intake_app.store.retention import purge_expired
from intake_app.store.store import Store
from intake_app.ui.admin.dialogs import Dialogs
from intake_app.ui.admin.tab import AdminTab
from intake_app.ui.widgets.forms import explanation

Clock = Callable[[], datetime]


def count_expired(store: Store, days: int, now: datetime) -> int:
    """Completed intakes older than the period: what purge_expired would delete."""
    cutoff = now - timedelta(days=days)
    return sum(
        1
        for intake in store.intakes.case_list()
        if intake.status == "completed"
        and intake.completed_at is not None
        and intake.completed_at < cutoff
    )


class RetentionTab(AdminTab):
    def __init__(self, session: Session, dialogs: Dialogs, clock: Clock = utc_now) -> None:
        super().__init__(session, dialogs, "admin_retention")
        self._clock = clock
        self._days: int | None = None
        self.period = explanation("", self)
        self.period.setObjectName("admin_retention_period")
        self.expired = explanation("", self)
        self.expired.setObjectName("admin_retention_expired")
        self.purge_button = self._button(
            self.tr("Nu opschonen"),
            self.tr("Verlopen intakes nu definitief verwijderen"),
            self.purge_now,
        )
        self.progress = self._progress_bar(self.tr("Voortgang van het opschonen"))
        self.progress.setRange(0, 0)  # the purge reports no steps: a busy bar while it runs
        self.progress.hide()
        self.layout_.addWidget(self.period)
        self.layout_.addWidget(self.expired)
        self.layout_.addLayout(self._button_row(self.purge_button))
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(
            explanation(
                self.tr(
                    "Opschonen verwijdert verlopen afgeronde intakes definitief en maakt de "
                    "database daarna opnieuw aan, zodat er geen oude inhoud achterblijft. "
                    "Concepten en gewijzigde intakes blijven staan. Het opschonen komt in het "
                    "logboek, zonder gegevens van personen. De app schoont ook zelf op bij het "
                    "ontgrendelen."
                ),
                self,
            )
        )
        self.layout_.addStretch(1)

    def reload(self) -> None:
        def read() -> None:
            self._days = load_policy().retention.completed_intake_days
            count = count_expired(self._session.store, self._days, self._clock())
            self.period.setText(
                self.tr(
                    "Afgeronde intakes worden {0} dagen na het afronden van deze computer "
                    "verwijderd (bewaartermijn uit policy.yaml). Dan staat de zaak in de "
                    "politiesystemen."
                ).format(self._days)
            )
            self.expired.setText(
                self.tr("Nu over de bewaartermijn: {0} afgeronde intake(s).").format(count)
            )

        self._attempt(read)

    def purge_now(self) -> None:
        store, officer_id = self._session.store, self._session.officer_id
        days = self._days

        def done(count: object) -> None:
            self.reload()
            self.message.show_message(
                self.tr("Opgeschoond: {0} intake(s) definitief verwijderd.").format(count)
            )

        if not self._dialogs.confirm(
            self.tr(
                "Alle afgeronde intakes die over de bewaartermijn zijn nu definitief "
                "verwijderen? Dit kan niet ongedaan worden gemaakt."
            )
        ):
            return
        self.progress.show()
        self._run(lambda _report: purge_expired(store, officer_id, days), done)

    def _finish(self) -> None:
        super()._finish()
        self.progress.hide()
