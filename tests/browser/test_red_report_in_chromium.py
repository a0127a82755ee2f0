"""A red run's report leads to the cause, in headless Chromium: one step broken on purpose
(tests/browser/broken_step.py stores "Alice Liddel" where the scenario sets "Alice Liddell"), and the
page shows the failing call with the decisive value, the call that stored it, the whole assertion
message and the captured output; the needs-attention link lands below the sticky toolbar; the filters
take tag expressions, say when nothing matches, and survive a reload; the results table sorts.

The same red run's report and record hold none of the run's passwords, tokens or other secrets (that
check needs no browser). Driven by Selenium through Debian's ``chromium`` and ``chromium-driver``, as
tests/browser/test_login_page_in_chromium.py does; the browser checks skip, saying why, without them.
"""

from __future__ import annotations

import re
import shutil

import pytest

from cognito_conformance.masking import MASK
from cognito_conformance.people import PASSWORD_PREFIX

from ..reporting.child import load, only, run_with_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
try:
    import selenium  # noqa: F401
    SELENIUM = True
except ImportError:
    SELENIUM = False
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None or not SELENIUM,
    reason="needs Chromium, its driver and Selenium: apt-get install -y chromium chromium-driver "
           "(CI installs both) and pip install -e '.[test]'")

BROKEN = "A standard attribute can be changed"
STORED = "Alice Liddel"  # what the broken step stored: the decisive value
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+")


@pytest.fixture(scope="module")
def red(tmp_path_factory):
    """A red run of two features, the broken scenario failing at its last Then; the secrets it used."""
    directory = tmp_path_factory.mktemp("red-report")
    secrets = directory / "secrets.txt"
    run = run_with_report(directory, "features/attributes", "features/refresh", "-p", "tests.browser.broken_step",
                          env={"CC_TEST_BREAK": BROKEN, "CC_TEST_SECRETS": str(secrets)})
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-2000:]
    record_path = only(directory, "cognito-moto-*.json")
    return record_path.with_suffix(".html"), load(record_path), secrets.read_text().split()


def test_the_record_of_a_failure_holds_every_call_and_the_whole_message(red):
    _, record, _ = red
    failed = next(s for s in record["scenarios"] if s["name"] == BROKEN)
    failure = failed["failure"]
    assert "- Alice Liddell" in failure["message"] and f"+ {STORED}" in failure["message"]
    operations = [call["operation"] for call in failure["calls"]]
    assert operations.index("UpdateUserAttributes") < operations.index("AdminGetUser") == len(operations) - 1
    [marked] = [call for call in failure["calls"] if call["failing"]]
    assert marked["operation"] == "AdminGetUser" and marked["step"] == len(failed["steps"]) - 1
    assert {"Name": "name", "Value": STORED} in marked["response"]["UserAttributes"]  # values, not only keys
    update = failure["calls"][operations.index("UpdateUserAttributes")]
    assert update["request"]["UserAttributes"] == [{"Name": "name", "Value": STORED}]
    assert update["request"]["AccessToken"] == MASK
    titles = [section["title"] for section in failure["captured"]]
    assert "Captured stdout call" in titles and "Captured log call" in titles
    assert "AssertionError" in failure["output"] and "steps/attributes.py" in failure["output"]
    # Passing scenarios carry no calls: nothing is masked for what the report does not show.
    assert all("failure" not in s and not (s.get("failed_step") or {}).get("call")
               for s in record["scenarios"] if s["result"] == "passed")


def test_a_red_runs_report_and_record_hold_no_password_or_token(red):
    page, _, secrets = red
    assert len(secrets) > 10  # passwords, tokens, sessions the run's clients sent and received
    for path in (page, page.with_suffix(".json")):
        text = path.read_text(encoding="utf-8")
        leaked = [secret[:6] + "…" for secret in secrets if secret in text]
        assert not leaked, f"{path.name} shows {len(leaked)} secrets of the run: {leaked[:5]}"
        assert not JWT.search(text), f"{path.name} shows a token"
        assert not re.search(re.escape(PASSWORD_PREFIX) + r"[A-Za-z0-9_-]{8,}", text), f"{path.name} shows a password"
    html = page.read_text(encoding="utf-8")
    assert "the password is ***" in html  # the broken step logged Alice's password: masked in the report


@pytest.fixture()
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, "--window-size=1280,900", f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _below_the_toolbar(driver, element) -> bool:
    """Whether ``element`` is on screen and not under the sticky toolbar."""
    return driver.execute_script(
        "var bar = document.getElementById('filters').getBoundingClientRect();"
        "var box = arguments[0].getBoundingClientRect();"
        "return box.height > 0 && box.top >= bar.bottom - 1 && box.top < window.innerHeight;", element)


