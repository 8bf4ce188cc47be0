"""factcheck: cross-check the figures French articles publish about two countries' relations."""

__version__ = "0.1.0"
