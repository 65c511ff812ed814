"""The personal-data check of what an import writes.

An imported page is checked as an editor's page is (``privacy.check``): its findings go
into the run's report, masked, and a page with a finding that blocks publication is kept
a draft even when the run would have published it, so that the workflow's gate and an
approver decide, not the import.
"""

from privacy.check import Checker, check_page


class PersonalDataCheck:
    """One check for a whole run: the register's private contact details are read once."""

    def __init__(self):
        self.checker = None

    def findings(self, page):
        if self.checker is None:
            self.checker = Checker()
        return check_page(page, self.checker)


def holds_publication(findings):
    return any(finding.blocking for finding in findings)


def described(findings):
    return " ".join(finding.message for finding in findings)
