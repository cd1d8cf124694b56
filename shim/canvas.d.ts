// Types of shim/canvas.mjs (`multilingual/canvas`): drawing the points of
// point_stream and polyline exports on a <canvas>.
import type { HostModule } from './host_runtime.js';

/** The 2D canvas the functions draw on: an HTMLCanvasElement or an OffscreenCanvas. */
export interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
}

/** How points are drawn: 'polyline' joins them in order, 'point_stream' draws each as a dot. */
export type RenderMode = 'polyline' | 'point_stream';

export interface DrawStyle {
  /** Fill of the whole canvas first (default '#ffffff'). */
  background?: string;
  /** Line and dot colour (default '#2563eb'). */
  color?: string;
  /** Line width in canvas pixels (default 2). */
  lineWidth?: number;
  /** Radius of a point_stream dot (default 2.5). */
  pointRadius?: number;
}

/** The mapping of points into a width x height box with `pad` pixels around (default 12), square aspect,
 * y growing upwards; null when no point is finite. */
export function fitPoints(
  points: Iterable<readonly [number, number]>,
  width: number,
  height: number,
  pad?: number,
): { x(x: number): number; y(y: number): number } | null;

/** Draws [x, y] points scaled to fit the canvas; non-finite points are skipped (a polyline restarts after one). */
export function drawPoints(
  canvas: CanvasLike,
  points: Iterable<readonly [number, number]>,
  mode?: RenderMode,
  style?: DrawStyle,
): void;

/** Calls export `name` of an instantiated module with args and draws the points it produced; returns their number. */
export function renderExport(canvas: CanvasLike, module: HostModule, name: string, ...args: unknown[]): number;

export interface AnimateOptions {
  /** The export's arguments for time t (seconds since the start); default (t) => [t]. */
  args?: (t: number) => unknown[];
  /** Receives the first error (drawing stops); without it the error is thrown. */
  onError?: (error: unknown) => void;
}

/** Redraws export `name` on every animation frame; returns stop(). */
export function animate(canvas: CanvasLike, module: HostModule, name: string, options?: AnimateOptions): () => void;
