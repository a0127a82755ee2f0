import pytest

from cognito_conformance.quotas import CATEGORIES, RateLimiter, category_of

from ..fake_time import FakeTime


def test_every_operation_has_one_category():
    seen = [op for _, ops in CATEGORIES.values() for op in ops]
    assert len(seen) == len(set(seen))
    assert category_of("InitiateAuth") == "UserAuthentication"
    assert category_of("GlobalSignOut") == "UserUpdate"
    assert category_of("SomethingElse") is None


def test_a_category_is_paced_at_its_share_of_the_quota():
    time = FakeTime()
    limiter = RateLimiter(share=0.5, workers=1, clock=time.clock, sleep=time.sleep)
    for _ in range(26):  # UserUpdate: 25 requests/s, half of it: 12.5/s
        limiter.wait("AdminUpdateUserAttributes")
    assert time.now == pytest.approx(25 / 12.5)


def test_workers_split_the_share_and_categories_do_not_wait_for_each_other():
    time = FakeTime()
    limiter = RateLimiter(share=0.5, workers=2, clock=time.clock, sleep=time.sleep)
    assert limiter.rate("UserAuthentication") == pytest.approx(30)
    limiter.wait("InitiateAuth")
    limiter.wait("AdminCreateUser")
    assert time.slept == []
    limiter.wait("InitiateAuth")
    assert time.slept == [pytest.approx(1 / 30)]
