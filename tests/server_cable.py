"""A network cable to the test server that a test can pull out: a small threaded TCP proxy
from 127.0.0.1:port to the test server's Unix socket.

    cable = ServerCable(socket_path)   # postgresql://postgres@127.0.0.1:{cable.port}/name
    cable.cut()    # every connection through it closed, new ones refused
    cable.mend()   # connections go through again (same port)
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from urllib.parse import parse_qs, urlsplit

CHUNK = 65536


def server_socket_path() -> str:
    """The Unix socket of the server MSEK_TEST_POSTGRES names (its `host` query)."""
    url = os.environ["MSEK_TEST_POSTGRES"]
    folder = parse_qs(urlsplit(url).query)["host"][0]
    return os.path.join(folder, ".s.PGSQL.5432")


class ServerCable:
    def __init__(self, socket_path: str) -> None:
        self.socket_path = socket_path
        self.port = 0
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self.mend()

    def mend(self) -> None:
        """Listen again (on the same port once it has one) and pass connections through."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Close every connection through the cable; new ones are refused."""
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            listener.close()
        with self._lock:
            ends, self._open = list(self._open), set()
        for end in ends:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    close = cut

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.connect(self.socket_path)
            except OSError:
                client.close()
                server.close()
                continue
            with self._lock:
                self._open.update((client, server))
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(CHUNK):
                dst.sendall(data)
        except OSError:
            pass
        for end in (src, dst):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
        with self._lock:
            self._open.discard(src)
        src.close()  # each end is the source of one pump: closed once
