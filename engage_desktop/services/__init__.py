"""Use cases: the only code that changes data (permission check, validation, write + audit)."""
