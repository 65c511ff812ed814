"""Time to import a Plone export: the demo's (demo/plone_example) and a larger generated one.

Works on a throw-away SQLite database and media directory; migrates, builds a minimal site
tree with one network and one organisation, imports the demo export with the same code as
``manage.py import_plone``, imports it again (nothing changes), then imports an export
grown from it: ``BENCH_PLONE_NETWORKS`` network folders (default 20) of
``BENCH_PLONE_MINUTES`` minutes documents each (default 25) and two events.
"""

import copy
import datetime
import hashlib
import json
import os
import time
from pathlib import Path

from throwaway_site import out, throwaway_site

BASE_DIR = Path(__file__).resolve().parent.parent
EXAMPLE = BASE_DIR / "demo" / "plone_example"
NETWORKS = int(os.environ.get("BENCH_PLONE_NETWORKS", "20"))
MINUTES = int(os.environ.get("BENCH_PLONE_MINUTES", "25"))
MODEL = "sv/natverk/matematiknatverket"
DAY = "8 februari 2024"  # the model minutes' date, replaced in each copy
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
MONTHS = MONTHS.split()


def grown_export(items):
    """The demo's items plus ``NETWORKS`` copies of its first network folder, grown."""
    site = items[0]["@id"].rsplit("/", 1)[0]
    by_path = {item["@id"].removeprefix(site + "/"): item for item in items}
    folder = by_path[MODEL]
    minutes = by_path[f"{MODEL}/minnesanteckningar-2024-02-08"]
    event = by_path[f"{MODEL}/matematikdagen-2024"]
    grown = [item for item in items if not item["@id"].startswith(f"{site}/en/")]
    for number in range(NETWORKS):
        path = f"sv/natverk/natverk-{number:03d}"
        network = renamed(folder, site, path, f"Nätverk {number}")
        grown.append(network)
        first = datetime.date(2004, 1, 15)
        for count in range(MINUTES):
            date = first + datetime.timedelta(days=91 * count)
            words = f"{date.day} {MONTHS[date.month - 1]} {date.year}"
            item = renamed(minutes, site, f"{path}/minnesanteckningar-{date}", "", parent=network)
            item["title"] = f"Minnesanteckningar {words}"
            item["text"] = {**minutes["text"], "data": minutes["text"]["data"].replace(DAY, words)}
            grown.append(item)
        for count in range(2):
            grown.append(
                renamed(event, site, f"{path}/dag-{count}", f"Dag {count}", parent=network)
            )
    return grown


def renamed(item, site, path, title, parent=None):
    copied = copy.deepcopy(item)
    copied["@id"] = f"{site}/{path}"
    copied["UID"] = hashlib.sha256(path.encode()).hexdigest()[:32]
    copied["id"] = path.rsplit("/", 1)[-1]
    copied["title"] = title or copied["title"]
    if parent is not None:
        copied["parent"] = {key: parent[key] for key in ("@id", "@type", "UID", "title")}
    return copied


def main():
    with throwaway_site("bench-plone-"):
        from importers.plone.export_files import read_export
        from importers.plone.run import import_plone_export
        from networks.models.network_page import NetworkPage
        from tests.factories import NetworkPageFactory, build_site_tree

        tree = build_site_tree()
        network = NetworkPageFactory(parent=tree.network_index, slug="skolchefer")
        export = read_export(EXAMPLE)

        def run(content):
            started = time.perf_counter()
            summary = import_plone_export(
                export.name,
                content,
                network=network,
                organisation=network.organisation,
                translation_groups=export.translation_groups,
                redirects=export.redirects,
            )
            return time.perf_counter() - started, summary

        count = len(json.loads(export.content))
        elapsed, summary = run(export.content)
        again, summary_again = run(export.content)
        grown = grown_export(json.loads(export.content))
        elapsed_grown, summary_grown = run(json.dumps(grown).encode())
        networks = NetworkPage.objects.count()

    out(f"Plone import (SQLite), demo export: {count} items in {elapsed:.2f} s ({summary})")
    out(f"    again, unchanged: {again:.2f} s ({summary_again})")
    out(
        f"grown export: {len(grown)} items in {elapsed_grown:.1f} s = "
        f"{len(grown) / elapsed_grown:.0f} items/s ({summary_grown}); networks: {networks}"
    )


if __name__ == "__main__":
    main()
