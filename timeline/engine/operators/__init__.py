"""The meaning of an expression as a few typed operators, each resolving its own interval and value.

`timeline.engine.build` turns the slots a rule filled into one tree of them; `timeline.engine.resolve`
holds what they share (the context they resolve against, the value they resolve to).
"""
