"""Every row of every rule's table, for the checks that span them all (schemas, messages)."""

from __future__ import annotations

from tests.triage import (
    test_age,
    test_contract_v2,
    test_flags,
    test_groups,
    test_referrals,
    test_routing,
    test_urgent,
)
from tests.triage.cases import Case

ALL_CASES: list[Case] = [
    *test_age.R4_CASES,
    *test_groups.R2_CASES,
    *test_groups.R5_CASES,
    *test_groups.OVERRIDE_CASES,
    *test_routing.ROUTING_CASES,
    *test_urgent.SAFETY_CASES,
    *test_urgent.CSG_CASES,
    *test_referrals.REFERRAL_CASES,
    *test_referrals.R13_CASES,
    *test_referrals.MEDIATION_CASES,
    *test_flags.R8_CASES,
    *test_flags.R9_CASES,
    *test_flags.CONSENT_CASES,
    *test_flags.R14_CASES,
    *test_contract_v2.V2_CASES,
]
