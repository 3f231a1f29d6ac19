/**
 * "Verder op uw telefoon": encode the answers into a link's fragment, build the link and its QR
 * code, and read it back on the phone. Import capture.ts statically (tiny) and this module
 * with a dynamic import when the person asks for the link, or when capture found a fragment.
 */
export * from './codec.js';
export * from './link.js';
export { qrMatrix, qrPath, qrSvg, renderQrSvg, type QrMatrix, type QrOptions } from './qr.js';
