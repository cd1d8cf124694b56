// make serve: serves the built playground (build/site) on 127.0.0.1.
//   node web/serve.mjs build/site [port]
import { startStaticServer } from '../tests/helpers/static_server.mjs';

const [dir = 'build/site', port = '8000'] = process.argv.slice(2);
const server = await startStaticServer(dir, { port: Number(port) });
console.log(`multilingual playground: ${server.url}/ (Ctrl+C stops)`);
