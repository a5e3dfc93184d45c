"""Stage: quotes."""
