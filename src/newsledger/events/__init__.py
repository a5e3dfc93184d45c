"""Stage: events."""
