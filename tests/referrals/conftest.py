from __future__ import annotations

import pytest

from intake_app.forms.policy import Policy, load_policy
from intake_app.referrals.directory import ServiceDirectory, load_directory


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy()


@pytest.fixture(scope="session")
def directory() -> ServiceDirectory:
    return load_directory()
