from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from privacy.live_report import by_organisation, live_findings


class Command(BaseCommand):
    help = (
        "Lists the personal data found on the live site, per organisation: identity "
        "numbers, private contact details and sensitive words, masked."
    )

    def handle(self, *args, **options):
        rows = live_findings()
        if not rows:
            self.stdout.write(self.style.SUCCESS(_("No personal data found on the live site.")))
            return
        for organisation, pages in by_organisation(rows):
            self.stdout.write(self.style.MIGRATE_HEADING(organisation))
            for row in pages:
                self.stdout.write(f"  {row.page.title} ({row.page.url_path}, id {row.page.pk})")
                for finding in row.findings:
                    self.stdout.write(f"    - {finding.message}")
        total = sum(len(row.findings) for row in rows)
        self.stdout.write(
            _("%(findings)s finding(s) on %(pages)s live page(s).")
            % {"findings": total, "pages": len(rows)}
        )
