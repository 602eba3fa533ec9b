"""Building the graph: articles read, entities resolved, the graph assembled."""
