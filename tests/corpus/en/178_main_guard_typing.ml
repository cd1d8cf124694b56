# The idioms of scripts written for CPython: type annotations from typing
# (accepted and ignored), `if TYPE_CHECKING:` and the __main__ guard.
from __future__ import annotations
from typing import Dict, List, Optional, Tuple, TYPE_CHECKING
import typing as t

if TYPE_CHECKING:
    print("never printed")


def first_even(xs: List[int]) -> Optional[int]:
    for x in xs:
        if x % 2 == 0:
            return x
    return None


def histogram(words: List[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def span(xs: t.Sequence[float]) -> Tuple[float, float]:
    return min(xs), max(xs)


def main() -> None:
    print(first_even([3, 5, 8, 10]), first_even([1, 3]))
    print(histogram("a b a c b a".split()))
    print(span([2.5, -1.0, 7.25]))
    print(__name__)


if __name__ == "__main__":
    main()
