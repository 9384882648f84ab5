"""The faces that Engine.classify finds: numpy arrays, one row per face, and their DataFrame."""
import numpy as np

# The wide CSV timeline's landmark columns, in FaceDetection's order (image left first).
LANDMARK_COLUMNS = ["right_eye", "left_eye", "nose", "mouth_right", "mouth_left"]


class Faces:
    """One row per face, in image order (within an image by detector score).

    classes: the class names; files: each input's path (None for an array); faces_per_image: how many faces
    each input gave; image: the input each face comes from; box: x, y, w, h in the image's pixels; score: the
    detector's; landmarks: five (x, y) points; probabilities: one column per class, rows sum to 1; top and
    top_label, top_probability: the most probable class; dimensions and dimension_scores: the zero-shot
    dimensions asked for (dimensions=) and their scores, one column each; features: the encoder's image feature (features=True).
    Aligned crops (aligned=True) are whole-image boxes with NaN score and landmarks.
    """

    def __init__(self, raw):
        self.classes = list(raw["classes"])
        self.files = list(raw["files"])
        self.faces_per_image = raw["faces_per_image"]
        self.image = raw["image"]
        self.box = raw["box"]
        self.score = raw["score"]
        self.landmarks = raw["landmarks"]
        self.probabilities = raw["probabilities"]
        self.top = raw["top"]
        self.dimensions = list(raw["dimensions"])
        self.dimension_scores = raw["dimension_scores"]
        self.features = raw.get("features")

    def __len__(self):
        return len(self.image)

    def __repr__(self):
        return f"<mien.Faces: {len(self)} faces in {len(self.files)} images, classes {self.classes}>"

    @property
    def top_label(self):
        return [self.classes[t] for t in self.top]

    @property
    def top_probability(self):
        return self.probabilities[np.arange(len(self)), self.top] if len(self) else np.zeros(0, np.float32)

    def to_frame(self):
        """A DataFrame: image, file, face (0.. within the image), score, x, y, w, h, the ten landmark columns
        (right_eye_x ... mouth_left_y), p_<class> for each class, d_<dimension> for each dimension, top_label, top_probability, and f_0 ...
        f_<D-1> with features. Column names follow the wide CSV timeline."""
        import pandas as pd
        n = len(self)
        face = np.zeros(n, dtype=np.int64)
        for i in range(1, n):
            face[i] = face[i - 1] + 1 if self.image[i] == self.image[i - 1] else 0
        columns = {
            "image": self.image.astype(np.int64),
            "file": pd.array([self.files[i] for i in self.image], dtype="string"),
            "face": face,
            "score": self.score,
            "x": self.box[:, 0], "y": self.box[:, 1], "w": self.box[:, 2], "h": self.box[:, 3],
        }
        for k, name in enumerate(LANDMARK_COLUMNS):
            columns[name + "_x"] = self.landmarks[:, k, 0]
            columns[name + "_y"] = self.landmarks[:, k, 1]
        for c, name in enumerate(self.classes):
            columns["p_" + name] = self.probabilities[:, c]
        for d, name in enumerate(self.dimensions):
            columns["d_" + name] = self.dimension_scores[:, d]
        columns["top_label"] = pd.Categorical([self.classes[t] for t in self.top], categories=self.classes)
        columns["top_probability"] = self.top_probability
        frame = pd.DataFrame(columns)
        if self.features is not None:
            features = pd.DataFrame(self.features, columns=[f"f_{d}" for d in range(self.features.shape[1])])
            frame = pd.concat([frame, features], axis=1)
        return frame
