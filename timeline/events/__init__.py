"""The event side (internal): find triggers, cut events from the engine's sentences and clauses, build and
order the event table.

Use `timeline.events`."""
