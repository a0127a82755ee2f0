"""The run report and the matrix in headless Chromium: they render, show the scenarios, log no console error,
and their filters and needs-attention block work on a red run (a failure, a registered divergence that
no longer diverges, a skip).

Driven by Selenium through Debian's ``chromium`` and ``chromium-driver``, as tests/browser/ does;
without Selenium or chromedriver, through Chromium's own command line (--dump-dom, --enable-logging),
where the interactive checks skip. The screenshot command of the README (scripts/screenshot_report.py)
is checked here too.
"""

from __future__ import annotations

import copy
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from cognito_conformance.reporting import matrix, record

from ..run_suite import ROOT
from .child import load, only, run_with_report

sys.path.insert(0, str(ROOT / "scripts"))
import screenshot_report  # noqa: E402  (scripts/ is not a package)

CHROMIUM = screenshot_report.find_chromium()
CHROMEDRIVER = shutil.which("chromedriver")
SELENIUM = importlib.util.find_spec("selenium") is not None and CHROMEDRIVER is not None
SCENARIO = "The refreshed access token works"
CONSOLE = re.compile(r":CONSOLE[^\]]*\] (.*)")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary: apt-get install -y chromium "
                                                          "(or set $CHROMIUM)")


def png_is_not_blank(path: Path) -> bool:
    """A PNG whose pixels are not all one colour (decoded with zlib; no imaging library needed)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    chunks, offset = [], 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            chunks.append(data[offset + 8:offset + 8 + length])
        offset += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    return width >= 800 and height >= 600 and len(set(pixels)) > 16


def open_in_chromium(page: Path, shot: Path, tmp_path: Path) -> tuple[str, list[str]]:
    """The DOM after load and the console messages at level error (or any, on the command line)."""
    if SELENIUM:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (*screenshot_report.FLAGS, "--window-size=1280,2000",
                     f"--user-data-dir={tmp_path / 'profile'}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
        try:
            driver.set_page_load_timeout(30)
            driver.get(page.resolve().as_uri())
            dom = driver.execute_script("return document.documentElement.outerHTML")
            driver.save_screenshot(str(shot))
            errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        finally:
            driver.quit()
        return dom, errors
    screenshot_report.screenshot(page, shot)
    run = screenshot_report.run_chromium(page.resolve().as_uri(), "--dump-dom", "--enable-logging=stderr", "--v=0")
    return run.stdout, CONSOLE.findall(run.stderr)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """A real run's report, and a matrix of that run beside a copy relabelled as cognito-local."""
    directory = tmp_path_factory.mktemp("chromium")
    run = run_with_report(directory, "features/refresh")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    record_path = only(directory, "cognito-moto-*.json")
    other = copy.deepcopy(load(record_path))
    other["run"].update(backend="aws", implementation="cognito-local", label="cognito-local", run_id="other")
    other["scenarios"] = other["scenarios"][:-1]
    built = matrix.build([record.read_json(record_path), other])
    return record_path.with_suffix(".html"), matrix.write_html(built, directory / "matrix.html")


def test_the_run_report_renders(pages, tmp_path):
    dom, errors = open_in_chromium(pages[0], tmp_path / "report.png", tmp_path)
    assert png_is_not_blank(tmp_path / "report.png")
    assert "Cognito conformance on moto" in dom and SCENARIO in dom and 'class="summary"' in dom
    assert errors == []


def test_the_matrix_renders(pages, tmp_path):
    dom, errors = open_in_chromium(pages[1], tmp_path / "matrix.png", tmp_path)
    assert png_is_not_blank(tmp_path / "matrix.png")
    assert 'class="matrix"' in dom and SCENARIO in dom and "cognito-local" in dom and "not run" in dom
    assert errors == []


def test_a_console_error_would_be_seen(tmp_path):
    """The check above can fail: a page that logs an error is caught."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><title>x</title><p>broken</p><script>console.error('seen-it')</script>")
    dom, errors = open_in_chromium(page, tmp_path / "broken.png", tmp_path)
    assert "broken" in dom and any("seen-it" in error for error in errors)


def test_the_screenshot_command_writes_a_png(pages, tmp_path):
    out = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot_report.py"), str(pages[0]), str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert png_is_not_blank(out)


FAILING = "The refreshed access token works"
FIXED = "A wrong password is refused"
SKIPPED = "A flow the app client allows signs Alice in"
needs_selenium = pytest.mark.skipif(not SELENIUM, reason="the interactive checks drive Chromium with Selenium and "
                                                         "chromedriver: apt-get install -y chromium-driver")


@pytest.fixture(scope="module")
def red(tmp_path_factory):
    """A real red run's report and its matrix beside a green run of the same scenarios."""
    directory = tmp_path_factory.mktemp("red")
    green = run_with_report(directory / "green", "features/refresh", "features/signin")
    assert green.returncode == 0, green.stdout[-3000:]
    run = run_with_report(directory, "features/refresh", "features/signin", "-p", "tests.reporting.red_run",
                          env={"CC_TEST_FAIL": FAILING, "CC_TEST_XPASS": FIXED, "CC_TEST_SKIP": SKIPPED})
    assert run.returncode == 1, run.stdout[-3000:]
    record_path = only(directory, "cognito-moto-*.json")
    built = matrix.build([record.read_json(only(directory / "green", "cognito-moto-*.json")),
                          record.read_json(record_path)])
    return record_path.with_suffix(".html"), matrix.write_html(built, directory / "matrix.html")


