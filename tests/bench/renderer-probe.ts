/**
 * What the renderer bench runs inside the page, installed as an init script so it watches from navigation
 * start. Plain JavaScript text, as the e2e host's bridge is: a function would carry the transpiler's helpers
 * into the page. Every time is `performance.now()` in the page, so 0 is the navigation start.
 */
export const probeScript = `
(() => {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  const now = () => performance.now();
  // The harness's stand-in for Electron's IPC (the e2e host's binding): each call's round trip, to set apart.
  const calls = [];
  const invoke = window.__hostwiseInvoke;
  if (invoke) {
    window.__hostwiseInvoke = (channel, arg) => {
      const start = now();
      return invoke(channel, arg).finally(() => calls.push({ channel, start, ms: now() - start }));
    };
  }
  // In the browser mode the calls are fetches to /api/<channel>: their resource timings.
  const httpCalls = (channel) =>
    performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/' + channel)).map((entry) => ({ start: entry.startTime, ms: entry.duration }));
  const roundTrip = (channel, since) =>
    (invoke ? calls.filter((call) => call.channel === channel) : httpCalls(channel)).filter((call) => call.start >= since).reduce((total, call) => total + call.ms, 0);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  /** After the next frame is painted: a task posted from that frame's rAF callback runs after its paint. */
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(now());
        channel.port2.postMessage(null);
      }),
    );
  const watch = { subtree: true, childList: true, attributes: true, characterData: true };
  /** The time of the DOM change after which test() holds (now, if it holds already). */
  const when = (test) =>
    new Promise((resolve) => {
      if (test()) return resolve(now());
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        resolve(now());
      });
      observer.observe(document, watch);
    });
  /** Sets an input's value as typing would and fires the input event React listens to. */
  const type = (input, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const table = () => document.querySelector('table[aria-label="Saved profiles"]');
  const showsRows = (rows) => table()?.getAttribute('aria-rowcount') === String(rows + 1) && table().querySelector('tbody tr[aria-rowindex]') !== null;
  const filterBox = () => document.querySelector('.hw-filter-row input[type="search"]');

  window.__hwBench = {
    /** Long tasks (durations, ms) since the last call; waits first, as the observer reports a little late. */
    async takeLongTasks() {
      await sleep(100);
      return longTasks.splice(0);
    },

    /**
     * Navigation start → the library table counts all rows and shows the first; then a keystroke in the filter
     * box, dispatched in the first task after that, painted (interactive) and applied to the table (filtered).
     */
    async load(rows, filter, filteredRows) {
      const shown = await when(() => showsRows(rows));
      const shownPainted = await painted();
      const typed = await new Promise((resolve) =>
        setTimeout(() => {
          type(filterBox(), filter);
          resolve(now());
        }),
      );
      const interactive = await painted();
      await when(() => showsRows(filteredRows));
      const filtered = await painted();
      const list = roundTrip('profiles.list', 0);
      return { shown, shownPainted, typed, interactive, filtered, list, longTasks: await this.takeLongTasks() };
    },

    /**
     * Scrolls the analysis pane so the contributions chart's drawing sits just under the weights (which stay at
     * the pane's top), then checks that the drawing and every slider are on screen.
     */
    watchContributions() {
      const pane = document.querySelector('.hw-profile-analysis');
      const chart = document.querySelector('.hwa-chart-contributions svg.recharts-surface');
      const dock = document.querySelector('.hw-weights-dock');
      pane.scrollTop += chart.getBoundingClientRect().top - dock.getBoundingClientRect().bottom;
      this.checkWatching();
    },

    /** Throws unless the contributions chart's drawing and every weight slider are on screen. */
    checkWatching() {
      const onScreen = (element) => {
        const box = element?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
      };
      const sliders = [...document.querySelectorAll('.hw-weights input[type="range"]')];
      if (!onScreen(document.querySelector('.hwa-chart-contributions svg.recharts-surface')) || sliders.length === 0 || !sliders.every(onScreen)) {
        throw new Error('The contributions chart and the weight sliders are not on screen together.');
      }
    },

    /**
     * Moves one weight slider to value and times, from the input event: the contributions chart's drawing first
     * differing from what it was (reflected), the paint of that change, and the last DOM change in the analysis
     * (settled: the burst ends after quietMs without a change; parts off screen update after the next paint).
     * Re-renders that redraw the same chart are not a reflection of the change, and the first redraw must be
     * the final one (it throws otherwise).
     */
    async slide(index, value, quietMs) {
      this.checkWatching();
      const sliders = document.querySelectorAll('.hw-weights input[type="range"]');
      const slider = sliders[index % sliders.length];
      const analysis = document.querySelector('.hwa-analysis');
      const drawing = () => document.querySelector('.hwa-chart-contributions .recharts-wrapper > svg.recharts-surface')?.outerHTML;
      const before = drawing();
      if (!slider || !analysis || !before) throw new Error('No weight slider or contributions chart on the page.');
      if (Number(slider.value) === value) value = value > 2.5 ? value - 1 : value + 1;
      let reflected = null;
      let reflectedDrawing = null;
      let reflectedPainted = null;
      let settled = null;
      const observer = new MutationObserver(() => {
        settled = now();
        if (reflected !== null || drawing() === before) return;
        reflected = settled;
        reflectedDrawing = drawing();
        painted().then((time) => (reflectedPainted = time));
      });
      observer.observe(analysis, watch);
      const start = now();
      type(slider, String(value));
      while (reflectedPainted === null || now() - settled < quietMs) {
        if (now() - start > 5000) throw new Error('The contributions chart did not change within 5 s of a weight change.');
        await sleep(20);
      }
      observer.disconnect();
      if (drawing() !== reflectedDrawing) throw new Error('The contributions chart changed again after its first redraw.');
      const evaluate = roundTrip('evaluate', start);
      return { reflected: reflected - start, painted: reflectedPainted - start, settled: settled - start, evaluate };
    },

    /** Scrolls the library table top to bottom, one scroller height per frame; the longest frame, in ms. */
    async scrollThrough(rows) {
      const scroller = document.querySelector('.hw-table-scroll');
      scroller.scrollTop = 0;
      let previous = await frame();
      let longestFrame = 0;
      let steps = 0;
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
        scroller.scrollTop += scroller.clientHeight;
        steps += 1;
        const time = await frame();
        longestFrame = Math.max(longestFrame, time - previous);
        previous = time;
      }
      await when(() => table().querySelector('tbody tr[aria-rowindex="' + (rows + 1) + '"]') !== null);
      return { steps, longestFrame };
    },

    /** Resolves when the table counts rows rows and the next frame is painted. */
    async settled(rows) {
      await when(() => showsRows(rows));
      return painted();
    },
  };
})();
`;

