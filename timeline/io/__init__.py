"""Reading and writing (internal): documents, tables, datelines, exports, TimeML, atomic writes.

Use `timeline.read_documents`."""
