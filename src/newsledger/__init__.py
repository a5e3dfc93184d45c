"""newsledger: a sourced ledger of what happened, who said what to whom, and when."""

__version__ = "0.1.0"
