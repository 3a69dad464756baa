"""How the work of a function grows with its input, for tests that show complexity without a clock limit.

A test compares the CPU time of the same call on an input n and 10n long and asserts a
*ratio* with a generous margin (linear work grows 10x, quadratic 100x, cubic 1000x,
exponential never finishes the small one). CPU time, not wall time, and the least of a few
repeats: other processes on a busy machine change neither much, and no number of seconds
is ever asserted.
"""
from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable


def cpu_seconds(func: Callable[[], object], repeat: int = 3, *, at_least: float = 0.0005) -> float:
    """The least CPU time of ``repeat`` measures of one call (a call too quick to time is looped)."""
    loops = 1
    while True:  # enough calls per measure that the clock's resolution does not matter
        start = time.process_time()
        for _ in range(loops):
            func()
        spent = time.process_time() - start
        if spent >= at_least or loops >= 1 << 16:
            break
        loops *= 4
    best = spent / loops
    for _ in range(repeat - 1):
        start = time.process_time()
        for _ in range(loops):
            func()
        best = min(best, (time.process_time() - start) / loops)
    return best


def growth(small: Callable[[], object], large: Callable[[], object], repeat: int = 3) -> float:
    """CPU time of ``large()`` over that of ``small()`` (each the least of ``repeat``)."""
    enabled = gc.isenabled()
    gc.disable()  # a collection that falls inside one measure would count garbage that is not its own
    try:
        return cpu_seconds(large, repeat) / max(cpu_seconds(small, repeat), 1e-9)
    finally:
        if enabled:
            gc.enable()


def order(ratio: float, scale: float = 10.0) -> float:
    """The exponent k of n^k that a growth ``ratio`` over an input ``scale`` times larger shows."""
    return math.log(max(ratio, 1.0), scale)
