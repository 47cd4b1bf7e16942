"""A throwaway PostgreSQL cluster for `make chaos`: initdb in a folder of its own, its own
port, started and stopped with pg_ctl, as an unprivileged user when run as root. The
shared server at 127.0.0.1:5432 is never touched."""

from __future__ import annotations

import os
import pwd
import subprocess
from pathlib import Path

from .server import HOST, free_port


class Postgres:
    """A throwaway cluster: initdb, pg_ctl start/stop, all as an unprivileged user."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.user = "nobody" if os.geteuid() == 0 else None
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        folder.chmod(0o700)

    def _run(self, *args: str) -> None:
        command = [*(["runuser", "-u", self.user, "--"] if self.user else []), *args]
        # PostgreSQL's own tools, found on PATH like `make test` finds them.
        subprocess.run(command, check=True, capture_output=True, timeout=120)  # noqa: S603, S607

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "chaos", "--auth=trust", "-E", "UTF8")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses={HOST}"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")  # fmt: skip

    def createdb(self) -> None:
        self._run("createdb", "-h", HOST, "-p", str(self.port), "-U", "chaos", "pivot")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgres://chaos@{HOST}:{self.port}/pivot"
