"""mien.annotate and mien.read_run: the CLI's CSV byte for byte, typed DataFrames with the documented columns,
progress, and Ctrl-C (SIGINT in a subprocess) cancelling with nothing half-written."""
import json
import os
import shutil
import unittest

import numpy as np

import mien
import mien_fixtures as fx

VIDEO = fx.shared("media/single_face.mp4")
LONG_VIDEO = fx.shared("media/WolfgangLanger_Pexels.mp4")
FACE_LEAVES = fx.shared("media/face_noface.mov")
PHOTOS = [fx.shared("media/astronaut.png"), fx.shared("media/messi5.jpg"), fx.shared("media/multi_face.jpg")]
ENGINE_FLAGS = ["--model", fx.MODEL, "--head", fx.HEAD, "--device", "cpu"]
FLOAT_COLUMNS = ["score", "x", "y", "w", "h", "right_eye_x", "right_eye_y", "left_eye_x", "left_eye_y", "nose_x",
                 "nose_y", "mouth_right_x", "mouth_right_y", "mouth_left_x", "mouth_left_y", "face_size_px", "sharpness",
                 "yaw_deg", "pitch_deg", "roll_deg"]
WIDE_COLUMNS = ["frame", "timestamp_s", "face_id", "participant"] + FLOAT_COLUMNS + ["valid"]


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def sidecar_options(path):
    with open(path) as f:
        return json.load(f)["options"]


class AnnotateTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = mien.Engine(model=fx.MODEL, head=fx.HEAD, device="cpu")

    def setUp(self):
        self.scratch = fx.Scratch()
        self.dir = self.scratch.__enter__()

    def tearDown(self):
        self.scratch.__exit__(None, None, None)

    def out(self, name):
        return os.path.join(self.dir, name)

    def assert_same_run(self, python_dir, cli_dir, stem):
        self.assertEqual(read_bytes(os.path.join(python_dir, stem + ".csv")), read_bytes(os.path.join(cli_dir, stem + ".csv")))
        self.assertEqual(sidecar_options(os.path.join(python_dir, stem + ".mien.json")),
                         sidecar_options(os.path.join(cli_dir, stem + ".mien.json")))

    def test_the_csv_is_the_clis(self):
        folder = self.out("photos")
        os.mkdir(folder)
        for p in PHOTOS:
            shutil.copy(p, folder)
        fx.run_cli("annotate", VIDEO, folder, "-o", self.out("cli"), *ENGINE_FLAGS)
        outcomes = mien.annotate([VIDEO, folder], self.out("python"), engine=self.engine)
        self.assertEqual([o["frames"] for o in outcomes], [72, 3])
        self.assertEqual(outcomes[0]["csv"], os.path.join(self.out("python"), "single_face.csv"))
        self.assert_same_run(self.out("python"), self.out("cli"), "single_face")
        self.assert_same_run(self.out("python"), self.out("cli"), "photos")

        # the CLI's options, by keyword; the engine built from keywords
        fx.run_cli("annotate", VIDEO, "-o", self.out("cli-long"), *ENGINE_FLAGS, "--long", "--every", "3", "--smooth",
                   "0.5", "--classes", "happiness,sadness,surprise")
        mien.annotate(VIDEO, self.out("python-long"), model=fx.MODEL, head=fx.HEAD, device="cpu", long=True, every=3,
                      smooth=0.5, classes=["happiness", "sadness", "surprise"])
        self.assert_same_run(self.out("python-long"), self.out("cli-long"), "single_face")

        # tracking and participants, as the CLI's --lost-track-time and --participants
        names = self.out("single_face.participants.json")
        with open(names, "w") as f:
            f.write('{"1": "P01"}')
        fx.run_cli("annotate", VIDEO, "-o", self.out("cli-named"), *ENGINE_FLAGS, "--lost-track-time", "0.5",
                   "--participants", names)
        mien.annotate(VIDEO, self.out("python-named"), engine=self.engine, lost_track_time=0.5, participants=names)
        self.assert_same_run(self.out("python-named"), self.out("cli-named"), "single_face")
        frame, _ = mien.read_run(self.out("python-named/single_face.csv"))
        self.assertEqual(set(frame["participant"].dropna()), {"P01"})

        # zero-shot dimensions and the feature window, as --dimensions, --window and --window-valid-only
        fx.run_cli("annotate", VIDEO, "-o", self.out("cli-window"), *ENGINE_FLAGS, "--dimensions", "valence-arousal",
                   "--window", "4", "--window-valid-only", "--valid-min-sharpness", "80", "--valid-max-yaw", "25")
        mien.annotate(VIDEO, self.out("python-window"), engine=self.engine, dimensions="valence-arousal", window=4,
                      window_valid_only=True, valid_min_sharpness=80, valid_max_yaw=25)
        self.assert_same_run(self.out("python-window"), self.out("cli-window"), "single_face")
        header = read_bytes(self.out("python-window/single_face.csv")).split(b"\n")[0].decode()
        self.assertIn("d_valence,d_arousal", header)
        self.assertTrue(header.endswith(",window_frames"))

    def test_read_run_gives_typed_frames(self):
        mien.annotate(FACE_LEAVES, self.out("wide"), engine=self.engine)
        frame, sidecar = mien.read_run(self.out("wide/face_noface.csv"))
        classes = self.engine.classes
        self.assertEqual(sidecar["classes"], classes)
        self.assertIs(frame.attrs["sidecar"], sidecar)
        self.assertEqual(list(frame.columns), WIDE_COLUMNS + ["p_" + c for c in classes] + ["top_label", "top_probability"])
        dtypes = {c: str(t) for c, t in frame.dtypes.items()}
        self.assertEqual(dtypes["frame"], "int64")
        self.assertEqual(dtypes["face_id"], "Int64")
        self.assertEqual(dtypes["top_label"], "category")
        self.assertEqual(dtypes["participant"], "string")
        self.assertEqual(dtypes["valid"], "Int64")
        for c in FLOAT_COLUMNS + ["timestamp_s", "top_probability"] + ["p_" + c for c in classes]:
            self.assertEqual(dtypes[c], "float64", c)
        self.assertEqual(list(frame["top_label"].cat.categories), classes)
        self.assertEqual(len(frame), 169)  # one row per frame here: the face leaves, the frame stays
        no_face = frame["face_id"].isna()
        self.assertEqual(int(no_face.sum()), 169 - 72)
        self.assertTrue(frame.loc[no_face, "p_" + classes[0]].isna().all())
        self.assertTrue(frame.loc[no_face, "top_label"].isna().all())
        self.assertTrue(frame["timestamp_s"].is_monotonic_increasing)
        faces = frame[~no_face]
        np.testing.assert_allclose(faces[["p_" + c for c in classes]].sum(axis=1), 1.0, atol=1e-5)

        folder = self.out("photos")
        os.mkdir(folder)
        for p in PHOTOS:
            shutil.copy(p, folder)
        mien.annotate(folder, self.out("long"), engine=self.engine, long=True)
        frame, _ = mien.read_run(self.out("long/photos.csv"))
        self.assertEqual(list(frame.columns), ["frame", "timestamp_s", "file", "face_id", "participant", "valid", "class",
                                               "probability"])
        self.assertEqual(str(frame["file"].dtype), "string")
        self.assertEqual(str(frame["class"].dtype), "category")
        self.assertTrue(frame["timestamp_s"].isna().all())  # images have no presentation times
        self.assertEqual(len(frame), 7 * len(classes))
        self.assertEqual(sorted(set(os.path.basename(f) for f in frame["file"])), sorted(os.path.basename(p) for p in PHOTOS))

        with self.assertRaises(mien.MediaError):
            mien.read_run(self.out("nothing-here.csv"))

    def test_progress_reaches_the_callback_and_its_errors_cancel(self):
        reports = []
        mien.annotate(VIDEO, self.out("progress"), engine=self.engine, progress=reports.append)
        self.assertTrue(reports)
        self.assertEqual(reports[-1]["input"], VIDEO)
        self.assertEqual(reports[-1]["count"], 1)
        done = [r["frames_done"] for r in reports]
        self.assertEqual(done, sorted(done))
        self.assertLessEqual(done[-1], 72)

        class Stop(Exception):
            pass

        def stop(report):
            raise Stop()

        with self.assertRaises(Stop):
            mien.annotate(LONG_VIDEO, self.out("stopped"), engine=self.engine, progress=stop, video=True)
        self.assertFalse(os.path.exists(self.out("stopped/WolfgangLanger_Pexels.csv")))
        self.assertFalse(os.path.exists(self.out("stopped/WolfgangLanger_Pexels.mien.json")))
        self.assertEqual([f for f in os.listdir(self.out("stopped")) if ".annotated.mp4" in f], [])

    def test_the_readme_example_runs(self):
        readme = open(os.path.join(os.path.dirname(__file__), "../../README.md"), encoding="utf-8").read()
        section = readme[readme.index("## Mien from Python"):]
        example = section[section.index("```python") + len("```python"):]
        example = example[:example.index("```")]
        photos = self.out("photos")
        os.mkdir(photos)
        for p in PHOTOS:
            shutil.copy(p, photos)
        for placeholder, fixture in [('"openai-clip-vit-b-16"', repr(fx.MODEL)), ('"expclip-b16-head"', repr(fx.HEAD)),
                                     ('"photos/"', repr(photos + "/")), ('"face1.png"', repr(PHOTOS[0])),
                                     ('"session.mp4"', repr(VIDEO)), ('"out/"', repr(self.out("out") + "/")),
                                     ('"out/session.csv"', repr(self.out("out/single_face.csv")))]:
            self.assertIn(placeholder, example)
            example = example.replace(placeholder, fixture)
        try:
            import matplotlib
            matplotlib.use("Agg")
        except ImportError:  # pandas plots through matplotlib; without it the example's last line cannot run
            example = example.replace(".plot(", ".agg(lambda column, **_: column.max(), ")
        scope = {"rgb_array": np.zeros((224, 224, 3), np.uint8)}
        exec(compile(example, "README.md", "exec"), scope)
        self.assertEqual(len(scope["faces"]), 7)
        self.assertEqual(len(scope["timeline"]), 72)

    def test_errors_name_the_input(self):
        with self.assertRaises(mien.MediaError) as missing:
            mien.annotate(self.out("missing.mp4"), self.out("x"), engine=self.engine)
        self.assertIn("missing.mp4", str(missing.exception))
        outcomes = mien.annotate([self.out("missing.mp4"), VIDEO], self.out("x"), engine=self.engine, on_error="skip")
        self.assertIn("missing.mp4", outcomes[0]["error"])
        self.assertIsNone(outcomes[1]["error"])
        with self.assertRaises(mien.ModelError) as bad:
            mien.annotate(VIDEO, self.out("x"), engine=self.engine, every=0)
        self.assertIn("--every", str(bad.exception))
        with self.assertRaises(mien.ModelError):
            mien.annotate(VIDEO, self.out("x"), model="/no/such/model.pt")

    def test_ctrl_c_cancels_with_nothing_half_written(self):
        code, out, err, waited = fx.interrupt_child(f"""
            said = []
            def progress(report):
                if not said:
                    said.append(1)
                    print("started", flush=True)
            try:
                mien.annotate([{LONG_VIDEO!r}, {VIDEO!r}], {self.out("run")!r}, engine=engine, progress=progress)
            except KeyboardInterrupt:
                print("interrupted", flush=True)
                sys.exit(130)
            print("finished", flush=True)
        """, timeout=60)
        self.assertEqual(code, 130, err)
        self.assertEqual(out.strip(), "interrupted")
        self.assertLess(waited, 5.0)
        # no final file for the interrupted input, the next never started; the rows so far wait for resume=True
        self.assertFalse(os.path.exists(self.out("run/WolfgangLanger_Pexels.csv")))
        self.assertFalse(os.path.exists(self.out("run/WolfgangLanger_Pexels.mien.json")))
        self.assertFalse(os.path.exists(self.out("run/single_face.csv")))
        self.assertTrue(os.path.exists(self.out("run/WolfgangLanger_Pexels.csv.part")))

        outcomes = mien.annotate([LONG_VIDEO, VIDEO], self.out("run"), engine=self.engine, resume=True)
        self.assertEqual([o["frames"] for o in outcomes], [472, 72])
        self.assertEqual([o["resumed"] for o in outcomes], [True, False])
        fx.run_cli("annotate", LONG_VIDEO, VIDEO, "-o", self.out("cli"), *ENGINE_FLAGS)
        self.assert_same_run(self.out("run"), self.out("cli"), "WolfgangLanger_Pexels")
        self.assert_same_run(self.out("run"), self.out("cli"), "single_face")
        self.assertEqual(sorted(os.listdir(self.out("run"))), sorted(os.listdir(self.out("cli"))))


if __name__ == "__main__":
    unittest.main()
