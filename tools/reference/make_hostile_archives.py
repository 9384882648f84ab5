#!/usr/bin/python3
"""Makes the hostile TorchScript archives of tests/data/hostile (run with Debian's python3 and python3-torch).

- looping-setstate.pt: a real torch.jit.save archive whose module has a scripted __setstate__ that never
  returns; torch.jit.load hangs on it. Read as data, its weights are plain tensors and nothing runs.
- shell-in-data-pkl.pt: the layout of a TorchScript archive (constants.pkl, data.pkl, data/) whose data.pkl
  pickles os.system('touch <marker>'); Python's pickle would create the marker file.
"""
import io
import os
import sys
import zipfile

import torch
from typing import Tuple

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../tests/data/hostile")
os.makedirs(out, exist_ok=True)


class Looping(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.arange(6, dtype=torch.float32).reshape(2, 3))

    def forward(self, x):
        return x @ self.weight.t()

    @torch.jit.export
    def __getstate__(self) -> Tuple[torch.Tensor, bool]:
        return (self.weight, self.training)

    @torch.jit.export
    def __setstate__(self, state: Tuple[torch.Tensor, bool]) -> None:
        i = 0
        while i >= 0:  # never ends
            i = i + 1
        self.weight = state[0]
        self.training = state[1]


torch.jit.save(torch.jit.script(Looping()), os.path.join(out, "looping-setstate.pt"))

marker = "/tmp/mien-hostile-archive-ran"
shell = b"\x80\x02cposix\nsystem\nq\x00X" + len("touch " + marker).to_bytes(4, "little") + \
    ("touch " + marker).encode() + b"q\x01\x85q\x02Rq\x03."
with zipfile.ZipFile(os.path.join(out, "shell-in-data-pkl.pt"), "w", zipfile.ZIP_STORED) as z:
    z.writestr("archive/data.pkl", shell)
    z.writestr("archive/constants.pkl", b"\x80\x02).")
    z.writestr("archive/version", b"3\n")
print("wrote", out)
