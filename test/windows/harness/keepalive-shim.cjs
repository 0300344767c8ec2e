// Test harness only (never shipped), loaded with `node.exe --require` under Wine.
// Wine 8 gap: net.Socket#setKeepAlive(true, ms) makes the connect fail with UNKNOWN under Wine 8
// (seen with Wine 8.0 on Debian 12), which breaks every fetch() to the fake Mews.
// On real Windows keep-alive works, so the product keeps calling it; here it becomes a no-op.
'use strict';
require('node:net').Socket.prototype.setKeepAlive = function setKeepAliveUnderWine() {
  return this;
};
