import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from core.bulk_load.upkeep import after_bulk_load
from core.quiet_logging import per_page_logging_held_back
from demo.archive_generator import ArchiveGenerator


class Command(BaseCommand):
    help = (
        "Add an invented archive of network minutes under the site's network index, for "
        "measuring the site at scale (see bench/bench_serving.py). Run load_demo first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes", type=int, default=1000, help="How many minutes pages to make."
        )
        parser.add_argument(
            "--networks",
            type=int,
            default=48,
            help="Across how many networks (each with its own members).",
        )
        parser.add_argument(
            "--first-year", type=int, default=2010, help="The year of the oldest minutes."
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help=(
                "Leave what is made out of the search and reference indexes, for "
                "update_index and rebuild_references_index to add later."
            ),
        )

    def handle(self, *args, minutes, networks, first_year, no_index, **options):
        if minutes < 1 or networks < 1:
            raise CommandError("--minutes and --networks must be at least 1.")
        generator = ArchiveGenerator(minutes=minutes, networks=networks, first_year=first_year)
        started = time.perf_counter()
        with (
            per_page_logging_held_back(options["verbosity"]),
            tqdm(total=minutes, unit="minutes", disable=options["verbosity"] < 1) as bar,
        ):
            try:
                generator.generate(progress=bar.update, index=not no_index)
            except LookupError as error:
                raise CommandError(
                    f"The site has {error}: run `manage.py load_demo` first."
                ) from error
        made = time.perf_counter() - started
        indexed = "" if no_index else " and indexed them"
        self.stdout.write(
            self.style.SUCCESS(
                f"Made {minutes} minutes in {networks} networks{indexed} in {made:.0f} s."
            )
        )
        after_bulk_load()
