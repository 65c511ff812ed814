"""A tally of what a demo build created and what it found already in place."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.text import capfirst


@dataclass
class BuildReport:
    """Collects one event per object the demo build looked up.

    ``on_event`` lets the management command print each event as it happens, in its own
    style, while the builders stay free of output concerns. Events are grouped by the
    model's plural verbose name, so the summary reads "Network pages: 6 created".
    """

    on_event: Callable[[str, str, bool], None] | None = None
    created_counts: Counter = field(default_factory=Counter)
    present_counts: Counter = field(default_factory=Counter)
    created_objects: list = field(default_factory=list)

    def created(self, obj, label: str) -> None:
        self.created_objects.append(obj)
        self._record(obj, label, created=True)

    def present(self, obj, label: str) -> None:
        self._record(obj, label, created=False)

    def _record(self, obj, label: str, *, created: bool) -> None:
        kind = str(capfirst(obj._meta.verbose_name_plural))
        (self.created_counts if created else self.present_counts)[kind] += 1
        if self.on_event:
            self.on_event(kind, label, created)

    @property
    def kinds(self) -> list[str]:
        return sorted(set(self.created_counts) | set(self.present_counts))

    @property
    def total_created(self) -> int:
        return sum(self.created_counts.values())

    @property
    def total_present(self) -> int:
        return sum(self.present_counts.values())
