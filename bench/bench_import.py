"""Throughput of the minutes import: 1,000 generated minutes files into one network.

Works on a throw-away SQLite database and media directory; migrates, builds a minimal site
tree with one network, writes the files as .txt, imports them with the same code as
``manage.py import_minutes --submit`` (drafts submitted to the network's workflow) and
prints the files per second. The target is at least 50 files per second. Then the same
number of files, a third of them text copied out of a PDF with its line breaks lost,
imported into a second network as ``import_minutes --keep-going`` does: each file in a
transaction of its own, as drafts. ``BENCH_IMPORT_FILES=100`` imports fewer, for a quick
look or a profile.
"""

import datetime
import os
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from throwaway_site import out, throwaway_site  # noqa: E402  (beside this script)

from minutes.dates import swedish_date  # noqa: E402  (a plain module: no Django set-up)

FILES = int(os.environ.get("BENCH_IMPORT_FILES", "1000"))
TARGET = 50
PEOPLE = [
    ("Anna Exempel", "Alingsås"),
    ("Bertil Prov", "Lerum"),
    ("Cecilia Test", "Mölndal"),
    ("David Exempelsson", "Kungälv"),
    ("Eva Provare", "Partille"),
    ("Fredrik Testlund", "Härryda"),
    ("Gun Exempel", "Tjörn"),
    ("Hasse Prov", "Öckerö"),
    ("Ingrid Testare", "Ale"),
    ("Jonas Exempel", "Stenungsund"),
    ("Karin Provsson", "Kungsbacka"),
    ("Lars Test", "Lilla Edet"),
]


def minutes_file(number, date):
    """One meeting's minutes in the usual layout, varied by ``number``."""
    present = [PEOPLE[(number + shift) % len(PEOPLE)] for shift in range(9)]
    absent = [PEOPLE[(number + shift) % len(PEOPLE)] for shift in range(9, 12)]
    lines = [
        f"Minnesanteckningar Nätverket för skolchefer {date.isoformat()}",
        "Tid: 09.00–15.00",
        "Plats: Kommunhuset",
        "",
        "Mötet öppnades",
        "",
        "Ordföranden hälsade alla välkomna.",
        "",
        "Beslut",
        "",
        f"1. Budget för verksamhetsår {date.year + 1}",
        "",
        "Nätverket beslutade:",
        "",
        f"- att anta budgeten för {date.year + 1}",
        "- att följa upp utfallet efter halva året.",
        "",
        "2. Mötestider",
        "",
        "Nätverket beslutade att mötena hålls enligt följande:",
        "",
        "Torsdag 1 februari\tlunch-lunch internat",
        "Fredag 15 mars\tMöte kl. 09.00-15.00",
        "Fredag 26 april\tMöte kl. 09.00-15.00",
        "",
        "Rapport/information/diskussion",
        "",
        f"3. Aktuellt från kommunerna, punkt {number}",
        "",
        f"{present[2][0]} informerade om arbetet med närvaro och studiero i kommunen.",
        "",
        "Bilderna bifogas anteckningarna.",
        "",
        "Ventilen",
        "",
        "Inga frågor togs upp.",
        "",
        "Mötet avslutades",
        "",
        "Ordföranden tackade för mötet.",
        "",
        "Deltog",
        "",
    ]
    roles = {0: ", ordförande", 1: ", vice ordförande", 8: ", sekreterare"}
    for index, (name, municipality) in enumerate(present):
        lines.append(f"{name}, {municipality} (för & grund){roles.get(index, '')}")
    lines += ["", "Deltog ej", ""]
    lines += [f"{name}, {municipality} (gymn & vux)" for name, municipality in absent]
    return "\n".join(lines) + "\n"


