#!/usr/bin/python3
"""What an edited prompt costs once the text tower is let go: Mien's Python engine with a real-size CLIP (OpenAI
.pt layout, fp16, random weights, made as compare_with_peers.py makes them) classifies one aligned face with the
prompts it has already encoded, and with a prompt set it has not seen (one class more each time: the text tower is
built again from the file and every prompt encoded), in alternating rounds, per precision.

    PYTHONPATH=build/python /usr/bin/python3 benchmarks/peers/prompt_edit.py [--build build] [--model ViT-B/16]
        [--precisions fp32,int8,bf16] [--rounds 7] [--threads 2] [--image IMAGE]

Prints a table, then one JSON line per precision."""
import json
import os
import statistics
import sys
import time

from real_size_model import parse_options, real_size_model

CLASSES = ["neutral", "happy", "sad", "surprised", "afraid", "disgusted", "angry"]


def timed(call):
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def main():
    args = parse_options(__doc__, rounds=7)
    sys.path.insert(0, os.path.join(args.build, "python"))
    try:
        import mien
    except ImportError as e:
        sys.exit(f"Mien's Python module is not in '{args.build}/python' ({e}); build it with: "
                 f"cmake --build {args.build} --target mien_python")
    pt = real_size_model(args)
    rows = []
    for precision in args.precisions.split(","):
        engine = mien.Engine(model=pt, preprocess="clip", precision=precision, threads=args.threads)

        def classify(classes):
            engine.classify(args.image, aligned=True, classes=classes)

        classify(CLASSES)  # the engine's prompts are encoded as it is built; this warms the image side
        same, edited = [], []
        for r in range(args.rounds):
            same.append(timed(lambda: classify(CLASSES)))
            edited.append(timed(lambda: classify(CLASSES + [f"pensive {r}"])))
        rows.append({"bench": "prompt-edit", "model": args.model, "precision": precision, "threads": args.threads,
                     "rounds": args.rounds, "same_prompts_ms": statistics.median(same),
                     "edited_prompts_ms": statistics.median(edited),
                     "reencode_ms": statistics.median(edited) - statistics.median(same)})
    print(f"\n{args.model}, one aligned face per call, medians of {args.rounds} calls each")
    print("| precision | same prompts ms | edited prompts ms | re-encoding ms |")
    print("|---|---|---|---|")
    for r in rows:
        print(f"| {r['precision']} | {r['same_prompts_ms']:.0f} | {r['edited_prompts_ms']:.0f} | {r['reencode_ms']:.0f} |")
    for r in rows:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
