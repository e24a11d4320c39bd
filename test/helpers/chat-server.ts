/**
 * A local OpenAI-compatible chat-completions stand-in on 127.0.0.1, speaking the real wire
 * format. What it does with a question is chosen by a marker in the question text:
 *   [refuse] refusal text · [filter] finish_reason content_filter · [hit] an answer containing 法 轮 功
 *   [say:文本] an answer of exactly 文本 · [timeout] never answers in time
 *   [429] first a 429 with Retry-After · [500] first a 500 · [500-always] always 500
 * Anything else gets an ordinary answer. It checks the bearer key and counts requests per question.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatServer {
  url: string;
  /** Requests per question text (every attempt counts). */
  requests: Map<string, number>;
  /** Total requests. */
  total(): number;
  /** Bodies of the requests, parsed. */
  bodies: unknown[];
  close(): Promise<void>;
}

export const REFUSAL = '抱歉，我无法回答这个问题。';

export async function startChatServer(
  options: { apiKey: string; delayMs?: number; timeoutMs?: number } = { apiKey: 'k' },
): Promise<ChatServer> {
  const requests = new Map<string, number>();
  const bodies: unknown[] = [];
  const pending = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      pending.delete(timer);
      fn();
    }, ms);
    pending.add(timer);
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        json(404, { error: { message: `no route ${req.method} ${req.url}` } });
        return;
      }
      if (req.headers.authorization !== `Bearer ${options.apiKey}`) {
        // Echoes what it got, as some gateways do: the client must redact it.
        json(401, { error: { message: `bad key: ${req.headers.authorization ?? ''}` } });
        return;
      }
      const body = JSON.parse(raw) as {
        model: string;
        messages: { role: string; content: string }[];
      };
      bodies.push(body);
      const question = body.messages.at(-1)!.content;
      const count = (requests.get(question) ?? 0) + 1;
      requests.set(question, count);
      const answer = (content: string, finish = 'stop') =>
        json(200, {
          id: `chatcmpl-${count}`,
          object: 'chat.completion',
          created: 1767225600,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finish }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        });
      const respond = () => {
        if (question.includes('[timeout]')) return; // the client gives up first
        if (question.includes('[500-always]')) {
          json(500, { error: { message: 'internal error' } });
        } else if (question.includes('[429]') && count === 1) {
          json(429, { error: { message: 'rate limited' } }, { 'retry-after': '1' });
        } else if (question.includes('[500]') && count === 1) {
          json(502, { error: { message: 'bad gateway' } });
        } else if (question.includes('[refuse]')) {
          answer(REFUSAL);
        } else if (question.includes('[filter]')) {
          answer('', 'content_filter');
        } else {
          const say = /\[say:([^\]]*)\]/.exec(question);
          if (say) answer(say[1]!);
          else
            answer(
              `这是对问题的正常回答${question.includes('[hit]') ? '，其中提到法 轮 功' : ''}。`,
            );
        }
      };
      if (options.delayMs) later(options.delayMs, respond);
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    bodies,
    total: () => [...requests.values()].reduce((a, b) => a + b, 0),
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A chat-completions server on 127.0.0.1 that needs no key; it records the headers it gets. */
export async function keylessServer(): Promise<{
  url: string;
  auth: (string | undefined)[];
  close(): Promise<void>;
}> {
  const auth: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      auth.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-1',
          object: 'chat.completion',
          created: 1767225600,
          model: 'local',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: '这是正常回答。' },
              finish_reason: 'stop',
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    auth,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