@needs_chromium
def test_the_attention_link_lands_below_the_toolbar_on_the_failing_call_and_its_value(red, browser):
    from selenium.webdriver.common.by import By

    browser.get(red[0].resolve().as_uri())
    verdict = browser.find_element(By.CSS_SELECTOR, "header p.verdict-word")
    assert verdict.text.startswith("Verdict: FAILED: 1 scenarios do not hold") and verdict.is_displayed()
    link = browser.find_element(By.CSS_SELECTOR, "#attention ul.attention > li a")
    assert BROKEN in link.text
    link.click()
    card = browser.find_element(By.ID, link.get_attribute("href").split("#", 1)[1])
    title = card.find_element(By.CSS_SELECTOR, "summary")
    where = card.find_element(By.CSS_SELECTOR, ".where")
    assert BROKEN in title.text and card.get_attribute("open") is not None
    assert _below_the_toolbar(browser, title), "the toolbar covers the scenario's title after the jump"
    assert _below_the_toolbar(browser, where) and "rerun:" in where.text and "node id" in where.text
    # The whole assertion message, not its first line.
    message = card.find_element(By.CSS_SELECTOR, "pre.message")
    assert f"+ {STORED}" in message.text and "- Alice Liddell" in message.text
    # Every call in order; the failing step's call marked, open, with the decisive value in its response.
    calls = card.find_elements(By.CSS_SELECTOR, "ol.calls > li")
    names = [call.find_element(By.CSS_SELECTOR, "summary b").text for call in calls]
    assert names[-1] == "AdminGetUser" and "UpdateUserAttributes" in names and "InitiateAuth" in names
    failing = card.find_element(By.CSS_SELECTOR, "ol.calls > li.failing")
    assert "the failing step’s call" in failing.text and "AdminGetUser" in failing.text
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", failing)
    assert failing.find_element(By.CSS_SELECTOR, "details").get_attribute("open") is not None
    assert f'"Value": "{STORED}"' in failing.text  # displayed, not only in the DOM
    update = calls[names.index("UpdateUserAttributes")]
    assert STORED in update.find_element(By.CSS_SELECTOR, "summary").text  # the request's values in one line
    assert "AccessToken=***" in update.find_element(By.CSS_SELECTOR, "summary").text
    # pytest's output and what the step printed and logged: folded, one click away.
    captured = {c.find_element(By.CSS_SELECTOR, "summary").text.split(" (")[0]: c
                for c in card.find_elements(By.CSS_SELECTOR, "details.captured")}
    assert {"pytest’s failure output", "Captured stdout call", "Captured log call"} <= set(captured)
    assert all(c.get_attribute("open") is None for c in captured.values())
    captured["Captured log call"].find_element(By.CSS_SELECTOR, "summary").click()
    assert "broken on purpose; the password is ***" in captured["Captured log call"].text
    # pytest's output opens at its end, where the assertion is, not at the fixtures' internals.
    output = captured["pytest’s failure output"]
    output.find_element(By.CSS_SELECTOR, "summary").click()
    box = output.find_element(By.CSS_SELECTOR, "div.tail")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", box)
    assert "AssertionError" in box.text.splitlines()[-1]
    seen = browser.execute_script(
        "var box = arguments[0], line = [...box.querySelectorAll('pre')].pop(); var r = document.createRange();"
        "r.selectNodeContents(line); var rects = [...r.getClientRects()], b = box.getBoundingClientRect();"
        "return rects.length ? rects[rects.length - 1].bottom <= b.bottom + 1 && rects[rects.length - 1].top >= b.top : false;",
        box)
    assert seen, "the failure output's box does not open on its last line"
    assert _errors(browser) == []


@needs_chromium
def test_the_sections_below_the_summary_are_folded_and_the_contents_open_them(red, browser):
    from selenium.webdriver.common.by import By

    browser.get(red[0].resolve().as_uri())
    for anchor in ("run", "classes", "not-enforced", "evidence", "results"):
        assert browser.find_element(By.CSS_SELECTOR, f"#{anchor} > details").get_attribute("open") is None, anchor
    assert browser.find_element(By.ID, "attention").is_displayed()
    browser.find_element(By.CSS_SELECTOR, "nav.toc a[href='#not-enforced']").click()
    section = browser.find_element(By.ID, "not-enforced")
    assert section.find_element(By.CSS_SELECTOR, ":scope > details").get_attribute("open") is not None
    assert browser.execute_script("return arguments[0].getBoundingClientRect().top", section) < 200
    # Features are folded to their name and tallies, except the one with the failure.
    features = browser.find_elements(By.CSS_SELECTOR, "details.feature")
    opened = [f for f in features if f.get_attribute("open") is not None]
    assert len(opened) == 1 and BROKEN in opened[0].text and len(features) > 1
    assert _errors(browser) == []


