#!/usr/bin/python3
"""Start to first label and peak memory of `mien-cli classify` (one image, whole process) with a real-size CLIP in
OpenAI's .pt layout (fp16, random weights, made as compare_with_peers.py makes them), per precision, in interleaved
rounds; beside it the size of the weights in the precision that runs, and the peak as a multiple of it.

    /usr/bin/python3 benchmarks/peers/start_and_memory.py [--build build] [--model ViT-B/16]
        [--precisions fp32,int8,bf16] [--rounds 5] [--threads 2] [--image IMAGE]

Prints a table, then one JSON line per precision."""
import json
import os
import random
import statistics
import subprocess
import sys
import time

from real_size_model import parse_options, real_size_model

GNU_TIME = "/usr/bin/time"


def weight_bytes(pt, precision):
    """Bytes of the weights as Mien keeps them: the image tower's linear weights (the patch embedding's too) in the
    precision that runs (int8: one byte and a per-channel scale; bf16: two bytes), the rest of the image tower in
    bf16 for bf16, fp32 otherwise, the text tower in fp32 (it runs in fp32 on the CPU) but for its token-embedding
    table, whose rows are gathered from the file as read (fp16)."""
    import torch
    total = 0
    for key, t in torch.load(pt).items():
        n = t.numel()
        vision = key.startswith("visual.")
        linear = vision and (t.dim() == 2 and ".resblocks." in key or key == "visual.conv1.weight")
        if precision == "int8" and linear:
            total += n + 4 * t.shape[0]
        elif precision == "bf16" and vision:
            total += 2 * n
        elif key == "token_embedding.weight":
            total += n * t.element_size()
        else:
            total += 4 * n
    return total


def run_once(argv, env):
    """Seconds to the first line on stdout (the first label), seconds to exit, and peak RSS in bytes. GNU time forks
    the command and reports its peak: a child forked or spawned from this interpreter would start its peak at this
    interpreter's size, which the kernel carries across exec."""
    start = time.perf_counter()
    process = subprocess.Popen([GNU_TIME, "-f", "%M"] + argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               text=True)
    process.stdout.readline()
    first_label = time.perf_counter() - start
    _, errors = process.communicate()
    if process.returncode:
        sys.exit(f"{' '.join(argv)} failed ({process.returncode}): {errors.strip()}")
    return first_label, time.perf_counter() - start, int(errors.strip().splitlines()[-1]) * 1024


def main():
    args = parse_options(__doc__, rounds=5)
    cli = os.path.join(args.build, "app", "mien-cli")
    if not os.access(cli, os.X_OK):
        sys.exit(f"'{cli}' is missing; build it with: cmake --build {args.build} --target mien-cli")
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit(f"'{GNU_TIME}' is missing; install GNU time (apt-get install time) to measure the peak memory.")
    from compare_with_peers import peer_environment
    pt = real_size_model(args)
    env = peer_environment(args.threads)
    precisions = args.precisions.split(",")
    argv = {p: [cli, "classify", "--model", pt, "--preprocess", "clip", "--prompts", "basic-7.ensemble-5",
                "--precision", p, "--threads", str(args.threads), args.image] for p in precisions}
    for p in precisions:  # warm the page cache and check that each mode runs
        run_once(argv[p], env)
    first, total, peak = ({p: [] for p in precisions} for _ in range(3))
    for r in range(args.rounds):
        order = list(precisions)
        random.Random(r).shuffle(order)
        for p in order:
            f, t, rss = run_once(argv[p], env)
            first[p].append(f)
            total[p].append(t)
            peak[p].append(rss)
        print(f"round {r + 1}/{args.rounds} done", file=sys.stderr, flush=True)
    file_bytes = os.path.getsize(pt)
    rows = []
    for p in precisions:
        weights = weight_bytes(pt, p)
        rows.append({"bench": "start-and-memory", "model": args.model, "precision": p, "threads": args.threads,
                     "rounds": args.rounds, "weights_file_bytes": file_bytes, "weights_bytes": weights,
                     "first_label_s": statistics.median(first[p]), "process_s": statistics.median(total[p]),
                     "peak_rss_bytes": max(peak[p]), "peak_vs_weights": max(peak[p]) / weights})
    print(f"\n{args.model}, weights file {file_bytes / 1e6:.0f} MB (fp16); medians of {args.rounds} runs, peak of all")
    print("| precision | start to first label s | whole process s | peak RSS MB | weights as run MB | peak / weights |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['precision']} | {r['first_label_s']:.2f} | {r['process_s']:.2f} | {r['peak_rss_bytes'] / 1e6:.0f} | "
              f"{r['weights_bytes'] / 1e6:.0f} | {r['peak_vs_weights']:.2f}× |")
    for r in rows:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
