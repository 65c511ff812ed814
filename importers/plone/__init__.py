"""Importing a Plone site exported with collective.exportimport.

The export is checked whole first (``validation``), giving a plan (``plan``) that names
what every item becomes; only a sound export is written (``writer``, ``media``), and the
old addresses are then redirected to what was made (``redirects``). ``run`` ties the steps
into one import run.
"""
