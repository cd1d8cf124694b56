// make serve: serves the built playground (build/site) on 127.0.0.1.
//   node web/serve.mjs build/site [port]
import { startStaticServer } from '../tests/helpers/static_server.mjs';

const [dir = 'build/site', port = '8000'] = process.argv.slice(2);
// Cross-origin isolated (COOP + COEP), so that input() can wait for the
// visitor (SharedArrayBuffer); any static host that can send these two
// headers gets the same, others the stdin box alone.
const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const server = await startStaticServer(dir, { port: Number(port), headers });
console.log(`multilingual playground: ${server.url}/ (Ctrl+C stops)`);
