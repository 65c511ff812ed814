from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.access_policy import is_public_page
from networks.models.network_page import NetworkPage
from subscriptions.models import LANGUAGE_CHOICES, Frequency, Kind


def kinds_field(label):
    return forms.MultipleChoiceField(
        label=label,
        choices=Kind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class SubscribeForm(forms.Form):
    """An address, what to follow of one network (or of every one), in which language."""

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    network = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    kinds = kinds_field(_("What to follow"))
    language = forms.ChoiceField(
        label=_("Language of the messages"), choices=LANGUAGE_CHOICES, widget=forms.RadioSelect
    )
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "kinds": Kind.values,
                "language": (get_language() or "sv")[:2],
                "frequency": Frequency.IMMEDIATE,
            },
        )
        super().__init__(*args, **kwargs)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_kinds(self):
        if not self.cleaned_data["kinds"]:
            raise forms.ValidationError(_("Choose at least one thing to follow."))
        return self.cleaned_data["kinds"]

    def clean_network(self):
        pk = self.cleaned_data["network"]
        if pk is None:
            return None
        network = NetworkPage.objects.filter(pk=pk).first()
        if network is None or not is_public_page(network):
            raise forms.ValidationError(_("There is no such network to follow."))
        return network

    def request(self):
        """What the confirmation link carries: plain values, signed into it."""
        data = self.cleaned_data
        return {
            "network": data["network"].pk if data["network"] else None,
            "kinds": data["kinds"],
            "language": data["language"],
            "frequency": data["frequency"],
        }


class ManageForm(forms.Form):
    """A subscriber's language, frequency, and the kinds followed of each network."""

    language = forms.ChoiceField(
        label=_("Language of the messages"), choices=LANGUAGE_CHOICES, widget=forms.RadioSelect
    )
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, widget=forms.RadioSelect
    )

    def __init__(self, subscriber, *args, **kwargs):
        self.subscriber = subscriber
        self.subscriptions = list(subscriber.subscriptions.select_related("network"))
        initial = {"language": subscriber.language, "frequency": subscriber.frequency}
        for subscription in self.subscriptions:
            initial[self.kinds_name(subscription)] = subscription.kinds
        super().__init__(*args, initial=initial, **kwargs)
        for subscription in self.subscriptions:
            self.fields[self.kinds_name(subscription)] = kinds_field(str(subscription))

    @staticmethod
    def kinds_name(subscription):
        return f"kinds_{subscription.pk}"

    def kinds_fields(self):
        return [self[self.kinds_name(subscription)] for subscription in self.subscriptions]

    def save(self):
        """Keep the changes; a network left with nothing followed is no longer followed."""
        self.subscriber.language = self.cleaned_data["language"]
        self.subscriber.frequency = self.cleaned_data["frequency"]
        self.subscriber.save(update_fields=["language", "frequency"])
        for subscription in self.subscriptions:
            kinds = self.cleaned_data[self.kinds_name(subscription)]
            if kinds:
                subscription.set_kinds(kinds)
                subscription.save()
            else:
                subscription.delete()
