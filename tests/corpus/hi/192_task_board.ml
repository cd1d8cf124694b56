# A small task board: an Enum and an IntEnum for states and priorities, a
# dataclass for tasks (ordering, defaults, a factory), fields() and asdict().
से dataclasses आयात dataclass, field, asdict, fields
से enum आयात Enum, IntEnum, auto


वर्ग State(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    परिभाषा अगला(self):
        members = सूची(State)
        i = members.index(self)
        वापसी members[न्यूनतम(i + 1, लंबाई(members) - 1)]


वर्ग Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(order=सत्य)
वर्ग Task:
    priority: Priority
    title: शब्द = field(compare=असत्य)
    state: State = field(मूलभूत=State.TODO, compare=असत्य)
    tags: सूची = field(default_factory=सूची, compare=असत्य)


board = [
    Task(Priority.LOW, "water plants"),
    Task(Priority.HIGH, "fix the roof", tags=["urgent"]),
    Task(Priority.MEDIUM, "read a book", State.DOING),
]
board[0].state = board[0].state.next()
क्रमबद्ध(board, reverse=सत्य) में task के_लिए:
    छापो(f"{task.priority.name:<6} {task.priority:>2} {task.title:<14} {task.state.name}")
छापो(board[1])
छापो(asdict(board[2]))
छापो([f.name के_लिए f में fields(Task)], Priority.HIGH > Priority.LOW, Priority(2), State["DONE"].value)
counts = {}
board में task के_लिए:
    counts[task.state] = counts.get(task.state, 0) + 1
छापो(counts, योग(t.priority के_लिए t में board))
प्रयास:
    Priority(7)
अपवाद ValueError रूपमें e:
    छापो("ValueError:", e)
