import { expect } from '@open-wc/testing';
import { fetchDataset, LoadError, SRC_LIMITS, type LoadFailure } from '../../src/data/fetch-dataset.js';

// fetchDataset against a stand-in `fetch` (restored after each test), so that it runs without a test server: exact
// bytes, headers and failures. test/data/fetch-dataset.test.ts covers the same paths against a real server.
const URL_ = 'https://data.example/events.json';
const encoder = new TextEncoder();

type Answer = (url: string, init: RequestInit) => Promise<Response>;
let calls: { url: string; init: RequestInit }[] = [];
const realFetch = globalThis.fetch;
function answer(fn: Answer) {
  globalThis.fetch = ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    return fn(url, init);
  }) as typeof fetch;
}

/** A body sent in these pieces (UTF-8), with a Content-Length unless `length` is false. */
function body(pieces: string[], { status = 200, length = true } = {}): Response {
  const chunks = pieces.map((p) => encoder.encode(p));
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return new Response(stream, { status, headers: length ? { 'content-length': String(size) } : {} });
}

async function failure(promise: Promise<unknown>): Promise<LoadFailure & { message: string }> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(LoadError);
    return { ...(e as LoadError).failure, message: (e as LoadError).message };
  }
  throw new Error('expected a LoadError');
}

describe('fetchDataset (stand-in fetch)', () => {
  beforeEach(() => {
    calls = [];
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('has limits of 20 MiB and 20 s', () => {
    expect(SRC_LIMITS).to.deep.equal({ maxBytes: 20 * 1024 * 1024, timeoutMs: 20_000 });
  });

  it('asks for JSON without credentials or referrer, and reports each piece with the declared total', async () => {
    answer(async () => body(['{"a":', '"é"}']));
    const progress: [number, number | null][] = [];
    const signal = new AbortController().signal;
    const data = await fetchDataset(URL_, { signal, onProgress: (loaded, total) => progress.push([loaded, total]) });
    expect(data).to.deep.equal({ a: 'é' });
    expect(progress).to.deep.equal([
      [5, 10],
      [10, 10],
    ]);
    expect(calls).to.have.length(1);
    const { url, init } = calls[0];
    expect(url).to.equal(URL_);
    expect(init.credentials).to.equal('omit');
    expect(init.referrerPolicy).to.equal('no-referrer');
    expect(init.headers).to.deep.equal({ accept: 'application/json' });
    expect(init.signal).to.be.instanceOf(AbortSignal);
    expect(init.signal!.aborted).to.equal(false);
  });

  it('reports a null total without a Content-Length, and decodes characters split between pieces', async () => {
    const bytes = encoder.encode('["Орос"]');
    answer(async () => {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(bytes.slice(0, 4));
          c.enqueue(bytes.slice(4));
          c.close();
        },
      });
      return new Response(stream);
    });
    const progress: [number, number | null][] = [];
    const data = await fetchDataset(URL_, { signal: new AbortController().signal, onProgress: (l, t) => progress.push([l, t]) });
    expect(data).to.deep.equal(['Орос']);
    expect(progress).to.deep.equal([
      [4, null],
      [bytes.byteLength, null],
    ]);
  });

  it('reads a response without a body stream as text', async () => {
    answer(async () => ({ ok: true, status: 200, headers: new Headers(), body: null, text: async () => '{"b":2}' }) as unknown as Response);
    expect(await fetchDataset(URL_, { signal: new AbortController().signal })).to.deep.equal({ b: 2 });
  });

  it('says which check failed: HTTP status, JSON, network', async () => {
    const signal = new AbortController().signal;
    answer(async () => body(['{}'], { status: 404 }));
    expect(await failure(fetchDataset(URL_, { signal }))).to.deep.equal({
      kind: 'http',
      source: URL_,
      value: 404,
      message: `http loading ${URL_} (404)`,
    });
    answer(async () => body(['{"a":']));
    expect(await failure(fetchDataset(URL_, { signal }))).to.deep.equal({
      kind: 'json',
      source: URL_,
      value: undefined,
      message: `json loading ${URL_}`,
    });
    answer(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(fetchDataset(URL_, { signal }))).kind).to.equal('network');
    answer(async () => {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(encoder.encode('{"a":'));
          c.error(new TypeError('connection reset'));
        },
      });
      return new Response(stream);
    });
    expect((await failure(fetchDataset(URL_, { signal }))).kind).to.equal('network');
  });

  it('refuses a body over the limit, declared or streamed, and accepts one at the limit', async () => {
    const signal = new AbortController().signal;
    answer(async () => body(['x'.repeat(30), 'y'.repeat(30)]));
    expect(await failure(fetchDataset(URL_, { signal, maxBytes: 50 }))).to.deep.include({ kind: 'size', value: 60 });
    answer(async () => body(['"', 'x'.repeat(28), '"', '  '.repeat(10)], { length: false }));
    expect(await failure(fetchDataset(URL_, { signal, maxBytes: 49 }))).to.deep.include({ kind: 'size', value: 50 });
    answer(async () => body(['"', 'x'.repeat(28), '"', '  '.repeat(10)], { length: false }));
    expect(await fetchDataset(URL_, { signal, maxBytes: 50 })).to.equal('x'.repeat(28));
    answer(async () => body(['"', 'x'.repeat(28), '"', '  '.repeat(10)]));
    expect(await fetchDataset(URL_, { signal, maxBytes: 50 })).to.equal('x'.repeat(28));
  });

  it('gives up after the time limit, waiting for headers or for the body', async () => {
    const signal = new AbortController().signal;
    const hang: Answer = (_url, init) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    answer(hang);
    expect(await failure(fetchDataset(URL_, { signal, timeoutMs: 20 }))).to.deep.include({ kind: 'timeout', source: URL_ });
    let timer: ReturnType<typeof setInterval> | undefined;
    answer(async () => {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(encoder.encode('['));
          timer = setInterval(() => c.enqueue(encoder.encode('0,')), 5);
        },
        cancel() {
          clearInterval(timer);
        },
      });
      return new Response(stream);
    });
    try {
      expect(await failure(fetchDataset(URL_, { signal, timeoutMs: 40 }))).to.deep.include({ kind: 'timeout' });
    } finally {
      clearInterval(timer);
    }
  });

  it('rejects with the reason of an abort by the caller, not a LoadError', async () => {
    answer((_url, init) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new Error('x')))));
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const promise = fetchDataset(URL_, { signal: controller.signal, timeoutMs: 1000 });
    controller.abort(reason);
    let caught: unknown;
    await promise.catch((e) => (caught = e));
    expect(caught).to.equal(reason);
  });
});
