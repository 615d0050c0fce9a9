"""Shared by several benchmarks and the browser tests: the synthetic events, Chromium's set-up."""

from __future__ import annotations

import os

#: (code, name, QuadClass, Goldstein, relation) of the synthetic statements.
EVENTS = [
    ("010", "Make statement", 1, 0.0, "comment on"),
    ("036", "Express intent to meet or negotiate", 1, 4.0, "offer talks to"),
    ("042", "Make a visit", 1, 1.9, "visit"),
    ("057", "Sign formal agreement", 1, 8.0, "sign agreement with"),
    ("070", "Provide aid", 2, 7.0, "provide aid to"),
    ("081", "Ease administrative sanctions", 2, 5.0, "ease sanctions on"),
    ("112", "Accuse", 3, -2.0, "accuse"),
    ("100", "Demand", 3, -5.0, "demand action from"),
    ("120", "Reject", 3, -4.0, "reject"),
    ("130", "Threaten", 3, -4.4, "threaten"),
    ("163", "Impose embargo, boycott, or sanctions", 4, -8.0, "impose sanctions on"),
    ("190", "Use conventional military force", 4, -10.0, "attack"),
]

#: Debian's Chromium, driven through Playwright's Python API (nothing is downloaded).
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
