"""PyTorch eager reference for Mien's encoder benchmark: the same ViT sizes with random weights, timed the
same way (warm-up, then the median of N forward passes). Needs Debian's python3-torch.
    python3 tools/reference/bench_pytorch.py --model ViT-B/32 --batch 1 --iterations 30 [--threads N] [--int8]"""
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn as nn

from clip_reference import encode_image

SIZES = {"ViT-B/32": (768, 12, 32, 7, 512), "ViT-B/16": (768, 12, 16, 14, 512), "ViT-L/14": (1024, 24, 14, 16, 768)}


def random_visual(name):
    width, layers, patch, grid, embed = SIZES[name]
    g = torch.Generator().manual_seed(1)
    sd = {"visual.conv1.weight": torch.randn(width, 3, patch, patch, generator=g) * 0.02,
          "visual.class_embedding": torch.randn(width, generator=g) * 0.02,
          "visual.positional_embedding": torch.randn(grid * grid + 1, width, generator=g) * 0.02,
          "visual.ln_pre.weight": torch.ones(width), "visual.ln_pre.bias": torch.zeros(width),
          "visual.ln_post.weight": torch.ones(width), "visual.ln_post.bias": torch.zeros(width),
          "visual.proj": torch.randn(width, embed, generator=g) * 0.02}
    for i in range(layers):
        p = f"visual.transformer.resblocks.{i}."
        for key, shape in [("attn.in_proj_weight", (3 * width, width)), ("attn.in_proj_bias", (3 * width,)),
                           ("attn.out_proj.weight", (width, width)), ("attn.out_proj.bias", (width,)),
                           ("mlp.c_fc.weight", (4 * width, width)), ("mlp.c_fc.bias", (4 * width,)),
                           ("mlp.c_proj.weight", (width, 4 * width)), ("mlp.c_proj.bias", (width,))]:
            sd[p + key] = torch.randn(*shape, generator=g) * 0.02
        for ln in ("ln_1", "ln_2"):
            sd[p + ln + ".weight"], sd[p + ln + ".bias"] = torch.ones(width), torch.zeros(width)
    # clip_reference reads text sizes too; the vision pass never touches these.
    sd["ln_final.weight"] = torch.ones(512)
    return sd


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="ViT-B/32")
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--iterations", type=int, default=30)
    parser.add_argument("--threads", type=int, default=0, help="0: PyTorch's default")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    sd = random_visual(args.model)
    images = torch.rand(args.batch, 3, 224, 224)
    times = []
    with torch.inference_mode():
        for _ in range(2):
            encode_image(sd, images)
        for _ in range(args.iterations):
            start = time.perf_counter()
            encode_image(sd, images)
            times.append((time.perf_counter() - start) * 1000)
    ms = statistics.median(times)
    print(json.dumps({"bench": "encoder-pytorch-eager", "model": args.model, "batch": args.batch,
                      "threads": torch.get_num_threads(), "ms_per_batch": ms, "images_per_s": 1000 * args.batch / ms}))


if __name__ == "__main__":
    main()
