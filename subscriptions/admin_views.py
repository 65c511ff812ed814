"""An administrator's export of one subscriber's data, for a request of access (GDPR art. 15).

Everything kept of an address: the subscriber and each subscription. Erasure is the
snippet's delete, which takes the subscriptions with it.
"""

import csv
import json

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from core.access_policy import may_keep_subscribers
from subscriptions.models import Subscriber

FORMATS = ("json", "csv")


def subscriber_data(subscriber):
    def when(value):
        return value.isoformat() if value else None

    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "frequency": subscriber.frequency,
        "created_at": when(subscriber.created_at),
        "confirmed_at": when(subscriber.confirmed_at),
        "digest_sent_at": when(subscriber.digest_sent_at),
        "subscriptions": [
            {
                "network": subscription.network.title if subscription.network else None,
                "network_url": subscription.network.full_url if subscription.network else None,
                "kinds": subscription.kinds,
                "created_at": when(subscription.created_at),
            }
            for subscription in subscriber.subscriptions.select_related("network")
        ],
    }


def as_csv(data, response):
    writer = csv.writer(response)
    writer.writerow(
        ["email", "language", "frequency", "created_at", "confirmed_at", "network", "kinds"]
    )
    person = [data[key] for key in ("email", "language", "frequency", "created_at")]
    person.append(data["confirmed_at"])
    for subscription in data["subscriptions"] or [{"network": "", "kinds": []}]:
        kinds = " ".join(subscription["kinds"])
        writer.writerow([*person, subscription["network"] or "*", kinds])
    return response


def export(request, pk, format):
    if not may_keep_subscribers(request.user):
        raise PermissionDenied
    if format not in FORMATS:
        raise Http404
    subscriber = get_object_or_404(Subscriber, pk=pk)
    data = subscriber_data(subscriber)
    filename = f"subscriber-{subscriber.pk}.{format}"
    content_type = "application/json" if format == "json" else "text/csv"
    response = HttpResponse(content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if format == "csv":
        return as_csv(data, response)
    response.write(json.dumps(data, ensure_ascii=False, indent=2))
    return response
