# typing.TypeVar as a value (~T, +T covariant), Generic[T] and Protocol as
# bases (left out: classes like any other here), a generic Stack.
from typing import TypeVar, Generic, Protocol, Optional
import typing
T = TypeVar("T")
K = TypeVar("K", int, str)
Co = TypeVar("Co", covariant=True)
N = TypeVar("N", bound=float)
print(T, K, Co, N, T.__name__, T == T, T == TypeVar("T"))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


class Drawable(Protocol):
    def draw(self) -> str: ...


class Pair(typing.Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


class Circle:
    def draw(self) -> str:
        return "()"


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), Pair(1, "a").v)
def render(d: Drawable) -> str:
    return d.draw()
print(render(Circle()), Stack.__name__)
