# The idioms of scripts written for CPython: type annotations from typing
# (accepted and ignored), `if TYPE_CHECKING:` and the __main__ guard.
から __future__ 取込 annotations
から typing 取込 Dict, List, Optional, Tuple, TYPE_CHECKING
取込 typing として t

TYPE_CHECKING もし:
    表示("never printed")


関数 first_even(xs: List[整数]) -> Optional[整数]:
    xs 内の 各 x に対して:
        x % 2 == 0 もし:
            戻る x
    戻る なし


関数 histogram(words: List[文字列]) -> Dict[文字列, 整数]:
    counts: Dict[文字列, 整数] = {}
    words 内の 各 w に対して:
        counts[w] = counts.get(w, 0) + 1
    戻る counts


関数 span(xs: t.Sequence[浮動小数]) -> Tuple[浮動小数, 浮動小数]:
    戻る 最小値(xs), 最大値(xs)


関数 main() -> なし:
    表示(first_even([3, 5, 8, 10]), first_even([1, 3]))
    表示(histogram("a b a c b a".split()))
    表示(span([2.5, -1.0, 7.25]))
    表示(__name__)


__name__ == "__main__" もし:
    main()
