# typing's names as values: type aliases (Matrix = List[List[float]]),
# Optional and Union (Optional[int] is Union[int, None]), Callable, printed
# as CPython prints them; isinstance() with typing.List and a typing.Union,
# and its refusals.
from typing import List, Dict, Optional, Union, Any, Tuple, Callable
import typing
Matrix = List[List[float]]
Table = Dict[str, Optional[int]]
print(Matrix, Table, Optional[str], Union[int, str], Union[int, None], Any, typing.Tuple[int, ...])
def scale(m: Matrix, k: float) -> Matrix:
    return [[x * k for x in row] for row in m]
print(scale([[1.0, 2.0]], 2))
print(isinstance([], List), isinstance(3, Optional[int]), isinstance("a", Union[int, str]), isinstance(None, Optional[int]))
print(List[int] == List[int], Optional[int] == Optional[int], Matrix.__origin__, Matrix.__args__)
Handler = Callable[[int], str]
print(Handler)
for bad in (List[int], Any):
    try:
        isinstance(3, bad)
    except TypeError as e:
        print(e)
