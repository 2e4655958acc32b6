"""Value makers for each PII label, one module per family."""
