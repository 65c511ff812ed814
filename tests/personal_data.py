"""Fictional Swedish identity numbers for the personal-data tests and the bench."""

from stdnum import luhn


def identity_number(date, serial="123", *, century="", separator="-"):
    """A number with a valid check digit: ``date`` YYMMDD (day + 60 for coordination)."""
    check = luhn.calc_check_digit(date + serial)
    return f"{century}{date}{separator}{serial}{check}"


def wrong_check_digit(date, serial="123", **kwargs):
    number = identity_number(date, serial, **kwargs)
    return number[:-1] + str((int(number[-1]) + 1) % 10)
