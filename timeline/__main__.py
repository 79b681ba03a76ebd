"""`python -m timeline` runs the `timeline` command, for environments where the script is not on PATH."""

from timeline.cli import main

if __name__ == "__main__":
    main(prog_name="timeline")
