"""The README's picture of the page: exports/graph.html at 1400x900 in Debian's chromium -> docs/page.png.

    .venv/bin/python tools/screenshot.py [PAGE] [--out docs/page.png]

Outside requests are blocked (the page needs none); the picture is taken once the network is drawn.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("page", nargs="?", type=Path, default=ROOT / "exports" / "graph.html")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "page.png")
    args = ap.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        page.goto(args.page.resolve().as_uri())
        page.wait_for_function("document.querySelector('canvas') !== null")
        page.wait_for_timeout(1500)
        page.screenshot(path=str(args.out))
        browser.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
