import { createRequire as __gcgCreateRequire } from 'node:module'; const require = __gcgCreateRequire(import.meta.url);

// src/evidence/zip.ts
import { crc32, inflateRawSync } from "node:zlib";
var ZIP_RATIO_LIMIT = 200, ZIP_RATIO_FLOOR = 16 * 1024 * 1024, INFLATE_CHUNK_LIMIT = 8 * 1024 * 1024, LOCAL = 67324752, CENTRAL = 33639248, END = 101010256;
function view(bytes) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function zipEntries(bytes) {
  if (bytes.length < 22) return { ok: !1, reason: "too short to be a ZIP package" };
  let data = view(bytes), end = -1;
  for (let i = bytes.length - 22, stop = Math.max(0, bytes.length - 22 - 65535); i >= stop; i--)
    if (data.getUint32(i, !0) === END) {
      end = i;
      break;
    }
  if (end === -1) return { ok: !1, reason: "no ZIP end-of-directory record" };
  let count = data.getUint16(end + 10, !0), at = data.getUint32(end + 16, !0), decoder = new TextDecoder(), entries = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || data.getUint32(at, !0) !== CENTRAL)
      return { ok: !1, reason: "damaged ZIP central directory" };
    let nameLength = data.getUint16(at + 28, !0);
    if (at + 46 + nameLength > bytes.length)
      return { ok: !1, reason: "damaged ZIP central directory" };
    let size = data.getUint32(at + 24, !0), compressedSize = data.getUint32(at + 20, !0);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, !0),
      crc: data.getUint32(at + 16, !0),
      compressedSize: compressedSize === 4294967295 ? 1 / 0 : compressedSize,
      size: size === 4294967295 ? 1 / 0 : size,
      localOffset: data.getUint32(at + 42, !0)
    }), at += 46 + nameLength + data.getUint16(at + 30, !0) + data.getUint16(at + 32, !0);
  }
  return { ok: !0, entries };
}
function readZipEntry(bytes, entry) {
  let fail = (reason) => ({ ok: !1, reason: `${entry.name}: ${reason}` });
  if (!Number.isFinite(entry.size) || !Number.isFinite(entry.compressedSize))
    return fail("ZIP64 entry");
  if (entry.size > ZIP_RATIO_FLOOR && entry.size > entry.compressedSize * ZIP_RATIO_LIMIT) {
    let ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
    return fail(`inflates ${ratio} times its compressed size (a zip bomb); not read`);
  }
  let data = view(bytes), at = entry.localOffset;
  if (at + 30 > bytes.length || data.getUint32(at, !0) !== LOCAL)
    return fail("damaged local header");
  let start = at + 30 + data.getUint16(at + 26, !0) + data.getUint16(at + 28, !0), stored = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) return fail("truncated");
  let out;
  if (entry.method === 0)
    out = stored;
  else if (entry.method === 8)
    try {
      out = inflateRawSync(stored, {
        maxOutputLength: Math.max(1, entry.size),
        chunkSize: Math.min(Math.max(entry.size, 64), INFLATE_CHUNK_LIMIT)
      });
    } catch (error) {
      return fail(
        error.code === "ERR_BUFFER_TOO_LARGE" ? "inflates past its declared size" : "damaged data"
      );
    }
  else
    return fail(`compression method ${entry.method}`);
  return out.length !== entry.size || crc32(out) !== entry.crc ? fail("damaged data (CRC mismatch)") : { ok: !0, data: out };
}
function isOleContainer(bytes) {
  let signature = [208, 207, 17, 224, 161, 177, 26, 225];
  return bytes.length >= 8 && signature.every((byte, i) => bytes[i] === byte);
}

export {
  zipEntries,
  readZipEntry,
  isOleContainer
};
