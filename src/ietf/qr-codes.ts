// The QR codes wgdeck shows, made ahead of time, keyed by their URL. Empty here: the library and the
// tests make them with qrcode when asked. The bundled CLI gets them filled in by scripts/bundle.mjs
// (made by qrCodeSvg in texts.ts itself), so building a deck never loads qrcode.
export const QR_CODES: Record<string, string> = {};
