"""The run report and the matrix in headless Chromium: they render, show the scenarios, log no console error.

Driven by Selenium through Debian's ``chromium`` and ``chromium-driver``, as tests/browser/ does;
without Selenium or chromedriver, through Chromium's own command line (--dump-dom, --enable-logging).
The screenshot command of the README (scripts/screenshot_report.py) is checked here too.
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
