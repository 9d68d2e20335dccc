"""Engage Desktop: the administrator console of an omnichannel customer-engagement platform."""

__version__ = "0.1.0"
APP_NAME = "Engage Desktop"
ORG_NAME = "EngageDesktop"
