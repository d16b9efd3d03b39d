import type { IncomingMessage, ServerResponse } from "node:http";
import { errors } from "./errors.ts";

/** Narrowing for untrusted JSON bodies: a plain object, not an array or null. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface UploadedFile {
  /** The multipart field name, e.g. "files[0]". */
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly data: Buffer;
}

export interface ParsedBody {
  /** The JSON body, or `payload_json` (or the plain form fields) of a multipart body; undefined when empty. */
  readonly json: unknown;
  readonly files: readonly UploadedFile[];
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw errors.invalidJson();
  }
}

/** discord.js sends JSON, or multipart with `payload_json` plus `files[n]` when attachments are involved. */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const raw = await readRaw(req);
  if (raw.length === 0) return { json: undefined, files: [] };
  const contentType = req.headers["content-type"] ?? "";
  if (!contentType.startsWith("multipart/form-data"))
    return { json: parseJson(raw.toString("utf8")), files: [] };

  // The WHATWG Request in Node already implements multipart parsing; no extra package needed.
  const form = await new Request("http://standin.invalid/", {
    method: "POST",
    headers: { "content-type": contentType },
    body: raw,
  }).formData();
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  let payload: unknown;
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") {
      if (field === "payload_json") payload = parseJson(value);
      else fields[field] = value;
      continue;
    }
    const data = Buffer.from(await value.arrayBuffer());
    files.push({ field, name: value.name, contentType: value.type, size: data.length, data });
  }
  return { json: payload ?? (Object.keys(fields).length > 0 ? fields : undefined), files };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

/** A request as the route handlers see it: versionless path, parsed query and body. */
export interface RestRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: ParsedBody;
}

/** What a route handler answers; no body means 204 No Content. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
}
