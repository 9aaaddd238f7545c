"""Keys: the data key, its wrapping per officer and recovery key, the OS keyring. Imports no Qt."""
