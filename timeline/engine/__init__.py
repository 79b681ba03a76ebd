"""The temporal engine (internal): normalise, segment, recognise, interpret, resolve.

Use `timeline.tag` and `timeline.resolve`."""
