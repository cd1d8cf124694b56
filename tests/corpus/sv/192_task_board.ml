# A small task board: an Enum and an IntEnum for states and priorities, a
# dataclass for tasks (ordering, defaults, a factory), fields() and asdict().
fran dataclasses importera dataclass, field, asdict, fields
fran enum importera Enum, IntEnum, auto


klass State(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    definiera nasta(self):
        members = lista(State)
        i_ = members.index(self)
        retur members[minimum(i_ + 1, langd(members) - 1)]


klass Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(order=Sant)
klass Task:
    priority: Priority
    title: strang = field(compare=Falskt)
    state: State = field(standard=State.TODO, compare=Falskt)
    tags: lista = field(default_factory=lista, compare=Falskt)


board = [
    Task(Priority.LOW, "water plants"),
    Task(Priority.HIGH, "fix the roof", tags=["urgent"]),
    Task(Priority.MEDIUM, "read a book", State.DOING),
]
board[0].state = board[0].state.next()
for task i sorterad(board, reverse=Sant):
    skriv(f"{task.priority.name:<6} {task.priority:>2} {task.title:<14} {task.state.name}")
skriv(board[1])
skriv(asdict(board[2]))
skriv([f.name for f i fields(Task)], Priority.HIGH > Priority.LOW, Priority(2), State["DONE"].value)
counts = {}
for task i board:
    counts[task.state] = counts.get(task.state, 0) + 1
skriv(counts, summa(t.priority for t i board))
forsok:
    Priority(7)
utom ValueError som e:
    skriv("ValueError:", e)
