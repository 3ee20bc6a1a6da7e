"""Classic program test (copy of bench/programs/richards.py at size 3).

Richards-style operating-system simulation: a priority scheduler switching between
an idle task, a worker, two handlers and two devices that pass packets around.
Measures attribute access, method dispatch and linked-list manipulation."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0, 0, 0, 0]


def append_packet(packet, queue):
    packet.link = None
    if queue is None:
        return packet
    p = queue
    while p.link is not None:
        p = p.link
    p.link = packet
    return queue


class Task:
    def __init__(self, sched, ident, prio, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.waiting = waiting
        self.held = False
        self.next = None

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        if self.waiting and self.queue is not None:
            pkt = self.queue
            self.queue = pkt.link
            self.waiting = False
            return pkt
        return None


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.count = count
        self.control = 1

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.a1 = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.a2[i] = 64 + self.letter
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue, True)
        self.work_in = None
        self.device_in = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = append_packet(pkt, self.work_in)
            else:
                self.device_in = append_packet(pkt, self.device_in)
        work = self.work_in
        if work is not None:
            count = work.a1
            if count < 4:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.a1 = work.a2[count]
                    work.a1 = count + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None, True)
        self.pending = None
        self.checksum = 0

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait()
            done = self.pending
            self.pending = None
            return self.sched.queue_packet(done)
        self.pending = pkt
        self.checksum = (self.checksum * 31 + pkt.a1) % 1000003
        return self.sched.hold()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the list ordered by descending priority
        if self.head is None or task.prio > self.head.prio:
            task.next = self.head
            self.head = task
            return
        t = self.head
        while t.next is not None and t.next.prio > task.prio:
            t = t.next
        task.next = t.next
        t.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.prio > self.current.prio else self.current

    def queue_packet(self, pkt):
        t = self.tasks[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        was_empty = t.queue is None
        t.queue = append_packet(pkt, t.queue)
        if was_empty and t.prio > self.current.prio:
            return t
        return self.current

    def run(self):
        task = self.head
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.run(task.take_packet())
            else:
                task = task.next


def simulate(idle_count):
    s = Scheduler()
    s.add(IdleTask(s, idle_count))
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    s.add(WorkerTask(s, work))
    for handler, device, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = None
        for _ in range(3):
            q = Packet(q, device, KIND_DEVICE)
        s.add(HandlerTask(s, handler, prio, q))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.run()
    return s.queue_count, s.hold_count, s.tasks[DEVICE_A].checksum, s.tasks[DEVICE_B].checksum


def main(n):
    result = None
    for _ in range(n):
        result = simulate(1000)
    print(f"iterations {n}")
    print(f"queue_count {result[0]} hold_count {result[1]}")
    print(f"device checksums {result[2]} {result[3]}")


main(3)
