"""convene_run: what the export tests in Python share (export-schema.py,
export-csv.py): the source tree, the program, TAP lines, and convene run
on a database with no settings file and the source tree's protocols."""
import os
import subprocess
import tempfile

ROOT = os.environ.get("SOURCE_ROOT") or os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
CONVENE = os.environ["CONVENE"]
_count = [0, 0]  # tests, failures


def ok(cond, what):
    _count[0] += 1
    _count[1] += not cond
    print(f"{'ok' if cond else 'not ok'} {_count[0]} - {what}")


def done():
    """Prints the plan; the exit code."""
    print(f"1..{_count[0]}")
    return 1 if _count[1] else 0


def run(db, *args):
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(tempfile.gettempdir(), "no-such-config"))
    env.setdefault("CONVENE_DATA_DIR", ROOT)
    return subprocess.run([CONVENE, "--db", db, *args], capture_output=True, env=env)
