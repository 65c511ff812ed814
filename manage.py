#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # DJANGO_ENV picks the settings profile: dev (default), test or production.
    os.environ.setdefault(
        "DJANGO_SETTINGS_MODULE", f"config.settings.{os.environ.get('DJANGO_ENV', 'dev')}"
    )
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
