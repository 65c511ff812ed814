"""Bringing existing minutes files and Plone sites into Samverkan."""
