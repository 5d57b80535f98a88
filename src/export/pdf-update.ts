// A PDF changed by an incremental update (ISO 32000-1, 7.5.6): the printed bytes stay as they are,
// and the objects changed or added follow them with a cross-reference section and trailer of their
// own. Only the objects asked for are read, through the cross-reference table, with pdf-lib's
// parser; nothing else is parsed or rewritten, which makes finishing a deck's PDF take milliseconds
// instead of the tenth of a second (half a second cold) a full load and save took.
import {
  PDFContext,
  PDFCrossRefSection,
  PDFDict,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectParser,
  PDFRef,
  PDFTrailer,
  PDFTrailerDict,
} from 'pdf-lib';

// pdf-lib's classes have private constructors: a class is known here by its prototype.
// biome-ignore lint/complexity/noBannedTypes: instanceof needs a Function
type Kind<T> = Function & { prototype: T };

const latin1 = new TextDecoder('latin1');

/** The text of bytes[from, to), one character per byte, so a string index is a byte offset. */
function text(bytes: Uint8Array, from: number, to = bytes.length): string {
  return latin1.decode(bytes.subarray(from, to));
}

function fail(detail: string): never {
  throw new Error(`not a PDF that can be updated: ${detail}`);
}

export class PdfUpdate {
  /** the objects read and added: pdf-lib's objects look their references up here */
  readonly context = PDFContext.create();
  readonly root: PDFRef;
  private info?: PDFRef;
  private readonly offsets = new Map<PDFRef, number>();
  private readonly changed = new Set<PDFRef>();
  private readonly xrefOffset: number;

  /** Reads the cross-reference table and trailer of a PDF that has one of each (as Chromium writes). */
  constructor(private readonly bytes: Uint8Array) {
    const tail = text(bytes, Math.max(0, bytes.length - 1024));
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!start) fail('no startxref at its end');
    this.xrefOffset = Number(start[1]);
    const xref = text(bytes, this.xrefOffset);
    // A cross-reference stream (PDF 1.5) would start with "N 0 obj": Chromium writes a table.
    if (!xref.startsWith('xref')) fail('no cross-reference table where startxref points');
    const entry = /\s*(\d+) (\d+) ([nf])\s*?[\r\n ]/y;
    const subsection = /\s*(\d+) (\d+)/y;
    let at = 'xref'.length;
    for (;;) {
      subsection.lastIndex = at;
      const head = subsection.exec(xref);
      if (!head) break;
      at = subsection.lastIndex;
      const [first, count] = [Number(head[1]), Number(head[2])];
      for (let i = 0; i < count; i++) {
        entry.lastIndex = at;
        const e = entry.exec(xref);
        if (!e) fail(`entry ${first + i} of the cross-reference table is unreadable`);
        at = entry.lastIndex;
        if (e[3] === 'n') this.offsets.set(PDFRef.of(first + i, Number(e[2])), Number(e[1]));
      }
    }
    const trailer = /\s*trailer\s*/y;
    trailer.lastIndex = at;
    if (!trailer.exec(xref)) fail('no trailer after the cross-reference table');
    const dict = this.parse(this.xrefOffset + trailer.lastIndex);
    const get = (key: string) => (dict as PDFDict).get(PDFName.of(key));
    if (get('Prev') !== undefined) fail('it has been updated before');
    const [root, info, size] = [get('Root'), get('Info'), get('Size')];
    if (!(root instanceof PDFRef) || !(size instanceof PDFNumber)) fail('its trailer lacks /Root or /Size');
    this.root = root;
    this.info = info instanceof PDFRef ? info : undefined;
    this.context.largestObjectNumber = size.asNumber() - 1;
    this.context.trailerInfo = { Root: root, Info: this.info };
  }

  private parse(offset: number): PDFObject {
    return PDFObjectParser.forBytes(this.bytes.subarray(offset), this.context).parseObject();
  }

  /** The object `ref` points to, read from the file the first time. */
  get<T extends PDFObject>(ref: PDFRef, kind: Kind<T>): T {
    let object = this.context.lookup(ref);
    if (object === undefined) {
      const offset = this.offsets.get(ref) ?? fail(`object ${ref} is not in its cross-reference table`);
      const header = /^(\d+) (\d+) obj\s*/.exec(text(this.bytes, offset, offset + 32));
      if (!header || Number(header[1]) !== ref.objectNumber) fail(`object ${ref} is not where the table says`);
      object = this.parse(offset + header[0].length);
      this.context.assign(ref, object);
    }
    if (!(object instanceof kind)) fail(`object ${ref} is a ${object.constructor.name}, not a ${kind.name}`);
    return object as T;
  }

  /** As get, for an object about to change: it is written again with the update. */
  edit<T extends PDFObject>(ref: PDFRef, kind: Kind<T>): T {
    const object = this.get(ref, kind);
    this.changed.add(ref);
    return object;
  }

  /** The document information dictionary (Title, Author, ...), to change; a new one if the PDF has none. */
  editInfo(): PDFDict {
    if (this.info === undefined) {
      this.info = this.add(this.context.obj({}));
      this.context.trailerInfo.Info = this.info;
    }
    return this.edit(this.info, PDFDict);
  }

  /** Adds an object; its reference is a new object number. */
  add(object: PDFObject): PDFRef {
    const ref = this.context.register(object);
    this.changed.add(ref);
    return ref;
  }

  /** Reserves an object number, for objects that refer to each other; `set` fills it. */
  reserve(): PDFRef {
    const ref = this.context.nextRef();
    this.changed.add(ref);
    return ref;
  }

  set(ref: PDFRef, object: PDFObject): void {
    this.context.assign(ref, object);
  }

  /** The PDF with its update appended: the changed and new objects, their table, a trailer to them. */
  save(): Uint8Array {
    const encoder = new TextEncoder();
    const refs = [...this.changed].sort((a, b) => a.objectNumber - b.objectNumber);
    const objects = refs.map((ref) => {
      const object = this.context.lookup(ref) ?? fail(`object ${ref} was reserved but never set`);
      return { ref, head: encoder.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`), object };
    });
    const tail = encoder.encode('\nendobj\n');
    const xref = PDFCrossRefSection.createEmpty();
    let size = this.bytes.length + 1;
    for (const { ref, head, object } of objects) {
      xref.addEntry(ref, size);
      size += head.length + object.sizeInBytes() + tail.length;
    }
    const trailer = PDFTrailerDict.of(
      this.context.obj({
        Size: this.context.largestObjectNumber + 1,
        Root: this.root,
        ...(this.info && { Info: this.info }),
        Prev: this.xrefOffset,
      }),
    );
    const end = PDFTrailer.forLastCrossRefSectionOffset(size);
    const out = new Uint8Array(size + xref.sizeInBytes() + 1 + trailer.sizeInBytes() + 1 + end.sizeInBytes());
    out.set(this.bytes);
    let at = this.bytes.length;
    out[at++] = 0x0a;
    for (const { head, object } of objects) {
      out.set(head, at);
      at += head.length;
      at += object.copyBytesInto(out, at);
      out.set(tail, at);
      at += tail.length;
    }
    at += xref.copyBytesInto(out, at);
    out[at++] = 0x0a;
    at += trailer.copyBytesInto(out, at);
    out[at++] = 0x0a;
    end.copyBytesInto(out, at);
    return out;
  }
}
