"""Text helpers shared by every stage: plain strings in, plain values out (no spaCy, no graph).

``names`` (name keys, acronyms, initials), ``quotes`` (quotation-mark spans), ``dates`` (months,
dates and periods). They sit below ingest, extract, resolve and the readers of the graph, and
import nothing from them.
"""
