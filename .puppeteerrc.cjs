// wgdeck depends on puppeteer-core, which never downloads a browser, and uses a system
// Chrome/Chromium/Edge (src/browser/find.ts). Should a full puppeteer ever be installed next to it
// (a developer's tool), this keeps it from downloading one too.
module.exports = { skipDownload: true };