def run_together_file(number, date):
    """One meeting's minutes as text copied out of a PDF: no line breaks, items "2 …"."""
    present = [PEOPLE[(number + shift) % len(PEOPLE)] for shift in range(6)]
    absent = [PEOPLE[(number + shift) % len(PEOPLE)] for shift in range(6, 8)]
    chair, secretary = present[0], present[1]
    words = [
        "Minnesanteckningar Nätverket för skolchefer",
        f"Tid: {swedish_date(date)}, klockan 09.00–12.00",
        "Plats: Kommunhuset Deltagare",
        f"{chair[0]}, {chair[1]} (för & grund, gymn & vux) ordförande",
        f"{secretary[0]}, {secretary[1]} (gymn & vux) sekreterare",
        *(f"{name}, {municipality} (för & grund)" for name, municipality in present[2:]),
        "Deltog ej",
        *(f"{name}, {municipality} (gymn & vux)" for name, municipality in absent),
        "1 Mötets öppnande Ordföranden hälsade alla välkomna.",
        f"2 Val av justerare Till justerare valdes {present[3][0]}.",
        f"3 Rapport från kommunerna {present[2][0]} informerade om arbetet med närvaro.",
        "Frågan återkommer på nästa möte. Sida 1 av 2",
        f"Minnesanteckningar Nätverket för skolchefer {date.isoformat()}",
        f"4 Budget Föredragande: {secretary[0]} Beslut: att anta budgeten för {date.year + 1},",
        "att följa upp utfallet efter halva året 5 Mötets avslutande Ordföranden tackade för",
        "mötet. Sida 2 av 2",
    ]
    return " ".join(words) + "\n"


def main():
    with throwaway_site("bench-import-") as work:
        from importers.runs import import_minutes_files
        from minutes.models.minutes_page import MinutesPage
        from tests.factories import NetworkPageFactory, build_site_tree

        tree = build_site_tree()
        network = NetworkPageFactory(parent=tree.network_index, slug="skolchefer")

        files = work / "files"
        files.mkdir()
        first = datetime.date(2000, 1, 7)
        for number in range(FILES):
            date = first + datetime.timedelta(days=7 * number)
            path = files / f"minnesanteckningar-{date.isoformat()}.txt"
            path.write_text(minutes_file(number, date), encoding="utf-8")

        started = time.perf_counter()
        summary = import_minutes_files([files], network, submit=True)
        elapsed = time.perf_counter() - started
        count = MinutesPage.objects.child_of(network).count()
        in_review = sum(page.workflow_in_progress for page in MinutesPage.objects.all()[:20])

        started = time.perf_counter()
        again = import_minutes_files([files], network, submit=True)
        elapsed_again = time.perf_counter() - started

        archive = work / "archive"
        archive.mkdir()
        for number in range(FILES):
            date = first + datetime.timedelta(days=7 * number)
            path = archive / f"anteckningar-{date.isoformat()}.txt"
            text = (
                run_together_file(number, date) if number % 3 == 0 else minutes_file(number, date)
            )
            path.write_text(text, encoding="utf-8")
        second = NetworkPageFactory(parent=tree.network_index, slug="arkivet")
        started = time.perf_counter()
        bulk = import_minutes_files([archive], second, keep_going=True)
        elapsed_bulk = time.perf_counter() - started
        guessed = sum(bool(report.guessed) for report in bulk.files)

    rate = FILES / elapsed
    out(f"minutes import (SQLite): {FILES} files in {elapsed:.1f} s = {rate:.0f} files/s")
    out(f"    {summary}; pages under the network: {count}; first 20 in review: {in_review}")
    out(
        f"re-import of the same files: {elapsed_again:.1f} s = {FILES / elapsed_again:.0f} files/s "
        f"({again})"
    )
    out(f"target: at least {TARGET} files/s: {'met' if rate >= TARGET else 'NOT met'}")
    out(
        f"--keep-going, a file a transaction: {FILES} files in {elapsed_bulk:.1f} s = "
        f"{FILES / elapsed_bulk:.0f} files/s ({bulk}; {guessed} with guesses to check)"
    )


if __name__ == "__main__":
    main()
