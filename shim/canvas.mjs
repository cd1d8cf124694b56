// Drawing of point_stream and polyline exports on a <canvas>, shared by
// every generated renderer_template.js (the compiler embeds this file in it
// verbatim) and by the npm API. Plain ES module, no dependencies.
//
//   const m = await instantiate(wasm);              // from host_shim.js
//   renderExport(canvas, m, 'spiral', 0.5);          // one frame
//   const stop = animate(canvas, m, 'spiral');       // t = seconds, per frame

/* The drawing box of points: their bounds, with a square aspect so that a
 * circle stays round, and the canvas mapping (y grows upwards). */
export function fitPoints(points, width, height, pad = 12) {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) return null; // nothing finite to draw
  const spanX = maxX - minX || 1, spanY = maxY - minY || 1;
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const offX = (width - spanX * scale) / 2, offY = (height - spanY * scale) / 2;
  return {
    x: (x) => offX + (x - minX) * scale,
    y: (y) => height - offY - (y - minY) * scale,
  };
}

/* Draw points ([x, y] pairs) scaled to fit: 'polyline' joins them in
 * order, 'point_stream' draws each as a dot. Non-finite points are skipped
 * (a polyline restarts after one). */
export function drawPoints(canvas, points, mode = 'polyline', style = {}) {
  const ctx = canvas.getContext('2d');
  const { width, height } = canvas;
  ctx.save();
  ctx.fillStyle = style.background ?? '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const fit = fitPoints(points, width, height);
  if (fit) {
    ctx.strokeStyle = ctx.fillStyle = style.color ?? '#2563eb';
    ctx.lineWidth = style.lineWidth ?? 2;
    ctx.lineJoin = 'round';
    if (mode === 'polyline') {
      ctx.beginPath();
      let pen = false;
      for (const [x, y] of points) {
        if (!Number.isFinite(x) || !Number.isFinite(y)) { pen = false; continue; }
        if (pen) ctx.lineTo(fit.x(x), fit.y(y));
        else ctx.moveTo(fit.x(x), fit.y(y));
        pen = true;
      }
      ctx.stroke();
    } else {
      const r = style.pointRadius ?? 2.5;
      for (const [x, y] of points) {
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        ctx.beginPath();
        ctx.arc(fit.x(x), fit.y(y), r, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  }
  ctx.restore();
}

/* Call export `name` of an instantiated module (host_shim.js's
 * instantiate()) with args, then draw the points that call produced in the
 * export's render mode. Returns the number of points. */
export function renderExport(canvas, module, name, ...args) {
  const mode = modeOf(module, name);
  module.exports[name](...args);
  const points = module.points(name);
  drawPoints(canvas, points, mode);
  return points.length;
}

function modeOf(module, name) {
  const sig = module.manifest.exports.find((e) => e.name === name);
  if (!sig || sig.mode === 'scalar_field') throw new TypeError(`${name} is not a point_stream or polyline export`);
  return sig.mode;
}

/* Redraw export `name` on every animation frame with t = seconds since
 * the start (options.args(t) gives other arguments). Stops at the first
 * error (options.onError(error) receives it). Returns stop(). */
export function animate(canvas, module, name, options = {}) {
  const args = options.args ?? ((t) => [t]);
  const raf = globalThis.requestAnimationFrame ?? ((f) => setTimeout(() => f(performance.now()), 16));
  const cancel = globalThis.cancelAnimationFrame ?? clearTimeout;
  let start = null, id = null, stopped = false;
  const frame = (now) => {
    if (stopped) return;
    if (start === null) start = now;
    try {
      renderExport(canvas, module, name, ...args((now - start) / 1000));
    } catch (e) {
      stopped = true;
      if (options.onError) options.onError(e);
      else throw e;
      return;
    }
    id = raf(frame);
  };
  id = raf(frame);
  return () => { stopped = true; if (id !== null) cancel(id); };
}