def _shown(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('details.scenario')).filter(e => !e.closest('[hidden]'))"
        ".map(e => e.getAttribute('data-name'))")


@needs_chromium
def test_tag_expressions_an_empty_result_and_a_reload_keep_the_filters(red, browser):
    from selenium.webdriver.common.by import By

    _, record, _ = red
    browser.get(red[0].resolve().as_uri())
    tags = browser.find_element(By.CSS_SELECTOR, "#filters input[name=tags]")

    def expect(expression, wanted):
        tags.clear()
        tags.send_keys(expression)
        shown = _shown(browser)
        assert sorted(shown) == sorted(s["name"] for s in record["scenarios"] if wanted(
            set(s["tags"]) | set(s["feature"]["tags"]))), expression
        return shown

    every = expect("@attributes or @refresh", lambda t: True)
    assert len(every) == len(record["scenarios"])
    some = expect("@attributes and not @undocumented", lambda t: "attributes" in t and "undocumented" not in t)
    assert 0 < len(some) < len(every)
    expect("not (@refresh or @undocumented)", lambda t: not {"refresh", "undocumented"} & t)
    expect("@undocumented or @refresh and @attributes", lambda t: "undocumented" in t)  # and binds tighter
    tags.clear()
    tags.send_keys("@attributes and")
    assert "tag expression" in browser.find_element(By.CSS_SELECTOR, "#filters .tag-error").text
    assert len(_shown(browser)) == len(every)  # a broken expression filters nothing
    # No match: a message says so, instead of a count over blank space.
    tags.clear()
    tags.send_keys("@refresh")
    search = browser.find_element(By.CSS_SELECTOR, "#filters input[type=search]")
    search.send_keys("no scenario says this")
    none = browser.find_element(By.CSS_SELECTOR, "#filters .no-match")
    assert none.is_displayed() and "No scenario matches" in none.text
    assert browser.find_element(By.CSS_SELECTOR, "#filters .count").text == f"showing 0 of {len(every)}"
    search.clear()
    search.send_keys("refresh")
    assert not none.is_displayed()
    browser.find_element(By.CSS_SELECTOR, "#filters input[name=status][value=failed]").click()
    kept = sorted(_shown(browser))
    assert "tags=%40refresh" in browser.current_url and "hide=failed" in browser.current_url
    # A reload keeps the filters (they live in the page's address).
    browser.refresh()
    assert browser.find_element(By.CSS_SELECTOR, "#filters input[name=tags]").get_attribute("value") == "@refresh"
    assert browser.find_element(By.CSS_SELECTOR, "#filters input[type=search]").get_attribute("value") == "refresh"
    assert not browser.find_element(By.CSS_SELECTOR, "#filters input[name=status][value=failed]").is_selected()
    assert sorted(_shown(browser)) == kept and kept
    browser.find_element(By.CSS_SELECTOR, "#filters input[type=search]").send_keys("zzz-nothing")
    browser.find_element(By.CSS_SELECTOR, "#filters .no-match button[data-clear]").click()
    assert len(_shown(browser)) == len(every) and "?" not in browser.current_url.split("#")[0]
    assert _errors(browser) == []


@needs_chromium
def test_the_results_table_sorts_by_result_class_domain_and_duration(red, browser):
    from selenium.webdriver.common.by import By

    _, record, _ = red
    browser.get(red[0].resolve().as_uri())
    browser.find_element(By.CSS_SELECTOR, "nav.toc a[href='#results']").click()
    table = browser.find_element(By.CSS_SELECTOR, "#results table.results")

    def column(key):
        index = [th.get_attribute("data-sort") for th in table.find_elements(By.CSS_SELECTOR, "th")].index(key)
        return [row.find_elements(By.CSS_SELECTOR, "td")[index].get_attribute("data-value")
                for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")]

    def sort(key):
        table.find_element(By.CSS_SELECTOR, f"th[data-sort={key}] button").click()

    assert len(column("result")) == len(record["scenarios"])
    sort("duration")
    durations = [float(value) for value in column("duration")]
    assert durations == sorted(durations)
    sort("duration")
    assert [float(value) for value in column("duration")] == sorted(durations, reverse=True)
    assert "sort=duration-desc" in browser.current_url
    sort("result")
    results = column("result")
    assert results == sorted(results, key=int) and results[0] == "0"  # the failure first
    first = table.find_element(By.CSS_SELECTOR, "tbody tr a")
    assert BROKEN in first.text
    sort("domain")
    assert column("domain") == sorted(column("domain"))
    sort("class")
    assert column("class") == sorted(column("class"))
    browser.refresh()  # the sort is kept too
    table = browser.find_element(By.CSS_SELECTOR, "#results table.results")
    assert table.find_element(By.CSS_SELECTOR, "th[data-sort=class]").get_attribute("aria-sort") == "ascending"
    assert _errors(browser) == []
