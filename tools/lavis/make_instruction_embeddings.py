#!/usr/bin/env python3
"""Instruction embeddings for Exp-CLIP training, made the way the authors make them (zengqunzhao/Exp-CLIP).

For every face image in a folder: the image (resized to 224x224, values in [0, 1], no normalisation: the
same tensor the authors feed CLIP) goes through BLIP-2 FlanT5-XXL (LAVIS "blip2_t5", "pretrain_flant5xxl")
together with the instruction; the T5 encoder's output (its final layer norm, 32 query tokens + instruction
tokens) is averaged over tokens into one 4096-d vector. The authors capture it with a hook while generating;
the encoder runs once either way, so this script calls it directly.

Writes a float32 .npy matrix [N, 4096] and a CSV mapping (header "row,file", file relative to the folder)
that `mien-cli cache --embeddings OUT.npy --mapping OUT.csv` imports.

Needs a GPU with ~24 GB, PyTorch, torchvision, Pillow and salesforce-lavis (pip install salesforce-lavis).
Mien itself never runs this script.
"""
import argparse
import csv
import os
import sys

INSTRUCTION = ("Please play the role of a facial action describer. Objectively describe the detailed facial "
               "actions of the person in the image.")
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"}


def list_images(folder):
    found = []
    for root, _, files in os.walk(folder):
        for name in files:
            if os.path.splitext(name)[1].lower() in IMAGE_EXTENSIONS:
                found.append(os.path.relpath(os.path.join(root, name), folder))
    return sorted(found)


def encoder_embeddings(model, images, instruction, torch):
    """Mean over tokens of the T5 encoder output for [Q-Former queries; instruction], as in the authors' code."""
    with model.maybe_autocast():
        image_embeds = model.ln_vision(model.visual_encoder(images))
    image_embeds = image_embeds.float()
    image_atts = torch.ones(image_embeds.size()[:-1], dtype=torch.long, device=images.device)
    query_tokens = model.query_tokens.expand(image_embeds.shape[0], -1, -1)
    query_output = model.Qformer.bert(query_embeds=query_tokens, encoder_hidden_states=image_embeds,
                                      encoder_attention_mask=image_atts, return_dict=True)
    inputs_t5 = model.t5_proj(query_output.last_hidden_state)
    atts_t5 = torch.ones(inputs_t5.size()[:-1], dtype=torch.long, device=images.device)
    tokens = model.t5_tokenizer([instruction] * images.shape[0], padding="longest", return_tensors="pt").to(images.device)
    attention = torch.cat([atts_t5, tokens.attention_mask], dim=1)
    with model.maybe_autocast(dtype=torch.bfloat16):
        embeds = torch.cat([inputs_t5, model.t5_model.encoder.embed_tokens(tokens.input_ids)], dim=1)
        hidden = model.t5_model.encoder(inputs_embeds=embeds, attention_mask=attention, return_dict=True).last_hidden_state
    return hidden.mean(dim=1).float()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", help="folder of aligned face images (searched recursively)")
    parser.add_argument("--out", required=True, help="output prefix: writes PREFIX.npy and PREFIX.csv")
    parser.add_argument("--instruction", default=INSTRUCTION)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--device", default="cuda")
    args = parser.parse_args()

    import numpy as np
    import torch
    from PIL import Image
    from torchvision import transforms
    from lavis.models import load_model_and_preprocess

    files = list_images(args.folder)
    if not files:
        sys.exit(f"error: no images in {args.folder}")
    device = torch.device(args.device)
    model, _, _ = load_model_and_preprocess(name="blip2_t5", model_type="pretrain_flant5xxl", is_eval=True, device=device)
    to_tensor = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()])
    rows = []
    with torch.no_grad():
        for start in range(0, len(files), args.batch_size):
            batch = files[start:start + args.batch_size]
            images = torch.stack([to_tensor(Image.open(os.path.join(args.folder, f)).convert("RGB")) for f in batch]).to(device)
            rows.append(encoder_embeddings(model, images, args.instruction, torch).cpu().numpy())
            print(f"{min(start + args.batch_size, len(files))}/{len(files)}", file=sys.stderr)
    matrix = np.concatenate(rows).astype(np.float32)
    np.save(args.out + ".npy.part.npy", matrix)
    os.replace(args.out + ".npy.part.npy", args.out + ".npy")
    with open(args.out + ".csv.part", "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["row", "file"])
        for i, f in enumerate(files):
            writer.writerow([i, f])
    os.replace(args.out + ".csv.part", args.out + ".csv")
    print(f"wrote {args.out}.npy ({matrix.shape[0]} x {matrix.shape[1]}) and {args.out}.csv")


if __name__ == "__main__":
    main()
