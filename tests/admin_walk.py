"""Walk the admin as one user and read the text it shows them.

A walk starts from the screens named in ``SEEDS`` and follows the admin's own links a few
steps, visiting one address of each shape (numbers stand for any id), so each screen is
read once however many pages, revisions or files the world holds. The text read is what
a person meets: text nodes outside scripts and styles, the labels given in ``aria-label``,
``title``, ``placeholder`` and ``alt``, and the labels of the sidebar's menu, which the
admin draws from JSON.
"""

import json
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

SHOWN_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
HIDDEN_ELEMENTS = {"script", "style", "svg"}
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
# Addresses that answer with something other than a screen, or show the public site.
NOT_SCREENS = re.compile(
    r"/(jsi18n|sprite|api|logout|preview|view_draft|chooser|autocomplete|multiple|"
    r"serve|usage_count|tag-autocomplete|password_reset|login)(/|$)|\.(csv|xlsx)$"
)
MAX_SCREENS = 160


class ShownText(HTMLParser):
    """Collects the text of a page as a reader of the screen meets it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self.links = []
        self.hidden_depth = 0
        self.sidebar_props = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        for name in SHOWN_ATTRIBUTES:
            if attributes.get(name):
                self.texts.append(attributes[name])
        if tag == "script" and attributes.get("id") == "wagtail-sidebar-props":
            self.sidebar_props = True
        if tag in HIDDEN_ELEMENTS and tag not in VOID_ELEMENTS:
            self.hidden_depth += 1

    def handle_endtag(self, tag):
        if tag in HIDDEN_ELEMENTS and self.hidden_depth:
            self.hidden_depth -= 1
        if tag == "script":
            self.sidebar_props = False

    def handle_data(self, data):
        if self.sidebar_props:
            self.texts.extend(sidebar_labels(json.loads(data)))
        elif not self.hidden_depth and data.strip():
            self.texts.append(data)


def sidebar_labels(value):
    """The labels of the sidebar's menu items, found wherever they nest."""
    if isinstance(value, dict):
        labels = [value["label"]] if isinstance(value.get("label"), str) else []
        return labels + [label for item in value.values() for label in sidebar_labels(item)]
    if isinstance(value, list):
        return [label for item in value for label in sidebar_labels(item)]
    return []


def shape(address):
    """An admin address with its ids as ``N``: one visit per shape of screen."""
    return re.sub(r"\d+", "N", urlsplit(address).path)


def normalised(text):
    return " ".join(text.split())


def read_screen(client, address):
    """The shown text and the admin links of one screen, or None if it is not a screen."""
    response = client.get(address)
    if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
        return None
    parser = ShownText()
    parser.feed(response.content.decode())
    texts = [normalised(text) for text in parser.texts]
    links = [urlsplit(link).path for link in parser.links if link.startswith("/admin/")]
    return texts, links


def walk(client, seeds, depth=2):
    """``{address: [shown text, ...]}`` for every screen reached from ``seeds``."""
    screens = {}
    seen = set()
    queue = deque((seed, 0) for seed in seeds)
    while queue and len(screens) < MAX_SCREENS:
        address, steps = queue.popleft()
        # Every seed is read; a screen reached by a link only if its shape is new.
        if steps and shape(address) in seen or NOT_SCREENS.search(address):
            continue
        seen.add(shape(address))
        screen = read_screen(client, address)
        if screen is None:
            continue
        screens[address], links = screen
        if steps < depth:
            queue.extend((link, steps + 1) for link in links)
    return screens