@pytest.fixture()
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*screenshot_report.FLAGS, "--window-size=1280,1600", f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _visible(driver, selector):
    """What the filters let through (an Outline's passed examples stay folded inside it)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).filter(e => e.closest('[hidden]') === null)"
        ".map(e => e.getAttribute('data-name') || e.id)", selector)


def _errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


@needs_selenium
def test_a_red_run_shows_what_needs_attention_first_and_its_filters_work(red, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(red[0].resolve().as_uri())
    first_section = browser.find_element(By.CSS_SELECTOR, "section")
    assert first_section.get_attribute("id") == "attention"  # before the run details and everything else
    items = first_section.find_elements(By.CSS_SELECTOR, "ul.attention > li")
    assert len(items) == 3 and "Needs attention (3)" in first_section.text
    texts = [item.text for item in items]
    assert "failed" in texts[0] and FAILING in texts[0]
    assert "python -m pytest features/refresh/test_refresh.py::test_the_refreshed_access_token_works" in texts[0]
    assert all("no longer diverges" in text and FIXED in text for text in texts[1:])
    # Following an item opens its scenario; the failed one is open from the start, passed ones folded.
    failed_card = browser.find_element(By.CSS_SELECTOR, "details.r-failed")
    assert failed_card.get_attribute("open") is not None
    assert all(card.get_attribute("open") is None for card in browser.find_elements(By.CSS_SELECTOR, "details.r-passed"))
    steps = failed_card.find_elements(By.CSS_SELECTOR, "ol.steps > li")
    assert steps[-1].get_attribute("class") == "s-failed" and "failed" in steps[-1].text
    count = browser.find_element(By.CSS_SELECTOR, "#filters .count")
    total = len(browser.find_elements(By.CSS_SELECTOR, "details.scenario"))
    assert count.text == f"showing {total} of {total}"
    # Status: hide the passed ones.
    browser.find_element(By.CSS_SELECTOR, "#filters input[value=passed]").click()
    shown = _visible(browser, "details.scenario")
    assert FAILING in shown and FIXED in shown and SKIPPED in shown
    assert "A refresh returns new ID and access tokens and no refresh token" not in shown
    browser.find_element(By.CSS_SELECTOR, "#filters input[value=passed]").click()
    # Domain.
    Select(browser.find_element(By.CSS_SELECTOR, "#filters select[name=domain]")).select_by_value("refresh")
    shown = _visible(browser, "details.scenario")
    assert FAILING in shown and FIXED not in shown and len(shown) == 3
    assert browser.find_element(By.CSS_SELECTOR, "#filters .count").text == f"showing 3 of {total}"
    Select(browser.find_element(By.CSS_SELECTOR, "#filters select[name=domain]")).select_by_value("")
    # Search.
    search = browser.find_element(By.CSS_SELECTOR, "#filters input[type=search]")
    search.send_keys("wrong password")
    shown = _visible(browser, "details.scenario")
    assert FAILING not in shown and FIXED in shown and "A proof made with a wrong password is refused" in shown
    assert len(shown) < total
    search.clear()
    search.send_keys(" ")  # an input event with an empty query shows everything again
    assert len(_visible(browser, "details.scenario")) == total
    # Tag: the skipped one's feature tag (tests/browser/test_red_report_in_chromium.py tries expressions).
    tags = browser.find_element(By.CSS_SELECTOR, "#filters input[name=tags]")
    tags.send_keys("@signin")
    assert 0 < len(_visible(browser, "details.scenario")) < total and FAILING not in _visible(browser, "details.scenario")
    tags.clear()
    tags.send_keys(" ")
    # Expand and collapse; the copy button answers without an error.
    browser.find_element(By.CSS_SELECTOR, "#filters button[data-open='1']").click()
    assert all(card.get_attribute("open") is not None for card in browser.find_elements(By.CSS_SELECTOR, "details.scenario"))
    browser.find_element(By.CSS_SELECTOR, "#filters button[data-open='0']").click()
    assert all(card.get_attribute("open") is None for card in browser.find_elements(By.CSS_SELECTOR, "details.scenario"))
    # An Outline's passed examples are folded inside it; following a row of its table unfolds that example.
    outline = browser.find_element(By.CSS_SELECTOR, "details.examples:not([open])")
    feature = outline.find_element(By.XPATH, "ancestor::details[contains(@class, 'feature')]")
    if feature.get_attribute("open") is None:  # features without a failure are folded to their name
        feature.find_element(By.CSS_SELECTOR, "summary").click()
    row = outline.find_element(By.XPATH, "preceding-sibling::table[1]").find_element(By.CSS_SELECTOR, "tr[data-row-for] a")
    target = row.find_element(By.XPATH, "ancestor::tr").get_attribute("data-row-for")
    row.click()
    card = browser.find_element(By.ID, target)
    assert card.get_attribute("open") is not None and card.is_displayed()
    items[0].find_element(By.CSS_SELECTOR, "button.copy").click()
    items[0].find_element(By.CSS_SELECTOR, "a").click()
    assert browser.find_element(By.CSS_SELECTOR, "details.r-failed").get_attribute("open") is not None
    assert _errors(browser) == []


@needs_selenium
def test_the_matrix_puts_totals_first_and_shows_the_rows_that_differ(red, browser):
    from selenium.webdriver.common.by import By

    browser.get(red[1].resolve().as_uri())
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "h2")]
    assert headings[:3] == ["Runs", "Totals", "Behaviours"]
    rows = browser.find_elements(By.CSS_SELECTOR, "tr[data-status=row]")
    browser.find_element(By.CSS_SELECTOR, "#filters input[name=differ]").click()
    shown = _visible(browser, "tr[data-status=row]")
    assert 0 < len(shown) < len(rows)
    assert FAILING in shown and FIXED in shown and SKIPPED in shown
    assert "A refresh returns new ID and access tokens and no refresh token" not in shown
    assert _errors(browser) == []
