"""axe-core finds no serious or critical accessibility violation on any public page type.

Every page type, the search results with and without hits, a network's registers and the
404 page are checked in Swedish and in English at 1280 px (``test_layout`` checks them at
375 px); each page carries the language switcher. The counts per page are
printed so that minor findings stay visible too.
"""

import pytest

from tests.browser.public_pages import public_paths, register_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLOCKING = {"serious", "critical"}


@pytest.fixture
def context(chromium):
    # axe is injected as an inline script, which the site's Content-Security-Policy forbids.
    context = chromium.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def axe_violations(page, axe_script):
    page.add_script_tag(path=str(axe_script))
    return page.evaluate(
        """async () => {
            // Every rule axe has but the experimental ones: WCAG 2.0, 2.1 and 2.2 A and AA,
            // and its best practices (landmarks, heading order, one main, ...).
            const results = await axe.run(document);
            return results.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map((n) => `${n.target.join(" ")}: ${n.html} ${n.failureSummary}`),
            }));
        }"""
    )


def test_public_pages_have_no_serious_or_critical_violations(
    site, page, axe_script, request, capsys
):
    rows = []
    problems = []
    for label, language, path in [*public_paths(), *register_paths()]:
        response = page.goto(site + path)
        expected_status = 404 if label == "page not found" else 200
        if response.status != expected_status:
            problems.append((path, f"HTTP {response.status}"))
            continue
        violations = axe_violations(page, axe_script)
        serious = [v for v in violations if v["impact"] in BLOCKING]
        rows.append((label, language, path, len(serious), len(violations)))
        problems.extend((path, v["id"], v["impact"], v["help"], v["targets"]) for v in serious)

    report = request.config.pluginmanager.get_plugin("terminalreporter")
    width = max(len(row[2]) for row in rows)
    with capsys.disabled():
        report.write_line("")
        report.write_line(f"{'page':<20} {'lang':<4} {'path':<{width}}  serious+critical  all")
        for label, language, path, serious, total in rows:
            report.write_line(
                f"{label:<20} {language:<4} {path:<{width}}  {serious:>16}  {total:>3}"
            )
    assert not problems, "\n".join(map(str, problems))
