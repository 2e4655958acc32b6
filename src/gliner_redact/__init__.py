"""gliner-redact: find and redact personal data with GLiNER span models."""
__version__ = "0.1.0"
