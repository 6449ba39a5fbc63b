// Reads a record source as lines, streaming: memory holds one chunk and the line being assembled, so
// a multi-gigabyte file costs what its longest line costs.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { STDIN, type RecordSource } from "./sources.ts";

export interface LineHandler {
  /** A line with something on it (blank lines are numbered but not passed); numbers start at 1. */
  line(text: string, number: number): void;
  /** A line too long to hold as one string: skipped, and said so. */
  oversized(number: number, characters: number): void;
  /** Bytes read so far grew by `bytes` (for progress). */
  read(bytes: number): void;
  /** Awaited after each chunk's lines, before the next chunk is read: lets a slow consumer hold the reading back. */
  afterChunk?(): Promise<void>;
}

/** Longer lines cannot be one JavaScript string (V8's limit is about 2^29 characters). */
export const MAX_LINE_CHARACTERS = 256 * 1024 * 1024;
// 64 KiB reads: with 1 MiB ones, validating a 270 MB file took twice as long and peaked 45 MB higher
// (each line is a slice of its chunk's string, which stays alive as long as the line does).
const CHUNK_BYTES = 64 * 1024;
const BYTE_ORDER_MARK = "\uFEFF";

function openStream(source: RecordSource): AsyncIterable<Buffer> {
  return source.path === STDIN ? process.stdin : createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
}

/** Calls the handler for every line of a JSONL source, in order, as the bytes arrive. */
export async function readLines(source: RecordSource, handler: LineHandler): Promise<void> {
  const decoder = new StringDecoder("utf8");
  // The start of the current line when it spans chunks: parts joined once the newline arrives, so
  // a long line costs its length once, not once per chunk.
  let parts: string[] = [];
  let partsLength = 0;
  let tooLong = false;
  let number = 0;
  const finish = (tail: string) => {
    number += 1;
    if (tooLong) handler.oversized(number, partsLength + tail.length);
    else {
      let text = parts.length > 0 ? (parts.push(tail), parts.join("")) : tail;
      if (number === 1 && text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
      if (text.length > 0) handler.line(text, number);
    }
    parts = [];
    partsLength = 0;
    tooLong = false;
  };
  const take = (text: string) => {
    let start = 0;
    let newline = text.indexOf("\n");
    while (newline !== -1) {
      finish(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    if (start < text.length) {
      const rest = text.slice(start);
      partsLength += rest.length;
      if (partsLength > MAX_LINE_CHARACTERS) {
        tooLong = true;
        parts = [];
      } else if (!tooLong) parts.push(rest);
    }
  };
  for await (const chunk of openStream(source)) {
    handler.read(chunk.length);
    take(decoder.write(chunk));
    if (handler.afterChunk) await handler.afterChunk();
  }
  take(decoder.end());
  if (partsLength > 0 || tooLong) finish("");
  if (handler.afterChunk) await handler.afterChunk();
}

/** A `.json` source: the whole text (one record). */
export async function readWhole(source: RecordSource): Promise<string> {
  if (source.path !== STDIN) return readFile(source.path, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
