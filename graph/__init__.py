"""news-kg: build a knowledge graph of who is who and who did what to whom from news articles."""

__version__ = "0.1.0"
