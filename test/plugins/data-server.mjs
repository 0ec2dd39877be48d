// Test endpoints for the `src` attribute, served by web-test-runner on 127.0.0.1 only.
// GET /__data/echo?body=<base64url>&status=200&delay=0&chunks=1&gap=0&length=1&pad=0&many=0
//   answers `body` (decoded) with `status`, after `delay` ms, in `chunks` pieces `gap` ms apart,
//   after `pad` bytes of JSON whitespace; `length=0` leaves out Content-Length (a chunked response);
//   `many=N` answers a dataset of N (empty) events instead of `body`;
//   `cookie=1` answers the request's Cookie and Referer headers, to show what a fetch sent.
import { Readable } from 'node:stream';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function* pieces(buffer, chunks, gap) {
  const size = Math.ceil(buffer.length / chunks) || 1;
  for (let i = 0; i < buffer.length; i += size) {
    if (i > 0) await sleep(gap);
    yield buffer.subarray(i, i + size);
  }
}

export async function dataServer(ctx, next) {
  if (!ctx.path.startsWith('/__data/echo')) return next();
  const q = ctx.query;
  const num = (name, fallback) => (q[name] === undefined ? fallback : Number(q[name]));
  await sleep(num('delay', 0));
  if (q.cookie) {
    ctx.body = { cookie: ctx.get('cookie') ?? '', referer: ctx.get('referer') ?? '' };
    return;
  }
  const many = num('many', 0);
  const json = many ? JSON.stringify({ partners: [], events: new Array(many).fill(0) }) : null;
  const text = json ? Buffer.from(json) : Buffer.from(String(q.body ?? ''), 'base64url');
  const body = Buffer.concat([Buffer.alloc(num('pad', 0), 0x20), text]);
  ctx.status = num('status', 200);
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = Readable.from(pieces(body, num('chunks', 1), num('gap', 0)));
  if (num('length', 1)) ctx.length = body.length;
}
