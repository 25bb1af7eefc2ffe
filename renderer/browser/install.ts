import { installBrowserBridge } from './bridge';

// In the browser mode no preload exposes `window.hostwise`: the page reaches the local server itself. A
// module of its own, imported first by main.tsx, so the bridge is there before any other module runs
// (some ask the main process for data as they load).
if (!('hostwise' in window)) installBrowserBridge();
