from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from core.image_placement import place_files


class Command(BaseCommand):
    help = (
        "Move the files of every image where its collection puts them: under private/ while "
        "a view restriction covers it, where the web server serves them otherwise. Needed "
        "once on a site whose private images were stored before; safe to run again."
    )

    def handle(self, *args, **options):
        place_files(get_image_model().objects.all())
        self.stdout.write(self.style.SUCCESS("Every image's files are in their place."))
