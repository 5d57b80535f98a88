// wgdeck uses a system Chrome/Chromium/Edge (see src/browser/find.ts); never download one.
module.exports = { skipDownload: true };
