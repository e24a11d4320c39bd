/**
 * A stand-in for api.github.com on 127.0.0.1, speaking GitHub's REST wire format for the
 * endpoints the Action uses: GET /user, issue comments (list with Link pagination, create, edit).
 * Faults are scripted per route; every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll } from 'vitest';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, any>[];
}[];

/** A real webhook payload from @octokit/webhooks-examples (deep copy). */
export function webhookExample(event: string, action?: string): Record<string, any> {
  const found = examples
    .find((e) => e.name === event)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no example for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(found);
}

const COMMENT_TEMPLATE = webhookExample('issue_comment', 'created').comment as Record<string, any>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: any;
}

export interface Fault {
  method: string;
  /** Matches the request path without the query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail before the route answers normally. */
  times: number;
  /**
   * A plain-text body sent without GitHub's headers, as a proxy or gateway in front of the API
   * answers (then `body` is not used).
   */
  proxyText?: string;
}

export interface StoredComment {
  id: number;
  login: string;
  body: string;
  issue: number;
  updated: number;
}

export interface FakeGitHub {
  url: string;
  token: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  faults: Fault[];
  /** The login GET /user answers; undefined answers 403 like an installation token. */
  userLogin: string | undefined;
  /** Author of comments the token creates. */
  commentLogin: string;
  addComment(issue: number, login: string, body: string): StoredComment;
  close(): Promise<void>;
}

export const GITHUB_ERRORS = {
  forbidden: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '403',
  },
  notFound: {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404',
  },
  serverError: { message: 'Server Error' },
  secondaryRateLimit: {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:2C9A:1B7E3A5:3762C62:6716B2F5.',
    documentation_url:
      'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    status: '429',
  },
};

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4990',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '10',
    'x-ratelimit-resource': 'core',
    'x-github-request-id': `0400:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export async function startFakeGitHub(
  options: { owner?: string; repo?: string; token?: string; userLogin?: string } = {},
): Promise<FakeGitHub> {
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'octo-repo';
  let nextId = 2_000_000_001;
  let clock = 0;
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    token: options.token ?? `ghs_${'A1b2C3d4E5'.repeat(3)}x7Y8z9`,
    requests: [],
    comments: [],
    faults: [],
    userLogin: options.userLogin,
    commentLogin: options.userLogin ?? 'github-actions[bot]',
    addComment(issue, login, body) {
      const comment = { id: nextId++, login, body, issue, updated: ++clock };
      state.comments.push(comment);
      return comment;
    },
  };
  let base = '';

  const commentJson = (c: StoredComment) => ({
    ...COMMENT_TEMPLATE,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue}`,
    id: c.id,
    node_id: Buffer.from(`IssueComment${c.id}`).toString('base64'),
    user: {
      ...COMMENT_TEMPLATE.user,
      login: c.login,
      type: c.login.endsWith('[bot]') ? 'Bot' : 'User',
    },
    body: c.body,
    performed_via_github_app: null,
  });

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? '/', base);
    let body: any;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      return send(res, 400, { message: 'Problems parsing JSON' });
    }
    const method = req.method ?? 'GET';
    state.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    });

    if (req.headers.authorization !== `token ${state.token}`) {
      return send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    }
    const fault = state.faults.find(
      (f) => f.times > 0 && f.method === method && f.path.test(url.pathname),
    );
    if (fault) {
      fault.times--;
      if (fault.proxyText !== undefined) {
        res.writeHead(fault.status, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': String(Buffer.byteLength(fault.proxyText)),
          ...fault.headers,
        });
        return res.end(fault.proxyText);
      }
      return send(res, fault.status, fault.body, fault.headers);
    }

    if (method === 'GET' && url.pathname === '/user') {
      if (state.userLogin === undefined) {
        return send(res, 403, {
          ...GITHUB_ERRORS.forbidden,
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        });
      }
      return send(res, 200, { ...COMMENT_TEMPLATE.user, login: state.userLogin, type: 'User' });
    }
    // Link headers point at /repositories/{id}/..., as GitHub's do.
    const list = new RegExp(
      `^(?:/repos/${owner}/${repo}|/repositories/1296269)/issues/(\\d+)/comments$`,
    ).exec(url.pathname);
    if (list && method === 'GET') {
      const issue = Number(list[1]);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
      const all = state.comments.filter((c) => c.issue === issue);
      const last = Math.max(Math.ceil(all.length / perPage), 1);
      const link = (p: number, rel: string) =>
        `<${base}/repositories/1296269/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links: string[] = [];
      if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      return send(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage).map(commentJson),
        links.length > 0 ? { link: links.join(', ') } : {},
      );
    }
    if (list && method === 'POST') {
      if (typeof body?.body !== 'string') {
        return send(res, 422, {
          message: 'Invalid request.\n\n"body" wasn\'t supplied.',
          status: '422',
        });
      }
      const comment = state.addComment(Number(list[1]), state.commentLogin, body.body);
      return send(res, 201, commentJson(comment), {
        location: `${base}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
      });
    }
    const edit = new RegExp(`^/repos/${owner}/${repo}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (edit && method === 'PATCH') {
      const comment = state.comments.find((c) => c.id === Number(edit[1]));
      if (!comment) return send(res, 404, GITHUB_ERRORS.notFound);
      if (comment.login !== state.commentLogin) return send(res, 403, GITHUB_ERRORS.forbidden);
      comment.body = String(body?.body);
      comment.updated = ++clock;
      return send(res, 200, commentJson(comment));
    }
    return send(res, 404, GITHUB_ERRORS.notFound);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeGitHub = Object.assign(state, {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  servers.push(fake);
  return fake;
}
