"""Plain-PyTorch CLIP ViT forward pass, written from the paper's description, used to make test references
and to time PyTorch eager against Mien. Needs Debian's python3-torch; not part of the application."""
import math

import torch
import torch.nn.functional as F


def sizes(sd):
    width = sd["visual.conv1.weight"].shape[0]
    return {
        "vision_width": width,
        "vision_heads": width // 64,
        "vision_layers": len({k.split(".")[3] for k in sd if k.startswith("visual.transformer.resblocks.")}),
        "patch": sd["visual.conv1.weight"].shape[-1],
        "text_width": sd["ln_final.weight"].shape[0],
        "text_heads": sd["ln_final.weight"].shape[0] // 64,
        "text_layers": len({k.split(".")[2] for k in sd if k.startswith("transformer.resblocks.")}),
    }


def block(x, sd, prefix, heads, mask=None):
    def ln(t, name):
        return F.layer_norm(t, (t.shape[-1],), sd[prefix + name + ".weight"], sd[prefix + name + ".bias"], 1e-5)

    b, n, w = x.shape
    h = ln(x, "ln_1")
    qkv = F.linear(h, sd[prefix + "attn.in_proj_weight"], sd[prefix + "attn.in_proj_bias"])
    q, k, v = qkv.view(b, n, 3, heads, w // heads).permute(2, 0, 3, 1, 4)
    scores = q @ k.transpose(-2, -1) / math.sqrt(w // heads)
    if mask is not None:
        scores = scores + mask
    ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, w)
    x = x + F.linear(ctx, sd[prefix + "attn.out_proj.weight"], sd[prefix + "attn.out_proj.bias"])
    h = F.linear(ln(x, "ln_2"), sd[prefix + "mlp.c_fc.weight"], sd[prefix + "mlp.c_fc.bias"])
    h = h * torch.sigmoid(1.702 * h)
    return x + F.linear(h, sd[prefix + "mlp.c_proj.weight"], sd[prefix + "mlp.c_proj.bias"])


def encode_image(sd, images):
    s = sizes(sd)
    x = F.conv2d(images, sd["visual.conv1.weight"], stride=s["patch"]).flatten(2).transpose(1, 2)
    cls = sd["visual.class_embedding"].view(1, 1, -1).expand(x.shape[0], 1, -1)
    x = torch.cat([cls, x], 1) + sd["visual.positional_embedding"]
    x = F.layer_norm(x, (x.shape[-1],), sd["visual.ln_pre.weight"], sd["visual.ln_pre.bias"], 1e-5)
    for i in range(s["vision_layers"]):
        x = block(x, sd, f"visual.transformer.resblocks.{i}.", s["vision_heads"])
    x = F.layer_norm(x[:, 0], (x.shape[-1],), sd["visual.ln_post.weight"], sd["visual.ln_post.bias"], 1e-5)
    return x @ sd["visual.proj"]


def encode_text(sd, tokens):
    s = sizes(sd)
    n = tokens.shape[1]
    mask = torch.full((n, n), float("-inf"), dtype=sd["positional_embedding"].dtype).triu(1)
    x = sd["token_embedding.weight"][tokens] + sd["positional_embedding"]
    for i in range(s["text_layers"]):
        x = block(x, sd, f"transformer.resblocks.{i}.", s["text_heads"], mask)
    x = F.layer_norm(x, (x.shape[-1],), sd["ln_final.weight"], sd["ln_final.bias"], 1e-5)
    return x[torch.arange(x.shape[0]), tokens.argmax(-1)] @ sd["text_projection"]
