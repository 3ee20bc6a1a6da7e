"""Package for concurrent execution helpers (see concurrent.futures)."""
