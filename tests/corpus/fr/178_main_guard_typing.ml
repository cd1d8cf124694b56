# The idioms of scripts written for CPython: type annotations from typing
# (accepted and ignored), `if TYPE_CHECKING:` and the __main__ guard.
depuis __future__ importer annotations
depuis typing importer Dict, List, Optional, Tuple, TYPE_CHECKING
importer typing comme t

si TYPE_CHECKING:
    afficher("never printed")


déf first_even(xs: List[entier]) -> Optional[entier]:
    pour x dans xs:
        si x % 2 == 0:
            retour x
    retour Rien


déf histogram(words: List[chaine]) -> Dict[chaine, entier]:
    counts: Dict[chaine, entier] = {}
    pour w dans words:
        counts[w] = counts.get(w, 0) + 1
    retour counts


déf span(xs: t.Sequence[flottant]) -> Tuple[flottant, flottant]:
    retour minimum(xs), maximum(xs)


déf main() -> Rien:
    afficher(first_even([3, 5, 8, 10]), first_even([1, 3]))
    afficher(histogram("a b a c b a".split()))
    afficher(span([2.5, -1.0, 7.25]))
    afficher(__name__)


si __name__ == "__main__":
    main()
