"""The options and the model of the benchmarks that run Mien itself on one real-size CLIP (start_and_memory.py,
prompt_edit.py): random weights in OpenAI's .pt layout, made as compare_with_peers.py makes them."""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_options(description, rounds):
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--model", default="ViT-B/16")
    parser.add_argument("--precisions", default="fp32,int8,bf16")
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--image", default=os.path.join(ROOT, "..", "shared", "media", "astronaut.png"))
    options = parser.parse_args()
    if not os.path.isfile(options.image):
        sys.exit(f"The image '{options.image}' does not exist; pass --image.")
    return options


def real_size_model(options):
    """The model's .pt in <build>/peers, made on first use."""
    from compare_with_peers import prepare_model
    work = os.path.join(options.build, "peers")
    os.makedirs(work, exist_ok=True)
    return prepare_model(options.model, work)[0]
