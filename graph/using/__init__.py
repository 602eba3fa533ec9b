"""Using the graph: RDF and the page written, the store, queries, serving and reading back."""
