"""A finished run read back: the CSV timeline as a typed DataFrame and its JSON sidecar as a dict."""
import json
import os

# The wide layout's columns before the p_<class> columns (CsvTimelineWriter::header), and their types.
_FLOAT_COLUMNS = ["timestamp_s", "score", "x", "y", "w", "h", "right_eye_x", "right_eye_y", "left_eye_x",
                  "left_eye_y", "nose_x", "nose_y", "mouth_right_x", "mouth_right_y", "mouth_left_x",
                  "mouth_left_y", "face_size_px", "sharpness", "yaw_deg", "pitch_deg", "roll_deg", "top_probability",
                  "probability"]


def sidecar_path(csv_path):
    """The sidecar beside a run's CSV: out/session.csv -> out/session.mien.json."""
    root, ext = os.path.splitext(os.fspath(csv_path))
    return root + ".mien.json"


def read_run(csv_path):
    """Reads a run that mien.annotate or mien-cli annotate wrote; returns (DataFrame, sidecar dict).

    Both layouts. Columns: frame (int64), timestamp_s (float64; NaN for image folders), file (string; image
    folders only), face_id (Int64; <NA> on a frame without faces), participant (string; <NA> when unnamed),
    then wide: score, x, y, w, h, the ten landmark columns, face_size_px, sharpness, yaw_deg, pitch_deg and
    roll_deg (float64), valid (Int64: 1 or 0), p_<class> per class (float64), top_label (categorical over the
    run's classes), top_probability (float64); long: valid (Int64), class (categorical), probability
    (float64). Runs from before a column existed simply lack it. The sidecar
    (`<name>.mien.json`) is also attached as frame.attrs["sidecar"]. Raises mien.MediaError when either file
    is missing or unreadable.
    """
    import pandas as pd
    from ._mien import MediaError
    csv_path = os.fspath(csv_path)
    side = sidecar_path(csv_path)
    try:
        with open(side, encoding="utf-8") as f:
            sidecar = json.load(f)
    except (OSError, ValueError) as e:
        raise MediaError(f"Cannot read the run's sidecar '{side}' ({e}); read a CSV that mien annotate wrote, "
                         "beside its .mien.json.") from None
    classes = list(sidecar.get("classes", []))
    labels = pd.CategoricalDtype(categories=classes)
    try:
        header = pd.read_csv(csv_path, nrows=0).columns
    except (OSError, ValueError) as e:
        raise MediaError(f"Cannot read the run's CSV '{csv_path}' ({e}).") from None
    dtypes = {"frame": "int64", "face_id": "Int64", "file": "string", "participant": "string", "valid": "Int64",
              "top_label": labels, "class": labels}
    for column in header:
        if column in _FLOAT_COLUMNS or column.startswith("p_"):
            dtypes[column] = "float64"
    dtypes = {k: v for k, v in dtypes.items() if k in header}
    frame = pd.read_csv(csv_path, dtype=dtypes, keep_default_na=False, na_values={c: [""] for c in header
                                                                                  if c != "file"})
    frame.attrs["sidecar"] = sidecar
    return frame, sidecar
