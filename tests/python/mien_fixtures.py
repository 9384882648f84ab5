"""Fixture paths, the CLI and scratch folders for the Python module's tests (run by CTest, see tests/CMakeLists.txt)."""
import json
import os
import shutil
import struct
import subprocess
import tempfile

import numpy as np

SHARED = os.environ.get("MIEN_SHARED_DIR", os.path.join(os.path.dirname(__file__), "../../../shared"))
CLI = os.environ.get("MIEN_CLI", "mien-cli")
MODEL = os.path.join(SHARED, "fixtures/clip-tiny/openai-tiny.pt")
HEAD = os.path.join(SHARED, "fixtures/clip-tiny/head-tiny.pth")


def shared(relative):
    return os.path.join(SHARED, relative)


def run_cli(*args):
    """mien-cli with `args`; returns the completed process (text output), failing loudly on a bad exit."""
    done = subprocess.run([CLI, *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError(f"mien-cli {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done


def read_safetensors(path):
    """A .safetensors file as {name: numpy array} (the format: u64 header size, JSON header, raw data)."""
    types = {"F32": np.float32, "F64": np.float64, "F16": np.float16, "I64": np.int64, "I32": np.int32}
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        data = f.read()
    tensors = {}
    for name, t in header.items():
        if name == "__metadata__":
            continue
        begin, end = t["data_offsets"]
        tensors[name] = np.frombuffer(data[begin:end], dtype=types[t["dtype"]]).reshape(t["shape"])
    return tensors


class Scratch:
    """A temporary folder, removed afterwards: `with Scratch() as d:`."""

    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="mien-python-test-")
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)
