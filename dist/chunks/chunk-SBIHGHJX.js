
// src/store/progress.ts
function createProgress(label, stream = process.stderr, env = process.env, options = {}) {
  let now = options.now ?? Date.now, terminal = !!stream.isTTY && !env.CI, interval = terminal ? 100 : options.lineIntervalMs ?? 5e3, samples = [], last = -1 / 0, drawn = !1, finished = !1, rate = (t, bytes) => {
    for (samples.push({ t, bytes }); samples.length > 2 && t - samples[1].t >= 1e3; ) samples.shift();
    let first = samples[0];
    return t - first.t >= 1e3 ? (bytes - first.bytes) * 1e3 / (t - first.t) : null;
  };
  return {
    update: (doneBytes, total) => {
      let t = now(), r = rate(t, doneBytes), complete = total > 0 && doneBytes >= total;
      if (t - last < interval && !(complete && !finished)) return;
      complete && (finished = !0), last = t;
      let frac = total > 0 ? Math.min(1, doneBytes / total) : 0, pct = `${(frac * 100).toFixed(0).padStart(3)}%`, speed = r === null ? "" : ` ${fmtBytes(r)}/s`;
      if (terminal) {
        let filled = Math.round(frac * 30), line = `${label} [${"#".repeat(filled)}${"-".repeat(30 - filled)}] ${pct} ${fmtBytes(doneBytes)}/${fmtBytes(total)}${speed}`;
        stream.write(`\r${line.slice(0, (stream.columns || 100) - 1)}\x1B[K`), drawn = !0;
      } else
        stream.write(`${label}: ${pct.trim()} ${fmtBytes(doneBytes)}/${fmtBytes(total)}${speed}
`);
    },
    done() {
      drawn && stream.write("\r\x1B[K"), drawn = !1;
    }
  };
}
function createFileProgress(verb, stream = process.stderr, env = process.env) {
  let current = null;
  return {
    update(name, done, total) {
      current?.name !== name && (current?.bar.done(), current = { name, bar: createProgress(`${verb} ${name}`, stream, env) }), current.bar.update(done, total), total > 0 && done >= total && (current.bar.done(), current = null);
    },
    done: () => current?.bar.done()
  };
}
function fmtBytes(n) {
  let units = ["B", "KiB", "MiB", "GiB", "TiB"], i = 0;
  for (; n >= 1024 && i < units.length - 1; )
    n /= 1024, i++;
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

export {
  createProgress,
  createFileProgress
};
