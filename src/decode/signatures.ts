/**
 * File signatures ("magic numbers") of formats that are not text. A dump that
 * starts with one of these is refused with the format's name instead of being
 * decoded into garbage.
 */
export interface Signature {
  name: string;
  /** Byte offset of the signature. */
  offset: number;
  bytes: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const SIGNATURES: readonly Signature[] = [
  // Compressed streams and archives.
  { name: 'gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'bzip2', offset: 0, bytes: ascii('BZh') },
  { name: 'xz', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: '7z', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'rar', offset: 0, bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'tar', offset: 257, bytes: ascii('ustar') },
  // Documents.
  { name: 'PDF', offset: 0, bytes: ascii('%PDF-') },
  { name: 'an OLE2 document (doc, xls)', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'SQLite', offset: 0, bytes: [...ascii('SQLite format 3'), 0x00] },
  // Images.
  { name: 'PNG', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', offset: 0, bytes: ascii('GIF8') },
  { name: 'WebP', offset: 8, bytes: ascii('WEBP') },
  { name: 'TIFF', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  // Audio and video.
  { name: 'MP4', offset: 4, bytes: ascii('ftyp') },
  { name: 'MP3', offset: 0, bytes: ascii('ID3') },
  { name: 'Ogg', offset: 0, bytes: ascii('OggS') },
  // Executables.
  { name: 'ELF', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebAssembly', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'Java class', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
];

/** The name of the binary format the bytes start with, or null. */
export function sniffSignature(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (bytes.length < sig.offset + sig.bytes.length) continue;
    let match = true;
    for (let k = 0; k < sig.bytes.length; k++) {
      if (bytes[sig.offset + k] !== sig.bytes[k]) {
        match = false;
        break;
      }
    }
    if (match) return sig.name;
  }
  return null;
}
