"""Screenshot an HTML report (or the matrix) with headless Chromium.

    python scripts/screenshot_report.py reports/cognito-moto-<run id>.html report.png [--width 1280 --height 2000]

Uses Chromium's own command line (``--headless --screenshot``): no browser-driving library needed.
The binary is found as $CHROMIUM, then chromium, chromium-browser, google-chrome on PATH.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Headless, offline and quiet: no sandbox (containers), no GPU, no first-run or background traffic.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")


def find_chromium() -> str | None:
    candidates = [os.environ.get("CHROMIUM")] if os.environ.get("CHROMIUM") else []
    candidates += [shutil.which(name) for name in NAMES]
    return next((c for c in candidates if c and Path(c).exists()), None)


def run_chromium(url: str, *extra: str, timeout: float = 90) -> subprocess.CompletedProcess:
    """Chromium headless on ``url`` with a throwaway profile; ``extra`` adds --screenshot, --dump-dom..."""
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("no Chromium binary: install the Debian package 'chromium' or set $CHROMIUM")
    with tempfile.TemporaryDirectory(prefix="cc-chromium-") as profile:
        return subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=timeout, check=False)


def screenshot(report: Path, out: Path, width: int = 1280, height: int = 2000) -> Path:
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    run = run_chromium(report.resolve().as_uri(), f"--screenshot={out}", f"--window-size={width},{height}")
    if not out.exists():
        raise RuntimeError(f"Chromium wrote no screenshot (exit {run.returncode}):\n{run.stderr[-2000:]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshot an HTML report with headless Chromium.")
    parser.add_argument("report", type=Path, help="The HTML report or matrix.")
    parser.add_argument("out", type=Path, help="The PNG to write.")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2000)
    args = parser.parse_args(argv)
    if not args.report.is_file():
        parser.error(f"{args.report}: no such file")
    try:
        print(screenshot(args.report, args.out, args.width, args.height))
    except (FileNotFoundError, RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
