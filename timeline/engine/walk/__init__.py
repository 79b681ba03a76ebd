"""The walk through one text's expressions in order, by what each part holds: `state` (where the story
stands as each expression is reached, and the queries of it), `story` (a narrative's readings against its
story), `clocks` (a news clock without its day), `moves` (how a resolved date moves the story) and
`steps` (the `Walk`: one method for each step that reads an expression)."""

from timeline.engine.walk.steps import Walk

__all__ = ["Walk"]
