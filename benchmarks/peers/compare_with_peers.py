#!/usr/bin/python3
"""Mien's image encoder beside ONNX Runtime and PyTorch eager, in one run, on the same random CLIP weights at the
published sizes: rounds interleave every runtime on every case, medians are reported, and Mien's time as a ratio
of each peer's (these machines are noisy; ratios from one run are what count).

    /usr/bin/python3 benchmarks/peers/compare_with_peers.py [--build build] [--models ViT-B/32,ViT-B/16]
        [--batches 1,8] [--threads 2] [--rounds 7] [--iterations 3] [--precisions fp32,int8,bf16]

Needs Debian's python3-torch (weights, ONNX export, the PyTorch peer) and node + npm: onnxruntime-node is installed
into BUILD/peers on first use (npm install --ignore-scripts). Prints a table, then one JSON line per case.
Weights (OpenAI's .pt layout, fp16) and ONNX files are cached in BUILD/peers."""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def cpu_flags():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    return set()


def openblas_kernels():
    """The OpenBLAS kernels PyTorch should run here (Debian's OpenBLAS picks SSE3 kernels on unknown CPUs)."""
    flags = cpu_flags()
    return "SkylakeX" if "avx512f" in flags else "Haswell" if "avx2" in flags else None


def peer_environment(threads):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    env.update(OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    return env


def ensure_onnxruntime(work):
    if os.path.isdir(os.path.join(work, "node_modules", "onnxruntime-node")):
        return
    for tool in ("node", "npm"):
        if not shutil.which(tool):
            sys.exit(f"The ONNX Runtime peer needs '{tool}'; install Debian's nodejs and npm (apt-get install nodejs npm).")
    print("Installing onnxruntime-node into", work, flush=True)
    subprocess.run(["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", work,
                    "onnxruntime-node"], check=True, stdout=subprocess.DEVNULL)


def prepare_model(name, work):
    """The random CLIP as an OpenAI-layout .pt (fp16) for Mien, and its image tower as ONNX (fp32)."""
    import torch
    from openai_clip_vit import random_clip_state_dict, vision_module
    stem = os.path.join(work, name.replace("/", "-") + ".random")
    pt, onnx = stem + ".pt", stem + ".onnx"
    if not (os.path.exists(pt) and os.path.exists(onnx)):
        print("Making random weights for", name, flush=True)
        sd = random_clip_state_dict(name)
        torch.save(sd, pt + ".part")
        model = vision_module(name, sd)
        with torch.no_grad():
            torch.onnx.export(model, torch.rand(1, 3, 224, 224), onnx + ".part", opset_version=14,
                              input_names=["images"], output_names=["features"],
                              dynamic_axes={"images": {0: "batch"}, "features": {0: "batch"}})
        os.replace(pt + ".part", pt)
        os.replace(onnx + ".part", onnx)
    return pt, onnx


class Runner:
    """One runtime in its own process, answering JSON timing requests on stdin."""

    def __init__(self, label, argv, env, cwd=None):
        self.label = label
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=cwd,
                                        text=True, bufsize=1)
        self.hello = self._reply()

    def _reply(self):
        while True:
            line = self.process.stdout.readline()
            if not line:
                sys.exit(f"The {self.label} runner stopped (exit status {self.process.wait()}).")
            if line.startswith("{"):
                return json.loads(line)

    def time(self, **request):
        self.process.stdin.write(json.dumps(request) + "\n")
        return self._reply()

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def torch_runner(pt, name):
    """The PyTorch eager peer (python3 compare_with_peers.py --torch-runner PT NAME), threads from the environment."""
    import torch
    from openai_clip_vit import vision_module
    torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    model = vision_module(name, torch.load(pt))
    print(json.dumps({"ready": True, "version": torch.__version__, "threads": torch.get_num_threads()}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        images = torch.rand(request["batch"], 3, 224, 224)
        ms = []
        with torch.inference_mode():
            for i in range(request["warmup"] + request["iterations"]):
                start = time.perf_counter()
                model(images)
                if i >= request["warmup"]:
                    ms.append((time.perf_counter() - start) * 1000)
        print(json.dumps({"ms": ms}), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--models", default="ViT-B/32,ViT-B/16")
    parser.add_argument("--batches", default="1,8")
    parser.add_argument("--precisions", default="fp32,int8,bf16", help="Mien's modes (the peers run fp32)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--iterations", type=int, default=3, help="timed passes per runtime, case and round")
    parser.add_argument("--mien-kernels", default="",
                        help="also run Mien with MIEN_KERNELS set to each of these (libtorch, onednn), to compare kernels")
    parser.add_argument("--mien-env", default="",
                        help="also run Mien with each of these NAME=VALUE settings (';' between them), to compare settings")
    parser.add_argument("--peers", default="onnxruntime,pytorch", help="the peers to run ('' for Mien alone)")
    parser.add_argument("--torch-threads", default="1,2", help="PyTorch thread counts tried; the best is reported")
    parser.add_argument("--torch-runner", nargs=2, metavar=("PT", "NAME"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.torch_runner:
        return torch_runner(*args.torch_runner)

    mien = os.path.join(args.build, "benchmarks", "mien-bench-encoder")
    if not os.access(mien, os.X_OK):
        sys.exit(f"'{mien}' is missing; build it with: cmake --build {args.build} --target mien-bench-encoder")
    work = os.path.join(args.build, "peers")
    os.makedirs(work, exist_ok=True)
    if "onnxruntime" in args.peers.split(","):
        ensure_onnxruntime(work)
    sys.path.insert(0, HERE)
    batches = [int(b) for b in args.batches.split(",")]
    wanted = args.precisions.split(",")
    torch_threads = [int(t) for t in args.torch_threads.split(",")]
    rows = []
    for name in args.models.split(","):
        pt, onnx = prepare_model(name, work)
        precisions = wanted
        runners = {}
        mien_argv = [mien, "--serve", "--weights", pt, "--threads", str(args.threads)]
        mien_runner = Runner("Mien", mien_argv, peer_environment(args.threads))
        precisions = [p for p in precisions if p in mien_runner.hello["precisions"]]
        for p in precisions:
            runners["mien " + p] = (mien_runner, {"precision": p})
        for variant in variants(args):
            runner = Runner("Mien", mien_argv, peer_environment(args.threads) | variant_environment(variant))
            for p in precisions:
                runners[f"mien[{variant}] {p}"] = (runner, {"precision": p})
        peers = args.peers.split(",")
        ort_env = peer_environment(args.threads) | {"NODE_PATH": os.path.join(work, "node_modules")}
        if "onnxruntime" in peers:
            runners["onnxruntime"] = (Runner("ONNX Runtime", ["node", os.path.join(HERE, "ort_runner.js"), onnx,
                                                              str(args.threads)], ort_env), {})
        for t in torch_threads if "pytorch" in peers else []:
            env = peer_environment(t)
            if openblas_kernels():
                env["OPENBLAS_CORETYPE"] = openblas_kernels()
            runners[f"pytorch {t}t"] = (Runner("PyTorch", [sys.executable, os.path.abspath(__file__),
                                                           "--torch-runner", pt, name], env), {})
        times = {(label, b): [] for label in runners for b in batches}
        extra = {}
        for batch in batches:  # warm-up, and Mien's accuracy against its fp32, outside the rounds
            for label, (runner, fixed) in runners.items():
                reply = runner.time(batch=batch, warmup=1, iterations=0, **fixed)
                extra[label] = {k: v for k, v in reply.items() if k != "ms"}
        for r in range(args.rounds):
            order = [(label, b) for label in runners for b in batches]
            random.Random(r).shuffle(order)
            for label, batch in order:
                runner, fixed = runners[label]
                times[(label, batch)] += runner.time(batch=batch, warmup=0, iterations=args.iterations, **fixed)["ms"]
            print(f"{name}: round {r + 1}/{args.rounds} done", file=sys.stderr, flush=True)
        versions = {"mien": mien_runner.hello.get("kernels", ""), "mien_openmp": mien_runner.hello.get("openmp", "")}
        if "onnxruntime" in runners:
            versions["onnxruntime"] = runners["onnxruntime"][0].hello.get("version", "")
        torch_labels = [label for label in runners if label.startswith("pytorch")]
        if torch_labels:
            versions["pytorch"] = runners[torch_labels[0]][0].hello.get("version", "")
        for runner in {id(r): r for r, _ in runners.values()}.values():
            runner.close()
        for batch in batches:
            median = {label: statistics.median(times[(label, batch)]) for label in runners}
            row = {"bench": "encoder-peers", "model": name, "batch": batch, "threads": args.threads,
                   "rounds": args.rounds, "passes_per_runtime": args.rounds * args.iterations, "versions": versions}
            peers = {}
            if "onnxruntime" in runners:
                peers["onnxruntime"] = row["onnxruntime_fp32_ms"] = median["onnxruntime"]
            if torch_labels:
                best_torch = min(torch_labels, key=median.get)
                peers["pytorch"] = row["pytorch_fp32_ms"] = median[best_torch]
                row["pytorch_threads"] = int(best_torch.split()[1][:-1])
            for p in precisions:
                m = median["mien " + p]
                row[f"mien_{p}_ms"] = m
                for peer, ms in peers.items():
                    row[f"mien_{p}_vs_{peer}"] = m / ms
                row[f"mien_{p}_kernel"] = extra["mien " + p].get("kernel", "")
                for variant in variants(args):
                    row[f"mien_{p}_[{variant}]_ms"] = median[f"mien[{variant}] {p}"]
                    row[f"mien_{p}_[{variant}]_vs_mien"] = median[f"mien[{variant}] {p}"] / m
                if p != "fp32":
                    row[f"mien_{p}_max_probability_difference_vs_fp32"] = extra["mien " + p].get("max_probability_difference_vs_fp32")
                    row[f"mien_{p}_top1_agreement_vs_fp32"] = extra["mien " + p].get("top1_agreement_vs_fp32")
            rows.append(row)
    print_table(rows, precisions, variants(args))
    for row in rows:
        print(json.dumps(row))


def variants(args):
    """Mien's extra runners: MIEN_KERNELS values (--mien-kernels) and NAME=VALUE settings (--mien-env)."""
    return [f"MIEN_KERNELS={k}" for k in filter(None, args.mien_kernels.split(","))] + \
        list(filter(None, args.mien_env.split(";")))


def variant_environment(variant):
    return dict(item.split("=", 1) for item in variant.split())


def print_table(rows, precisions, variants):
    """The issue's table: ms per batch of every runtime, then Mien's time as a ratio of each peer's."""
    peers = [(key, title) for key, title in (("onnxruntime", "ORT"), ("pytorch", "PyTorch"))
             if rows and f"{key}_fp32_ms" in rows[0]]
    head = ["model, batch"] + [f"{title} fp32" for _, title in peers] + [f"Mien {p}" for p in precisions] + \
           [f"Mien {p} [{v}]" for v in variants for p in precisions] + \
           [f"{p}/{title}" for _, title in peers for p in precisions]
    print("\nms per batch (median), Mien's time as a ratio of each peer's")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        cells = [f"{r['model']}, {r['batch']}"]
        cells += [f"{r[f'{key}_fp32_ms']:.1f}" + (f" ({r['pytorch_threads']}t)" if key == "pytorch" else "")
                  for key, _ in peers]
        cells += [f"{r[f'mien_{p}_ms']:.1f}" for p in precisions]
        cells += [f"{r[f'mien_{p}_[{v}]_ms']:.1f} ({r[f'mien_{p}_[{v}]_vs_mien']:.2f}×)" for v in variants for p in precisions]
        cells += [f"{r[f'mien_{p}_vs_{key}']:.2f}×" for key, _ in peers for p in precisions]
        print("| " + " | ".join(cells) + " |")
    for r in rows[:1]:
        print("versions:", json.dumps(r["versions"]))


if __name__ == "__main__":
    main()
