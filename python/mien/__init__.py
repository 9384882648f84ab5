"""Mien from Python: zero-shot facial expression recognition on Mien's own engine.

    engine = mien.Engine(model="openai-clip-vit-b-16", head="expclip-b16-head")
    faces = engine.classify("photos/")                 # every face in every photo
    frame = engine.classify("photos/", as_frame=True)  # the same as a pandas DataFrame
    mien.annotate("session.mp4", "out/", engine=engine)
    timeline, sidecar = mien.read_run("out/session.csv")

Errors are mien.ModelError and mien.MediaError (both mien.Error) with Mien's one-sentence messages; the engine
works without the GIL, so other Python threads keep running.
"""
import os

from ._mien import Engine as _NativeEngine
from ._mien import Error, MediaError, ModelError, __version__, _annotate, engine_options
from .faces import Faces
from .runs import read_run

__all__ = ["Engine", "Faces", "annotate", "read_run", "engine_options", "Error", "ModelError", "MediaError",
           "__version__"]

DEFAULT_TEMPLATE = "an expression of {}."


class Engine(_NativeEngine):
    """The engine: Engine(model=..., head=..., device=..., precision=..., threads=..., ...).

    Keywords are mien-cli's engine options (see mien.engine_options()); model= and head= take a path or a
    catalogue id from `mien-cli models list`. classes=, prompts= and template= set the default classes
    (else the paper's basic-7.ensemble-5 prompt set).
    """

    def __repr__(self):
        return f"<mien.Engine: {self.model_description}, {self.device}, {len(self.classes)} classes>"

    def classify(self, images, *, classes=None, prompts=None, template=DEFAULT_TEMPLATE, dimensions=None,
                 aligned=False, margin=0.15, features=False, as_frame=False, progress=None):
        """Labels the faces in `images`: a path, a folder (its images), an H x W x 3 uint8 RGB array, or a list.

        Whole photos by default: faces are detected and aligned as `mien-cli annotate` does (margin= is its
        --margin). aligned=True takes every image as one aligned face crop, as `mien-cli classify` does.
        classes= (names, prompts made with template=) or prompts= (a preset, a JSON file or a dict
        {class: prompt or [prompts]}) choose the classes for this call; dimensions= adds zero-shot dimensions
        as --dimensions does (a preset such as "valence-arousal", a JSON file, or a list of them), scored in
        Faces.dimension_scores and d_<name> columns. Returns a mien.Faces (numpy arrays),
        or its DataFrame with as_frame=True; features=True adds the encoder's image feature of each face.
        progress(report) hears of every image done (a dict: images_done, images_total); Ctrl-C stops the call.
        """
        result = Faces(self._classify(images, classes, prompts, template, dimensions, aligned, margin, features, progress))
        return result.to_frame() if as_frame else result


def annotate(inputs, out_dir, *, engine=None, classes=None, prompts=None, template=DEFAULT_TEMPLATE, every=1,
             fps=None, start=None, end=None, long=False, smooth=1.0, margin=0.15, batch_frames=8, video=False,
             resume=False, on_error="raise", progress=None, lost_track_time=2.0, participants=None, dimensions=None,
             window=1, window_valid_only=False, valid_min_size=None, valid_min_sharpness=None, valid_max_yaw=None,
             valid_max_pitch=None, valid_max_roll=None, valid_min_score=None, **engine_options):
    """Runs mien-cli annotate's job: one CSV timeline and one JSON sidecar per input, in `out_dir`.

    inputs: a video, an image folder, a folder of videos or a glob, or a list of them. engine= an Engine, or
    the engine's keywords (model=, head=, ...) to build one. The other keywords are the CLI's options
    (every = --every, fps = --fps, start/end in seconds, long = --long, smooth, margin, batch_frames,
    video = --video, resume = --resume, lost_track_time = --lost-track-time, participants = --participants: a
    NAME.participants.json file or a folder of them, dimensions = --dimensions, window = --window,
    window_valid_only = --window-valid-only, valid_min_size ... valid_min_score = --valid-min-size ...
    --valid-min-score, None keeping the default). progress(report) is called on this thread with a dict (input, index,
    count, frames_done, frames_total, fps, eta_s). Ctrl-C (KeyboardInterrupt) cancels cleanly: no final CSV
    or sidecar is written, and resume=True continues the run. on_error="skip" records a failed input's error
    in its outcome and goes on. Returns one dict per input (csv, sidecar, frames, faces, resumed, ...).
    """
    if engine is None:
        engine = Engine(**engine_options)
    elif engine_options:
        raise TypeError("Give engine= or the engine's keywords (" + ", ".join(sorted(engine_options)) + "), not both.")
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    names = [os.fspath(i) for i in inputs]
    return _annotate(engine, names, os.fspath(out_dir), classes, prompts, template, int(every),
                     float(fps or 0), float(start or 0), -1.0 if end is None else float(end), bool(long),
                     float(smooth), float(margin), int(batch_frames), bool(video), bool(resume), on_error, progress,
                     float(lost_track_time), "" if participants is None else os.fspath(participants), dimensions,
                     int(window), bool(window_valid_only),
                     {"valid_min_size": valid_min_size, "valid_min_sharpness": valid_min_sharpness,
                      "valid_max_yaw": valid_max_yaw, "valid_max_pitch": valid_max_pitch,
                      "valid_max_roll": valid_max_roll, "valid_min_score": valid_min_score})
