"""dossier: build annotated, searchable dossiers of news articles."""

__version__ = "0.1.0"
