"""Stage: ledger."""
