"""Atomic file writes: a failure never leaves a half-written file, and a command's outputs are written
all or none.

Each output is first written to a temporary file beside its target, named `.TARGET.PID-RANDOM.tmp`
(the writer's process id in it), and renamed over the target once every output of the write is
complete. A run killed where no handler runs (SIGKILL, a power cut) leaves its temporary behind: the
next write to the same target removes those whose process is gone.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

Fill = Callable[[Path], None]
"""Writes an output's content into the file at the path it is given."""

_OS_ERROR = re.compile(r"os error (\d+)")
"""How Polars (Rust) reports the operating system's error number inside its own exceptions."""


def text_fill(text: str) -> Fill:
    """A Fill that writes `text` as UTF-8."""

    def fill(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return fill


def write_atomically(target: str | Path, write: Fill) -> None:
    """Have `write` fill a fresh file beside `target`, then rename it over `target`.

    A new file gets the usual permissions (0666 less the umask), a rewritten one keeps its own. On any
    error the temporary file is removed and `target` is left as it was; a failure to write (a full
    disk, say, even inside Polars) is an OSError naming `target`.
    """
    write_all_atomically([(Path(target), write)])


def write_all_atomically(writes: Iterable[tuple[Path, Fill]]) -> None:
    """Write every target of `writes` as `write_atomically` does, all or none: each is written to its
    temporary file as `writes` yields it (so a stream of outputs is not held in memory), and only when
    all are complete are they renamed over their targets. An error on the way (in a write, or in
    whatever produces `writes`) removes every temporary and leaves every target as it was."""
    temporaries: dict[Path, Path] = {}
    try:
        for target, write in writes:
            target.parent.mkdir(parents=True, exist_ok=True)
            _sweep(target)
            temporaries[target] = temporary = _temporary(target)
            try:
                write(temporary)
                os.chmod(temporary, _mode(target))
            except Exception as error:
                raise as_os_error(error, target) from None
        for target, temporary in temporaries.items():
            os.replace(temporary, target)
    except BaseException:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise


def _temporary(target: Path) -> Path:
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp")
    os.close(handle)
    return Path(name)


LEGACY_STALE_SECONDS = 24 * 3600
"""Age after which a temporary of the earlier naming (`.TARGET.RANDOM.tmp`, no process id to check) is
taken as left by a killed writer: no write of ours lasts a day."""


def _sweep(target: Path) -> None:
    """Remove the temporary files of `target` left by writers that no longer run (on this machine)."""
    ours = re.compile(rf"\.{re.escape(target.name)}\.(\d+)-\w+\.tmp")
    legacy = re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.tmp")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        found = ours.fullmatch(name)
        dead = found is not None and not _running(int(found.group(1)))
        if dead or (legacy.fullmatch(name) and _age(target.parent / name) > LEGACY_STALE_SECONDS):
            (target.parent / name).unlink(missing_ok=True)


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, as another user's process
    return True


def _mode(target: Path) -> int:
    """A rewritten file's own permissions, else those of a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def as_os_error(error: Exception, target: Path) -> Exception:
    """`error` as an OSError naming `target` when the operating system refused the write, else as is."""
    if isinstance(error, OSError) and error.errno is not None:
        return OSError(error.errno, error.strerror or os.strerror(error.errno), str(target))
    found = _OS_ERROR.search(str(error))
    if found is not None and not isinstance(error, OSError):
        number = int(found.group(1))
        return OSError(number, os.strerror(number), str(target))
    return error


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
