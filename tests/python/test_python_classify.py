"""mien.Engine from Python: the CLI's numbers on crops, annotate's faces on whole photos, features, the
DataFrame, catalogue ids, errors with core's sentences, and the GIL released while the engine works."""
import csv
import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
import unittest

import numpy as np

import mien
import mien_fixtures as fx

PHOTOS = [fx.shared("media/astronaut.png"), fx.shared("media/messi5.jpg"), fx.shared("media/multi_face.jpg")]
LANDMARKS = ["right_eye_x", "right_eye_y", "left_eye_x", "left_eye_y", "nose_x", "nose_y", "mouth_right_x",
             "mouth_right_y", "mouth_left_x", "mouth_left_y"]


def decode_rgb(path):
    """The photo's pixels as H x W x 3 uint8 RGB, decoded by FFmpeg (not by the code under test)."""
    import subprocess
    size = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height",
                           "-of", "csv=p=0", path], capture_output=True, text=True, check=True).stdout
    width, height = (int(v) for v in size.strip().split(","))
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(height, width, 3)


def write_ppm(path, rgb):
    with open(path, "wb") as f:
        f.write(b"P6 %d %d 255\n" % (rgb.shape[1], rgb.shape[0]))
        f.write(np.ascontiguousarray(rgb).tobytes())


class ClassifyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = mien.Engine(model=fx.MODEL, head=fx.HEAD, device="cpu")

    def cli_probabilities(self, *extra):
        doc = json.loads(fx.run_cli("classify", "--model", fx.MODEL, "--head", fx.HEAD, "--device", "cpu", "--json",
                                    *extra, "--", *PHOTOS).stdout)
        return doc["classes"], np.array([[r["probabilities"][c] for c in doc["classes"]] for r in doc["results"]])

    def test_crops_give_the_cli_probabilities(self):
        classes, expected = self.cli_probabilities()
        faces = self.engine.classify(PHOTOS, aligned=True)
        self.assertEqual(faces.classes, classes)
        self.assertEqual(faces.probabilities.shape, expected.shape)
        np.testing.assert_allclose(faces.probabilities, expected, rtol=0, atol=1e-6)
        self.assertEqual(faces.top_label, [classes[i] for i in expected.argmax(1)])

        classes, expected = self.cli_probabilities("--classes", "happiness,sadness,surprise")
        faces = self.engine.classify(PHOTOS, classes=["happiness", "sadness", "surprise"], aligned=True)
        self.assertEqual(faces.classes, classes)
        np.testing.assert_allclose(faces.probabilities, expected, rtol=0, atol=1e-6)
        # the next call without classes= is back on the engine's default set
        self.assertEqual(len(self.engine.classify(PHOTOS[0], aligned=True).classes), 7)

    def test_dimensions_are_the_clis(self):
        doc = json.loads(fx.run_cli("classify", "--model", fx.MODEL, "--head", fx.HEAD, "--device", "cpu", "--json",
                                    "--dimensions", "valence-arousal", "--", *PHOTOS).stdout)
        expected = np.array([[r["dimensions"][d] for d in ("valence", "arousal")] for r in doc["results"]])
        faces = self.engine.classify(PHOTOS, aligned=True, dimensions="valence-arousal")
        self.assertEqual(faces.dimensions, ["valence", "arousal"])
        np.testing.assert_allclose(faces.dimension_scores, expected, rtol=0, atol=1e-6)
        frame = faces.to_frame()
        np.testing.assert_allclose(frame["d_arousal"].to_numpy(), expected[:, 1], rtol=0, atol=1e-6)
        self.assertEqual(list(frame.columns).index("d_valence"), list(frame.columns).index("p_" + faces.classes[-1]) + 1)
        self.assertEqual(self.engine.classify(PHOTOS[0], aligned=True).dimension_scores.shape, (1, 0))
        with self.assertRaisesRegex(mien.ModelError, "neither a file nor a preset"):
            self.engine.classify(PHOTOS[0], aligned=True, dimensions=["valence-arousal", "no-such-set"])

    def test_prompt_presets_and_dicts(self):
        classes, expected = self.cli_probabilities("--prompts", "mafw-11.class-name")
        faces = self.engine.classify(PHOTOS, prompts="mafw-11.class-name", aligned=True)
        self.assertEqual(faces.classes, classes)
        np.testing.assert_allclose(faces.probabilities, expected, rtol=0, atol=1e-6)
        by_dict = self.engine.classify(PHOTOS[0], prompts={"happy": ["a smiling face", "a happy face"],
                                                           "sad": "a sad face"}, aligned=True)
        self.assertEqual(by_dict.classes, ["happy", "sad"])
        self.assertAlmostEqual(float(by_dict.probabilities.sum()), 1.0, places=5)

    def test_arrays_give_what_their_files_give(self):
        # a strided view (a crop of the photo) as well as whole arrays; the files hold the same pixels
        pixels = [decode_rgb(p) for p in PHOTOS]
        pixels[0] = pixels[0][20:-20, 10:-30]
        self.assertFalse(pixels[0].flags["C_CONTIGUOUS"])
        with fx.Scratch() as d:
            files = [os.path.join(d, f"{i}.ppm") for i in range(len(pixels))]
            for f, p in zip(files, pixels):
                write_ppm(f, p)
            for aligned in (True, False):
                from_files = self.engine.classify(files, aligned=aligned)
                from_arrays = self.engine.classify(pixels, aligned=aligned)
                self.assertEqual(len(from_arrays), 3 if aligned else 7)
                np.testing.assert_array_equal(from_arrays.probabilities, from_files.probabilities)
                np.testing.assert_array_equal(from_arrays.box, from_files.box)
                self.assertEqual(from_arrays.files, [None] * 3)
        one = self.engine.classify(pixels[1], aligned=True)
        self.assertEqual(len(one), 1)

    def test_whole_photos_give_the_faces_annotate_finds(self):
        with fx.Scratch() as scratch:
            folder = os.path.join(scratch, "photos")
            os.mkdir(folder)
            for p in PHOTOS:
                shutil.copy(p, folder)
            fx.run_cli("annotate", folder, "-o", os.path.join(scratch, "out"), "--model", fx.MODEL, "--head", fx.HEAD,
                       "--device", "cpu")
            with open(os.path.join(scratch, "out", "photos.csv"), newline="") as f:
                rows = [r for r in csv.DictReader(f) if r["face_id"]]
            faces = self.engine.classify(folder)
        self.assertEqual(len(rows), 7)  # one astronaut, one footballer, five faces in multi_face.jpg
        self.assertEqual(len(faces), len(rows))
        self.assertEqual(list(faces.faces_per_image), [1, 1, 5])
        frame = faces.to_frame()
        for i, row in enumerate(rows):
            self.assertEqual(os.path.basename(frame.file[i]), os.path.basename(row["file"]))
            for column in ["score", "x", "y", "w", "h", *LANDMARKS]:
                self.assertAlmostEqual(float(frame[column][i]), float(row[column]), delta=0.0051, msg=column)
            for c in faces.classes:
                self.assertAlmostEqual(float(frame["p_" + c][i]), float(row["p_" + c]), delta=1e-6, msg=c)
            self.assertEqual(frame.top_label[i], row["top_label"])

    def test_features_and_encoders(self):
        faces = self.engine.classify(PHOTOS, aligned=True, features=True)
        np.testing.assert_array_equal(self.engine.encode_images(PHOTOS, aligned=True), faces.features)
        whole = self.engine.classify(PHOTOS, features=True)
        np.testing.assert_array_equal(self.engine.encode_images(PHOTOS), whole.features)
        self.assertEqual(whole.features.shape, (7, 48))

        expected = fx.read_safetensors(fx.shared("fixtures/clip-tiny/expected.safetensors"))["text_features"]
        with open(fx.shared("fixtures/clip-tiny/README.json")) as f:
            texts = json.load(f)["texts"]
        features = self.engine.encode_texts(texts)
        self.assertEqual(features.dtype, np.float32)
        self.assertEqual(features.shape, expected.shape)
        error = np.abs(features.astype(np.float64) - expected).max() / np.abs(expected).max()
        self.assertLess(error, 1e-4)

    def test_the_frame_has_the_documented_columns(self):
        frame = self.engine.classify(PHOTOS, features=True, as_frame=True)
        classes = self.engine.classes
        expected = ["image", "file", "face", "score", "x", "y", "w", "h", *LANDMARKS,
                    *["p_" + c for c in classes], "top_label", "top_probability", *[f"f_{d}" for d in range(48)]]
        self.assertEqual(list(frame.columns), expected)
        self.assertEqual(str(frame["image"].dtype), "int64")
        self.assertEqual(str(frame["file"].dtype), "string")
        self.assertEqual(list(frame["face"]), [0, 0, 0, 1, 2, 3, 4])
        self.assertEqual(list(frame["top_label"].cat.categories), classes)
        self.assertEqual(str(frame["p_" + classes[0]].dtype), "float32")
        np.testing.assert_allclose(frame[["p_" + c for c in classes]].sum(axis=1), 1.0, atol=1e-5)

    def test_catalogue_ids_name_installed_models(self):
        with fx.Scratch() as store:
            old = os.environ.get("XDG_DATA_HOME")
            os.environ["XDG_DATA_HOME"] = store
            try:
                with self.assertRaises(mien.ModelError) as missing:
                    mien.Engine(model="openai-clip-vit-b-32", head=fx.HEAD)
                self.assertEqual(str(missing.exception), "Model 'openai-clip-vit-b-32' is not installed yet; run: "
                                                         "mien-cli models fetch openai-clip-vit-b-32")
                os.makedirs(os.path.join(store, "mien/models/openai-clip-vit-b-32"))
                installed = os.path.join(store, "mien/models/openai-clip-vit-b-32/ViT-B-32.pt")
                os.symlink(fx.MODEL, installed)
                engine = mien.Engine(model="openai-clip-vit-b-32", head=fx.HEAD, device="cpu")
            finally:
                if old is None:
                    del os.environ["XDG_DATA_HOME"]
                else:
                    os.environ["XDG_DATA_HOME"] = old
        self.assertEqual(engine.spec["model"], installed)
        np.testing.assert_array_equal(engine.classify(PHOTOS, aligned=True).probabilities,
                                      self.engine.classify(PHOTOS, aligned=True).probabilities)

    def test_errors_are_exceptions_with_core_sentences(self):
        with self.assertRaises(mien.ModelError) as bad_model:
            mien.Engine(model="/no/such/model.pt")
        self.assertEqual(str(bad_model.exception),
                         "'/no/such/model.pt' is neither a file nor a model id from 'mien-cli models list'.")
        self.assertIsInstance(bad_model.exception, mien.Error)
        self.assertIsNone(bad_model.exception.remedy)
        with self.assertRaises(mien.ModelError) as no_model:
            mien.Engine()
        self.assertEqual(str(no_model.exception), "No CLIP model given; name a model folder or .pt file.")
        self.assertEqual(no_model.exception.remedy, "pass model= with a model folder, .pt file or catalogue id")
        with fx.Scratch() as d:
            corrupt = os.path.join(d, "model.pt")
            with open(corrupt, "wb") as f:
                f.write(b"PK\x03\x04 not really a zip")
            with self.assertRaises(mien.ModelError) as damaged:
                mien.Engine(model=corrupt)
            self.assertIn(corrupt, str(damaged.exception))
            with self.assertRaises(mien.ModelError) as gpu:
                mien.Engine(model=fx.MODEL, device="gpu")
            self.assertIn("gpu", str(gpu.exception))
        with self.assertRaises(mien.MediaError) as missing:
            self.engine.classify("/no/such/photo.png")
        self.assertEqual(str(missing.exception), "Image '/no/such/photo.png' does not exist.")
        with self.assertRaises(ValueError):
            self.engine.classify(np.zeros((8, 8, 3), np.float32))
        with self.assertRaises(ValueError):
            self.engine.classify(np.zeros((8, 8), np.uint8))
        with self.assertRaises(TypeError):
            mien.Engine(model=fx.MODEL, modle="typo")
        with self.assertRaises(mien.ModelError):
            self.engine.classify(PHOTOS[0], classes=["only-one"])

    def test_a_gfer_head_has_its_own_classes_and_no_text_side(self):
        engine = mien.Engine(model=fx.MODEL, head=fx.shared("fixtures/gfer-tiny/gfer-tiny.pth"), device="cpu")
        doc = json.loads(fx.run_cli("classify", "--model", fx.MODEL, "--head", fx.shared("fixtures/gfer-tiny/gfer-tiny.pth"),
                                    "--device", "cpu", "--json", "--", *PHOTOS).stdout)
        faces = engine.classify(PHOTOS, aligned=True)
        self.assertEqual(engine.classes, doc["classes"])
        self.assertEqual(faces.classes, doc["classes"])
        expected = np.array([[r["probabilities"][c] for c in doc["classes"]] for r in doc["results"]])
        np.testing.assert_allclose(faces.probabilities, expected, rtol=0, atol=1e-6)
        with self.assertRaises(mien.ModelError) as no_text:
            engine.encode_texts(["a smiling face"])
        self.assertIn("no text side", str(no_text.exception))

    def test_ctrl_c_stops_a_long_classify(self):
        code, out, err, waited = fx.interrupt_child(f"""
            print("started", flush=True)
            try:
                engine.classify({PHOTOS!r} * 400)
            except KeyboardInterrupt:
                print("interrupted", flush=True)
                sys.exit(130)
            print("finished", flush=True)
        """, timeout=120, settle=0.5)
        self.assertEqual(code, 130, err)
        self.assertEqual(out.strip(), "interrupted")
        self.assertLess(waited, 3.0)  # the whole call takes tens of seconds

    def test_progress_counts_images(self):
        reports = []
        many = PHOTOS * 20
        self.engine.classify(many, progress=reports.append)
        self.engine.encode_images(many, progress=reports.append)
        self.assertTrue(reports)
        self.assertEqual(reports[-1], {"images_done": 60, "images_total": 60})
        done = [r["images_done"] for r in reports]
        self.assertEqual(done.count(60), 2)

    def test_threads_share_an_engine(self):
        expected = self.engine.classify(PHOTOS).probabilities
        results = [None] * 4

        def work(i):
            results[i] = self.engine.classify(PHOTOS, classes=["a", "b"] if i % 2 else None).probabilities

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for i, r in enumerate(results):
            self.assertEqual(r.shape, (7, 2) if i % 2 else expected.shape)
            if i % 2 == 0:
                np.testing.assert_array_equal(r, expected)

    def test_a_forked_child_is_told_to_make_its_own_engine(self):
        child = textwrap.dedent(f"""
            import os, sys, mien
            engine = mien.Engine(model={fx.MODEL!r}, head={fx.HEAD!r}, device="cpu")
            engine.classify({PHOTOS[0]!r}, aligned=True)
            pid = os.fork()
            if pid == 0:
                try:
                    engine.classify({PHOTOS[0]!r}, aligned=True)
                    print("ran", flush=True)
                except mien.ModelError as e:
                    print(e, flush=True)
                sys.exit(0)  # a normal exit: the engine is destroyed in the child too
            _, status = os.waitpid(pid, 0)
            print("child", os.waitstatus_to_exitcode(status), flush=True)
            print(len(engine.classify({PHOTOS[0]!r}, aligned=True)), flush=True)
        """)
        done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60, env=os.environ)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout.splitlines(), [
            "This engine was made before the process forked and cannot run here; make a mien.Engine in each process "
            "(or use multiprocessing's 'spawn' start method).", "child 0", "1"])

    def test_the_gil_is_released_while_the_engine_works(self):
        ticks = []
        done = threading.Event()

        def tick():
            while not done.is_set():
                ticks.append(time.perf_counter())
                time.sleep(0.001)

        ticker = threading.Thread(target=tick)
        ticker.start()
        started = time.perf_counter()
        try:
            for _ in range(3):
                self.engine.classify(PHOTOS * 4)
        finally:
            done.set()
            ticker.join()
        elapsed = time.perf_counter() - started
        during = [t for t in ticks if t >= started]
        gaps = np.diff(during) if len(during) > 1 else np.array([elapsed])
        # the ticker runs all along: no gap longer than a tenth of the work (it would be the whole call if held)
        self.assertGreater(elapsed, 0.2)
        self.assertLess(gaps.max(), max(0.1 * elapsed, 0.05), f"longest pause {gaps.max():.3f} s of {elapsed:.3f} s")


if __name__ == "__main__":
    unittest.main()
