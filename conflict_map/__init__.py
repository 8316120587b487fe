"""conflict-map: news reports to a time-aware map. Orchestration and the CLI."""
__version__ = "0.1.0"
