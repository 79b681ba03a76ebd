"""The temporal engine (internal): normalise, recognise, interpret, resolve.

Use `timeline.tag` and `timeline.resolve`."""
