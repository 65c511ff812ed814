"""Importing a Plone site exported with collective.exportimport or plone.exportimport.

The export is read from disk (``export_files``) and checked whole first (``validation``),
giving a plan (``plan``) that names what every item becomes, its folders read as networks
and indexes where what they hold says so (``structure``); only a sound export is written
(``writer``, ``media``), and the old addresses, and those of Plone's redirection storage,
are then redirected to what was made (``redirects``). ``run`` ties the steps into one
import run.
"""