export interface LoadTimes {
  shown: number;
  shownPainted: number;
  typed: number;
  interactive: number;
  filtered: number;
  /** The profiles.list round trip: through the harness's binding, or over HTTP in the browser mode. */
  list: number;
  longTasks: number[];
}

export interface SlideTimes {
  reflected: number;
  painted: number;
  settled: number;
  /** The evaluate round trips through the harness's binding (Monte Carlo in Node included). */
  evaluate: number;
}

/** `window.__hwBench` as probeScript defines it; `loading` as loadProbe starts it. */
export interface Probe {
  loading: Promise<LoadTimes>;
  takeLongTasks(): Promise<number[]>;
  load(rows: number, filter: string, filteredRows: number): Promise<LoadTimes>;
  watchContributions(): void;
  checkWatching(): void;
  slide(index: number, value: number, quietMs: number): Promise<SlideTimes>;
  scrollThrough(rows: number): Promise<{ steps: number; longestFrame: number }>;
  settled(rows: number): Promise<number>;
}

/** The page's window, for the functions Playwright runs in the page. */
export interface ProbeWindow {
  __hwBench: Probe;
}

/** probeScript, and the load measurement started at navigation. */
export function loadProbe(rows: number, filter: string, filteredRows: number): string {
  return `${probeScript}\nwindow.__hwBench.loading = window.__hwBench.load(${rows}, ${JSON.stringify(filter)}, ${filteredRows});`;
}
