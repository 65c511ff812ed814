"""API representations that respect what a person has agreed to publish."""

from rest_framework import serializers


class PersonSerializer(serializers.Serializer):
    name = serializers.CharField()
    job_title = serializers.CharField()
    organisation = serializers.StringRelatedField()
    email = serializers.CharField(source="public_email")
    phone = serializers.CharField(source="public_phone")


class OrganisationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    short_name = serializers.CharField()
    kind = serializers.CharField()
