# A class-heavy program in the spirit of richards: a round-robin scheduler of tasks of
# several classes exchanging packets through queues, with inheritance and method dispatch.

class Packet:
    def __init__(self, dest, kind, data):
        self.dest = dest
        self.kind = kind
        self.data = data
        self.link = None


class Task:
    def __init__(self, ident, priority, scheduler):
        self.ident = ident
        self.priority = priority
        self.scheduler = scheduler
        self.inbox = []
        self.runs = 0

    def receive(self, packet):
        self.inbox.append(packet)

    def step(self):
        self.runs += 1
        if self.inbox:
            return self.handle(self.inbox.pop(0))
        return self.idle()

    def idle(self):
        return None

    def handle(self, packet):
        return None


class Producer(Task):
    def idle(self):
        dest = (self.ident + self.runs) % self.scheduler.size
        return Packet(dest, "work", self.runs)


class Worker(Task):
    def handle(self, packet):
        packet.data = (packet.data * 31 + self.ident) % 65521
        packet.dest = (packet.dest + 1) % self.scheduler.size
        packet.kind = "done" if packet.data % 5 == 0 else "work"
        return packet


class Sink(Task):
    def __init__(self, ident, priority, scheduler):
        super().__init__(ident, priority, scheduler)
        self.total = 0

    def handle(self, packet):
        self.total += packet.data
        return None


class Scheduler:
    def __init__(self, size):
        self.size = size
        self.tasks = []
        for i in range(size):
            kind = Producer if i % 4 == 0 else Sink if i % 4 == 3 else Worker
            self.tasks.append(kind(i, i % 3, self))

    def run(self, rounds):
        delivered = 0
        for r in range(rounds):
            for task in self.tasks:
                out = task.step()
                if out is not None:
                    self.tasks[out.dest].receive(out)
                    delivered += 1
        return delivered, sum(t.total for t in self.tasks if isinstance(t, Sink))


print(Scheduler(40).run(40_000))
