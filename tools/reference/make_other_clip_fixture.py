"""Makes tests/data/clip-other: a random CLIP ViT with sizes unlike clip-tiny's (to prove no size is assumed)
and float64 references from clip_reference.py. Run with Debian's python3-torch:
    python3 tools/reference/make_other_clip_fixture.py ../shared/fixtures/clip-tiny tests/data/clip-other"""
import json
import math
import struct
import sys
from collections import OrderedDict

import torch

from clip_reference import encode_image, encode_text


def read_safetensors(path):
    raw = open(path, "rb").read()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    types = {"F32": torch.float32, "I32": torch.int32, "F16": torch.float16}
    out = {}
    for key, v in header.items():
        if key == "__metadata__":
            continue
        s, e = v["data_offsets"]
        out[key] = torch.frombuffer(bytearray(raw[8 + n + s:8 + n + e]), dtype=types[v["dtype"]]).view(v["shape"])
    return out


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    names = {torch.float32: "F32", torch.int32: "I32"}
    for key, t in tensors.items():
        data = t.contiguous().numpy().tobytes()
        header[key] = {"dtype": names[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def random_clip(g, vision_width, vision_layers, patch, grid, text_width, text_layers, embed):
    sd = OrderedDict()

    def r(*shape, scale=0.05):
        return torch.randn(*shape, generator=g, dtype=torch.float64) * scale

    def blocks(prefix, width, layers):
        for i in range(layers):
            p = f"{prefix}{i}."
            sd[p + "attn.in_proj_weight"] = r(3 * width, width, scale=1 / math.sqrt(width))
            sd[p + "attn.in_proj_bias"] = r(3 * width)
            sd[p + "attn.out_proj.weight"] = r(width, width, scale=1 / math.sqrt(width))
            sd[p + "attn.out_proj.bias"] = r(width)
            sd[p + "ln_1.weight"] = 1 + r(width)
            sd[p + "ln_1.bias"] = r(width)
            sd[p + "mlp.c_fc.weight"] = r(4 * width, width, scale=1 / math.sqrt(width))
            sd[p + "mlp.c_fc.bias"] = r(4 * width)
            sd[p + "mlp.c_proj.weight"] = r(width, 4 * width, scale=1 / math.sqrt(4 * width))
            sd[p + "mlp.c_proj.bias"] = r(width)
            sd[p + "ln_2.weight"] = 1 + r(width)
            sd[p + "ln_2.bias"] = r(width)

    sd["positional_embedding"] = r(77, text_width, scale=0.01)
    sd["text_projection"] = r(text_width, embed, scale=1 / math.sqrt(text_width))
    sd["logit_scale"] = torch.tensor(math.log(1 / 0.07), dtype=torch.float64)
    sd["visual.class_embedding"] = r(vision_width)
    sd["visual.positional_embedding"] = r(grid * grid + 1, vision_width)
    sd["visual.proj"] = r(vision_width, embed, scale=1 / math.sqrt(vision_width))
    sd["visual.conv1.weight"] = r(vision_width, 3, patch, patch, scale=1 / (patch * math.sqrt(3)))
    sd["visual.ln_pre.weight"] = 1 + r(vision_width)
    sd["visual.ln_pre.bias"] = r(vision_width)
    blocks("visual.transformer.resblocks.", vision_width, vision_layers)
    sd["visual.ln_post.weight"] = 1 + r(vision_width)
    sd["visual.ln_post.bias"] = r(vision_width)
    sd["token_embedding.weight"] = r(49408, text_width, scale=0.02)
    blocks("transformer.resblocks.", text_width, text_layers)
    sd["ln_final.weight"] = 1 + r(text_width)
    sd["ln_final.bias"] = r(text_width)
    return sd


def main(tiny_dir, out_dir):
    g = torch.Generator().manual_seed(7)
    sd = random_clip(g, vision_width=192, vision_layers=3, patch=32, grid=3, text_width=128, text_layers=1, embed=40)
    half = OrderedDict((k, v.half()) for k, v in sd.items())
    torch.save(half, f"{out_dir}/openai-other.pt")
    sd64 = {k: v.double() for k, v in half.items()}
    head = (torch.randn(96, 40, generator=g, dtype=torch.float64) * 0.1).float()
    torch.save(OrderedDict([("module.mlp.weight", head)]), f"{out_dir}/head-other.pth")

    tokens = read_safetensors(f"{tiny_dir}/expected.safetensors")["tokens"][[0, 1, 3, 4, 21]].long()
    images = torch.rand(2, 3, 96, 96, generator=g, dtype=torch.float64).float()
    img = encode_image(sd64, images.double())
    txt = encode_text(sd64, tokens)
    scale = sd64["logit_scale"].exp()

    def norm(x):
        return x / x.norm(dim=-1, keepdim=True)

    h = head.double()
    per_prompt = scale * norm(img @ h.t()) @ norm(txt[:4] @ h.t()).t()
    head_logits = per_prompt.view(2, 2, 2).mean(-1)
    clip_logits = (scale * norm(img) @ norm(txt[:4]).t()).view(2, 2, 2).mean(-1)
    write_safetensors(f"{out_dir}/expected.safetensors", {
        "images": images, "tokens": tokens.int(), "image_features": img.float(), "text_features": txt.float(),
        "head_logits": head_logits.float(), "clip_logits": clip_logits.float()})


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
