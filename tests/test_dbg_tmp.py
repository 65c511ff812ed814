from django.urls import get_resolver
from tests.test_door_matrix import DOORS, url_keys, route_keys


def test_dbg():
    keys = set(url_keys(get_resolver().url_patterns)) | set(route_keys())
    for k in sorted(keys - set(DOORS)):
        print("UNK", k)
