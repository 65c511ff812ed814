from django.core.management.base import BaseCommand

from editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or complete the editorial roles: per organisation that owns networks, an "
        "editors and an approvers group with permissions over its networks, and its page and "
        "minutes workflows; a translators group. Safe to run again."
    )

    def handle(self, *args, **options):
        for roles in setup_roles():
            self.stdout.write(
                f"{roles.editors.name}, {roles.approvers.name}: "
                f"{roles.page_workflow.name}; {roles.minutes_workflow.name}"
            )
        self.stdout.write(self.style.SUCCESS("Roles and workflows are in place."))
