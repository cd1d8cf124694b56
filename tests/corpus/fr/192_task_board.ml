# A small task board: an Enum and an IntEnum for states and priorities, a
# dataclass for tasks (ordering, defaults, a factory), fields() and asdict().
depuis dataclasses importer dataclass, field, asdict, fields
depuis enum importer Enum, IntEnum, auto


classe State(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    déf suivant(self):
        members = liste(State)
        i = members.index(self)
        retour members[minimum(i + 1, longueur(members) - 1)]


classe Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(order=Vrai)
classe Task:
    priority: Priority
    title: chaine = field(compare=Faux)
    state: State = field(défaut=State.TODO, compare=Faux)
    tags: liste = field(default_factory=liste, compare=Faux)


board = [
    Task(Priority.LOW, "water plants"),
    Task(Priority.HIGH, "fix the roof", tags=["urgent"]),
    Task(Priority.MEDIUM, "read a book", State.DOING),
]
board[0].state = board[0].state.next()
pour task dans trier(board, reverse=Vrai):
    afficher(f"{task.priority.name:<6} {task.priority:>2} {task.title:<14} {task.state.name}")
afficher(board[1])
afficher(asdict(board[2]))
afficher([f.name pour f dans fields(Task)], Priority.HIGH > Priority.LOW, Priority(2), State["DONE"].value)
counts = {}
pour task dans board:
    counts[task.state] = counts.get(task.state, 0) + 1
afficher(counts, somme(t.priority pour t dans board))
essayer:
    Priority(7)
sauf ValueError comme e:
    afficher("ValueError:", e)
