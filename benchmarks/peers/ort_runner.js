// ONNX Runtime (npm onnxruntime-node, CPU execution provider) side of the peer benchmark: loads one exported
// image tower, then answers timing requests read as JSON lines on stdin with JSON lines on stdout.
//   node ort_runner.js MODEL.onnx THREADS      (NODE_PATH must reach onnxruntime-node)
// Request: {"batch": 8, "warmup": 1, "iterations": 3}; reply: {"ms": [...]} (each one forward pass).
'use strict';
const ort = require('onnxruntime-node');
const readline = require('readline');

async function main() {
  const [modelPath, threads] = process.argv.slice(2);
  const session = await ort.InferenceSession.create(modelPath, {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
    executionMode: 'sequential',
    intraOpNumThreads: Number(threads),
    interOpNumThreads: 1,
  });
  const inputName = session.inputNames[0];
  const inputs = new Map();
  const imagesFor = (batch) => {
    if (!inputs.has(batch)) {
      const data = new Float32Array(batch * 3 * 224 * 224);
      for (let i = 0; i < data.length; ++i) data[i] = Math.random();
      inputs.set(batch, {[inputName]: new ort.Tensor('float32', data, [batch, 3, 224, 224])});
    }
    return inputs.get(batch);
  };
  process.stdout.write(JSON.stringify({ready: true, version: ort.env.versions.common || ''}) + '\n');
  const lines = readline.createInterface({input: process.stdin});
  for await (const line of lines) {
    if (!line.trim()) continue;
    const request = JSON.parse(line);
    const feeds = imagesFor(request.batch);
    for (let i = 0; i < request.warmup; ++i) await session.run(feeds);
    const ms = [];
    for (let i = 0; i < request.iterations; ++i) {
      const start = process.hrtime.bigint();
      await session.run(feeds);
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    process.stdout.write(JSON.stringify({ms}) + '\n');
  }
}

main().catch((e) => {
  process.stderr.write(`ONNX Runtime runner failed: ${e.message}\n`);
  process.exit(1);
});
