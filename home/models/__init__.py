from .base import BasePage
from .page_cache import PageCacheGeneration
from .pages import HomePage, StandardPage
from .site_links import SiteLinks

__all__ = ["BasePage", "HomePage", "PageCacheGeneration", "SiteLinks", "StandardPage"]
