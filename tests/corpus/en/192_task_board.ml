# A small task board: an Enum and an IntEnum for states and priorities, a
# dataclass for tasks (ordering, defaults, a factory), fields() and asdict().
from dataclasses import dataclass, field, asdict, fields
from enum import Enum, IntEnum, auto


class State(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    def next(self):
        members = list(State)
        i = members.index(self)
        return members[min(i + 1, len(members) - 1)]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(order=True)
class Task:
    priority: Priority
    title: str = field(compare=False)
    state: State = field(default=State.TODO, compare=False)
    tags: list = field(default_factory=list, compare=False)


board = [
    Task(Priority.LOW, "water plants"),
    Task(Priority.HIGH, "fix the roof", tags=["urgent"]),
    Task(Priority.MEDIUM, "read a book", State.DOING),
]
board[0].state = board[0].state.next()
for task in sorted(board, reverse=True):
    print(f"{task.priority.name:<6} {task.priority:>2} {task.title:<14} {task.state.name}")
print(board[1])
print(asdict(board[2]))
print([f.name for f in fields(Task)], Priority.HIGH > Priority.LOW, Priority(2), State["DONE"].value)
counts = {}
for task in board:
    counts[task.state] = counts.get(task.state, 0) + 1
print(counts, sum(t.priority for t in board))
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
