"""A clock and a sleep that only count: for the tests of code that waits (pacing, a domain's start-up)."""


class FakeTime:
    def __init__(self):
        self.now = 0.0
        self.slept = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds
