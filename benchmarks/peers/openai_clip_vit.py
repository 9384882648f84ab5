"""OpenAI's CLIP image tower as an nn.Module (the structure of openai/CLIP's model.py: Conv2d patches, class token,
ln_pre, residual blocks of nn.MultiheadAttention + QuickGELU MLP, ln_post, proj), and random CLIP state dicts at the
published sizes in OpenAI's layout. Used by the peer benchmark only (PyTorch eager and the ONNX export)."""
from collections import OrderedDict

import torch
import torch.nn as nn

# name: (vision width, layers, patch, grid) — every B model has a 512-wide text tower and 512-d features.
VISION_SIZES = {"ViT-B/32": (768, 12, 32, 7), "ViT-B/16": (768, 12, 16, 14)}
TEXT = {"width": 512, "layers": 12, "context": 77, "vocab": 49408, "embed": 512}


class QuickGELU(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(1.702 * x)


class ResidualAttentionBlock(nn.Module):
    def __init__(self, width, heads):
        super().__init__()
        self.attn = nn.MultiheadAttention(width, heads)
        self.ln_1 = nn.LayerNorm(width)
        self.mlp = nn.Sequential(OrderedDict([("c_fc", nn.Linear(width, width * 4)), ("gelu", QuickGELU()),
                                              ("c_proj", nn.Linear(width * 4, width))]))
        self.ln_2 = nn.LayerNorm(width)

    def forward(self, x):
        h = self.ln_1(x)
        x = x + self.attn(h, h, h, need_weights=False)[0]
        return x + self.mlp(self.ln_2(x))


class VisionTransformer(nn.Module):
    def __init__(self, width, layers, patch, grid, embed):
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, kernel_size=patch, stride=patch, bias=False)
        self.class_embedding = nn.Parameter(torch.empty(width))
        self.positional_embedding = nn.Parameter(torch.empty(grid * grid + 1, width))
        self.ln_pre = nn.LayerNorm(width)
        self.transformer = nn.Module()
        self.transformer.resblocks = nn.Sequential(*[ResidualAttentionBlock(width, width // 64) for _ in range(layers)])
        self.ln_post = nn.LayerNorm(width)
        self.proj = nn.Parameter(torch.empty(width, embed))

    def forward(self, x):
        x = self.conv1(x).flatten(2).permute(0, 2, 1)
        cls = self.class_embedding.to(x.dtype).expand(x.shape[0], 1, -1)
        x = self.ln_pre(torch.cat([cls, x], dim=1) + self.positional_embedding)
        x = self.transformer.resblocks(x.permute(1, 0, 2)).permute(1, 0, 2)  # OpenAI's blocks run sequence-first
        return self.ln_post(x[:, 0, :]) @ self.proj


def random_clip_state_dict(name, seed=1):
    """Every tensor of an OpenAI CLIP state dict at the published size, random, in fp16 as OpenAI ships them."""
    width, layers, patch, grid = VISION_SIZES[name]
    g = torch.Generator().manual_seed(seed)
    sd = OrderedDict()

    def rand(*shape):
        fan_in = shape[-1] if len(shape) >= 2 else 1
        return torch.randn(*shape, generator=g) * (0.02 / max(1.0, fan_in / 64) ** 0.5)

    def blocks(prefix, w, n):
        for i in range(n):
            p = f"{prefix}{i}."
            sd[p + "attn.in_proj_weight"], sd[p + "attn.in_proj_bias"] = rand(3 * w, w), rand(3 * w)
            sd[p + "attn.out_proj.weight"], sd[p + "attn.out_proj.bias"] = rand(w, w), rand(w)
            sd[p + "ln_1.weight"], sd[p + "ln_1.bias"] = 1 + rand(w), rand(w)
            sd[p + "mlp.c_fc.weight"], sd[p + "mlp.c_fc.bias"] = rand(4 * w, w), rand(4 * w)
            sd[p + "mlp.c_proj.weight"], sd[p + "mlp.c_proj.bias"] = rand(w, 4 * w), rand(w)
            sd[p + "ln_2.weight"], sd[p + "ln_2.bias"] = 1 + rand(w), rand(w)

    sd["visual.class_embedding"] = rand(width)
    sd["visual.positional_embedding"] = rand(grid * grid + 1, width)
    sd["visual.proj"] = rand(width, TEXT["embed"])
    sd["visual.conv1.weight"] = rand(width, 3, patch, patch)
    sd["visual.ln_pre.weight"], sd["visual.ln_pre.bias"] = 1 + rand(width), rand(width)
    blocks("visual.transformer.resblocks.", width, layers)
    sd["visual.ln_post.weight"], sd["visual.ln_post.bias"] = 1 + rand(width), rand(width)
    tw = TEXT["width"]
    sd["positional_embedding"] = rand(TEXT["context"], tw)
    sd["text_projection"] = rand(tw, TEXT["embed"])
    sd["logit_scale"] = torch.tensor(4.6052)
    sd["token_embedding.weight"] = rand(TEXT["vocab"], tw)
    blocks("transformer.resblocks.", tw, TEXT["layers"])
    sd["ln_final.weight"], sd["ln_final.bias"] = 1 + rand(tw), rand(tw)
    return OrderedDict((k, v.half()) for k, v in sd.items())


def vision_module(name, sd):
    width, layers, patch, grid = VISION_SIZES[name]
    model = VisionTransformer(width, layers, patch, grid, TEXT["embed"])
    visual = {k[len("visual."):]: v.float() for k, v in sd.items() if k.startswith("visual.")}
    model.load_state_dict(visual, strict=True)
    return model.eval()
