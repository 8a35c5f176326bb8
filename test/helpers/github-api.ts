// A stand-in for the part of GitHub's REST API the action uses (issue comments), on loopback.
// It is the only faked part of the action tests: it keeps the comments in memory, paginates like
// GitHub (per_page, page, a Link header) and records every request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
}

export interface GitHubStandIn {
  url: string;
  comments: Map<number, StandInComment[]>;
  requests: RecordedRequest[];
  seed(issue: number, body: string, user?: StandInComment['user']): StandInComment;
  close(): Promise<void>;
}

export async function startGitHubStandIn(owner = 'acme', repo = 'models'): Promise<GitHubStandIn> {
  const comments = new Map<number, StandInComment[]>();
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  let url = '';
  const add = (issue: number, body: string, user: StandInComment['user']): StandInComment => {
    const c = {
      id: nextId++,
      body,
      user,
      html_url: `https://github.example/${owner}/${repo}/pull/${issue}#issuecomment-${nextId}`,
    };
    comments.set(issue, [...(comments.get(issue) ?? []), c]);
    return c;
  };
  const bot = { login: 'github-actions[bot]', type: 'Bot' as const };

  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ method: req.method ?? '', path: u.pathname, authorization: req.headers.authorization });
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      const base = `/repos/${owner}/${repo}/issues`;
      const list = new RegExp(`^${base}/(\\d+)/comments$`).exec(u.pathname);
      const one = new RegExp(`^${base}/comments/(\\d+)$`).exec(u.pathname);
      if (list && req.method === 'GET') {
        const all = comments.get(Number(list[1])) ?? [];
        const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
        const page = Number(u.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length)
          headers.link = `<${url}${u.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        return send(200, slice, headers);
      }
      if (list && req.method === 'POST') return send(201, add(Number(list[1]), JSON.parse(raw).body, bot));
      if (one && req.method === 'PATCH') {
        for (const cs of comments.values()) {
          const c = cs.find((x) => x.id === Number(one[1]));
          if (c) {
            c.body = JSON.parse(raw).body;
            return send(200, c);
          }
        }
        return send(404, { message: 'Not Found' });
      }
      send(404, { message: `stand-in: no route for ${req.method} ${u.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    comments,
    requests,
    seed: (issue, body, user = { login: 'octocat', type: 'User' }) => add(issue, body, user),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
