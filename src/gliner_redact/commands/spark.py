"""`gliner-redact spark --input IN --output OUT --columns a,b`: the Spark redaction job from the CLI.

The job lives in `gliner_redact.jobs.spark` (also runnable with spark-submit); pyspark is imported only when
the command runs (`pip install "gliner-redact[spark]"`).
"""

from __future__ import annotations

from ..jobs.spark import HELP, add_arguments, run

__all__ = ["HELP", "add_arguments", "run"]
