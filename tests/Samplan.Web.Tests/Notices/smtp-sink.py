"""A real SMTP server on 127.0.0.1 for the notice tests (Debian's python3-aiosmtpd).

Every accepted mail is written whole to DIR as one .eml file, with the envelope's recipients in
an X-Envelope-To header first. A recipient whose address contains "bounce" is refused with 550,
as a mailbox that does not exist is. Prints "ready" once it listens; stops when its standard
input closes (the test process ended, however it ended) or after at most LIMIT seconds.
"""
import os
import signal
import sys
import threading
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "bounce" in address.lower():
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = os.path.join(self.folder, "%d-%05d.eml" % (time.time_ns(), self.count))
        header = ("X-Envelope-To: %s\r\n" % ", ".join(envelope.rcpt_tos)).encode("ascii")
        with open(name + ".part", "wb") as f:
            f.write(header + envelope.original_content)
        os.rename(name + ".part", name)
        return "250 2.0.0 Accepted"


def main():
    port, folder, limit = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    signal.signal(signal.SIGALRM, lambda *_: os._exit(0))
    signal.alarm(limit)
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
