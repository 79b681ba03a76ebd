"""The event side (internal): segment sentences, find triggers, build and order the event table.

Use `timeline.events`."""
