"""Qt panels and dialogs. Views call services; they never open a database session."""
