"""The web page and REST API (`kindly serve`): a thin layer over the services, built by `create_app`."""

from kindly.web.app import create_app
from kindly.web.settings import WebSettings, load_settings

__all__ = ["WebSettings", "create_app", "load_settings"]
