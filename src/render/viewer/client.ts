// The viewer, run in the browser: inlined into the HTML page as a module script, so it imports
// nothing at run time (types only) and needs no network. One slide at a time for the audience; with
// ?presenter in the address, the presenter view (current and next slide, notes, clock, agenda).
// Windows showing the same deck keep the same state: slide, black screen and the agenda's clock.
import type { AgendaPlan } from '../../slides/agenda-plan.js';

interface ViewerData {
  notes: Array<string | null>;
  titles: string[];
  agenda: AgendaPlan;
}

/** What the windows share. `rev` orders changes; `by` breaks a tie between two windows. */
interface SharedState {
  slide: number;
  black: boolean;
  /** when the start key began the clock (ms); unused when the deck gives the session's start */
  started: number | null;
  /** when each finished agenda item ended (ms); null while the clock leads */
  marks: number[] | null;
  rev: number;
  by: string;
}

type Message = { wgdeck: 'hello' } | { wgdeck: 'state'; state: SharedState };

const MINUTE = 60_000;
const data = JSON.parse(document.getElementById('wgdeck-data')!.textContent!) as ViewerData;
const plan = data.agenda;
const slides = [...document.querySelectorAll<SVGSVGElement>('body > div.marpit > svg[data-marpit-svg]')];
const presenting = new URLSearchParams(location.search).has('presenter');
const me = Math.random().toString(36).slice(2);
const storageKey = `wgdeck:${location.pathname}`;

const clamp = (i: number) => Math.min(slides.length - 1, Math.max(0, i));
const fromHash = () => clamp((parseInt(location.hash.slice(1), 10) || 1) - 1);

let state: SharedState = { slide: 0, black: false, started: null, marks: null, rev: 0, by: me, ...stored() };
state.slide = fromHash();

function stored(): Partial<SharedState> {
  try {
    return valid(JSON.parse(sessionStorage.getItem(storageKey) ?? 'null')) ?? {};
  } catch {
    return {};
  }
}

/** A state from another window or from storage, only if it has the expected shape. */
function valid(s: unknown): SharedState | undefined {
  const v = s as SharedState;
  const time = (t: unknown) => typeof t === 'number' && Number.isFinite(t);
  const ok =
    v !== null &&
    typeof v === 'object' &&
    Number.isInteger(v.slide) &&
    typeof v.black === 'boolean' &&
    (v.started === null || time(v.started)) &&
    (v.marks === null || (Array.isArray(v.marks) && v.marks.every(time))) &&
    Number.isInteger(v.rev) &&
    typeof v.by === 'string';
  return ok
    ? { slide: clamp(v.slide), black: v.black, started: v.started, marks: v.marks, rev: v.rev, by: v.by }
    : undefined;
}

// ---- keeping windows in step: postMessage to the windows we know (works from file://, where
// BroadcastChannel may not connect), and a BroadcastChannel for windows opened on their own.
const peers = new Set<Window>();
if (window.opener) peers.add(window.opener as Window);
let channel: BroadcastChannel | undefined;
try {
  channel = new BroadcastChannel(storageKey);
  channel.onmessage = (e) => receive(e.data, undefined);
} catch {
  channel = undefined;
}
addEventListener('message', (e) => {
  if (e.origin !== location.origin || !(e.data && typeof e.data === 'object' && 'wgdeck' in e.data)) return;
  if (e.source && e.source !== window) peers.add(e.source as Window);
  receive(e.data, e.source as Window | null);
});

/** To one window, or to all the windows in step with this one. */
function send(msg: Message, to?: Window): void {
  for (const w of to ? [to] : peers) {
    if (w.closed) peers.delete(w);
    else w.postMessage(msg, '*');
  }
  if (!to) channel?.postMessage(msg);
}

function receive(msg: Message, from: Window | null | undefined): void {
  if (msg.wgdeck === 'hello') {
    send({ wgdeck: 'state', state }, from ?? undefined);
    return;
  }
  const s = msg.wgdeck === 'state' ? valid(msg.state) : undefined;
  if (!s || s.rev < state.rev || (s.rev === state.rev && s.by <= state.by)) return;
  state = s;
  save();
  render();
}

function save(): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(state));
  } catch {
    // Storage can be off (private mode, file:// in some browsers): the windows still keep in step.
  }
}

function change(patch: Partial<SharedState>): void {
  state = { ...state, ...patch, rev: state.rev + 1, by: me };
  save();
  send({ wgdeck: 'state', state });
  render();
}

// ---- the agenda's clock

/** How far a time zone's clocks are ahead of UTC at instant `t`, in ms (daylight saving time included). */
function zoneOffset(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(t);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) -
    Math.floor(t / 1000) * 1000
  );
}

/** The instant (ms since 1970) at which a time zone's clocks show `date` `hhmm`. */
function zonedInstant(date: string, hhmm: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the first guess can differ from the one at the answer when DST changes in between.
  return wall - zoneOffset(wall - zoneOffset(wall, timeZone), timeZone);
}

/**
 * When the session starts, if the deck gives its start time and time zone: the real clock then leads
 * the agenda. Found here, where the browser's Intl is loaded anyway: in Node, the first time zone a
 * build converts costs it about 20 ms, 6% of a cold `build --html`.
 */
const startsAt =
  plan.start !== undefined && plan.timezone !== undefined
    ? zonedInstant(plan.date, plan.start, plan.timezone)
    : undefined;

interface ItemState {
  /** when the item began and ended (ms), as far as known */
  from?: number;
  to?: number;
  done: boolean;
  over: boolean;
}

interface AgendaState {
  /** -1 before the start, items.length once the last item is done */
  current: number;
  items: ItemState[];
  /** ms left in the current item (negative: over) */
  left?: number;
  /** ms the agenda is behind its plan (negative: ahead) */
  drift?: number;
}

/** When the session started, or null while it has not. */
function sessionStart(): number | null {
  return startsAt ?? state.started;
}

const plannedEnd = (i: number): number | undefined => {
  const { offset, minutes } = plan.items[i];
  return offset === undefined || minutes === undefined ? undefined : offset + minutes;
};

/** Where the agenda stands at `now`: the chair's marks, or, while there are none, the clock. */
function agendaState(start: number | null, now: number): AgendaState {
  const n = plan.items.length;
  if (start === null || now < start || n === 0)
    return { current: -1, items: plan.items.map(() => ({ done: false, over: false })) };
  let marks = state.marks;
  if (!marks) {
    // The clock leads: the current item is the planned one, the ones before ended on time.
    let c = 0;
    while (c < n - 1 && plan.items[c + 1].offset !== undefined && now >= start + plan.items[c + 1].offset! * MINUTE)
      c++;
    marks = plan.items.slice(0, c).map((_, i) => start + plannedEnd(i)! * MINUTE);
  }
  const current = Math.min(marks.length, n);
  const items = plan.items.map((item, i): ItemState => {
    const from = i === 0 ? start : marks[i - 1];
    const to = marks[i];
    const limit = from === undefined || item.minutes === undefined ? undefined : from + item.minutes * MINUTE;
    const done = i < current;
    return { from, to, done, over: limit !== undefined && (done ? to! > limit : i === current && now > limit) };
  });
  if (current === n) {
    const end = plannedEnd(n - 1);
    return { current, items, drift: end === undefined ? undefined : marks[n - 1] - (start + end * MINUTE) };
  }
  const it = items[current];
  const limit =
    plan.items[current].minutes === undefined ? undefined : it.from! + plan.items[current].minutes! * MINUTE;
  const end = plannedEnd(current);
  return {
    current,
    items,
    left: limit === undefined ? undefined : limit - now,
    drift: limit === undefined || end === undefined ? undefined : Math.max(now, limit) - (start + end * MINUTE),
  };
}

/** Marks to change by hand; while the clock leads, the marks it implies. */
function currentMarks(start: number, now: number): number[] {
  return (
    state.marks ??
    agendaState(start, now)
      .items.filter((i) => i.done)
      .map((i) => i.to!)
  );
}

function nextItem(): void {
  const start = sessionStart();
  const now = Date.now();
  if (start === null || now < start) return;
  const marks = currentMarks(start, now);
  if (marks.length < plan.items.length) change({ marks: [...marks, now] });
}

function previousItem(): void {
  const start = sessionStart();
  if (start === null) return;
  const marks = currentMarks(start, Date.now());
  if (marks.length > 0) change({ marks: marks.slice(0, -1) });
}

// ---- formatting

const zone = plan.timezone;
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: zone,
});
const hmFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: zone,
});

/** 272000 (or -272000) -> "4:32", 4000000 -> "1:06:40" */
function duration(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const hm =
    s >= 3600 ? `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}` : `${Math.floor(s / 60)}`;
  return `${hm}:${String(s % 60).padStart(2, '0')}`;
}

function driftText(ms: number): string {
  const m = Math.round(ms / MINUTE);
  return m === 0 ? 'on time' : `${m > 0 ? '+' : '−'}${Math.abs(m)} min`;
}

/** An item's planned start and end: the deck's times, or from the moment the start key was pressed. */
function plannedTimes(i: number, start: number | null): string {
  const { offset, minutes } = plan.items[i];
  const end = plannedEnd(i);
  if (start !== null && offset !== undefined) {
    const to = end === undefined ? '??' : hmFormat.format(start + end * MINUTE);
    return `${hmFormat.format(start + offset * MINUTE)}–${to}`;
  }
  if (plan.items[i].start) return `${plan.items[i].start}–${plan.items[i].end ?? '??'}`;
  return minutes === undefined ? '?? min' : `${minutes} min`;
}

// ---- the page

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

const KEYS: Array<[string, string]> = [
  ['→ ↓ Space PageDown Enter, click', 'next slide'],
  ['← ↑ PageUp Backspace', 'previous slide'],
  ['Home / End', 'first / last slide'],
  ['number, Enter', 'go to that slide'],
  ['o or g', 'overview of all slides'],
  ['b or .', 'black screen'],
  ['f', 'full screen'],
  ['p', 'presenter window'],
  ['s', 'start the clock (when the deck gives no start time)'],
  ['n / Shift+N', 'next / previous agenda item'],
  ['Shift+S', 'reset the agenda clock'],
  ['?', 'these keys'],
  ['Esc', 'close'],
];

const black = el('div', { id: 'wgdeck-black', hidden: true });
const goto = el('div', { id: 'wgdeck-goto', hidden: true });
const help = el(
  'div',
  { id: 'wgdeck-help', hidden: true },
  el('h2', { textContent: 'Keys' }),
  el('dl', {}, ...KEYS.flatMap(([k, v]) => [el('dt', { textContent: k }), el('dd', { textContent: v })])),
);
document.body.append(black, goto, help);

const presenterView = presenting ? buildPresenter() : undefined;

function buildPresenter() {
  const pane = () => el('div', { className: 'marpit wgdeck-pane' });
  const view = {
    current: pane(),
    next: pane(),
    nextTitle: el('div', { className: 'wgdeck-label' }),
    counter: el('div', { className: 'wgdeck-label' }),
    notes: el('div', { id: 'wgdeck-notes' }),
    clock: el('span', { id: 'wgdeck-clock' }),
    elapsed: el('span', { id: 'wgdeck-elapsed' }),
    left: el('div', { id: 'wgdeck-left' }),
    items: el('ul', { id: 'wgdeck-items' }),
    end: el('div', { id: 'wgdeck-end' }),
  };
  document.body.classList.add('wgdeck-presenter');
  document.body.append(
    el(
      'div',
      { id: 'wgdeck-presenter' },
      el('header', {}, view.clock, view.elapsed, el('span', { className: 'wgdeck-hint', textContent: '? keys' })),
      el(
        'div',
        { className: 'wgdeck-column' },
        el('section', { id: 'wgdeck-current' }, view.current, view.counter),
        view.notes,
      ),
      el(
        'div',
        { className: 'wgdeck-column' },
        el('section', { id: 'wgdeck-next' }, view.next, view.nextTitle),
        el('section', { id: 'wgdeck-agenda' }, view.left, view.end, view.items),
      ),
    ),
  );
  return view;
}

function showIn(pane: HTMLElement, i: number): void {
  if (pane.dataset.slide === String(i)) return;
  pane.dataset.slide = String(i);
  pane.replaceChildren(...(i < slides.length ? [slides[i].cloneNode(true)] : []));
}

function render(): void {
  for (const [j, s] of slides.entries()) s.classList.toggle('active', j === state.slide);
  if (location.hash !== `#${state.slide + 1}`) history.replaceState(null, '', `#${state.slide + 1}`);
  black.hidden = !state.black || presenting;
  if (document.body.classList.contains('wgdeck-overview')) slides[state.slide].scrollIntoView({ block: 'nearest' });
  if (presenterView) renderPresenter(presenterView);
}

function renderPresenter(v: NonNullable<typeof presenterView>): void {
  const i = state.slide;
  document.title = `Presenter: ${i + 1} / ${slides.length}`;
  showIn(v.current, i);
  showIn(v.next, i + 1);
  const blackNote = state.black ? ' · screen black (b)' : '';
  v.counter.textContent = `${i + 1} / ${slides.length}: ${data.titles[i] ?? ''}${blackNote}`;
  v.nextTitle.textContent = i + 1 < slides.length ? `Next: ${data.titles[i + 1]}` : 'Last slide';
  v.notes.textContent = data.notes[i] ?? '';
  renderClock(v);
}

function renderClock(v: NonNullable<typeof presenterView>): void {
  const now = Date.now();
  const start = sessionStart();
  v.clock.textContent = zone ? `${clockFormat.format(now)} ${zone}` : clockFormat.format(now);
  v.elapsed.textContent =
    start === null
      ? 'press s to start the clock'
      : now < start
        ? `starts in ${duration(start - now)}`
        : `elapsed ${duration(now - start)}`;
  const a = agendaState(start, now);
  const current = plan.items[a.current];
  v.left.className = a.left !== undefined && a.left < 0 ? 'wgdeck-over' : '';
  if (!current || a.left === undefined) v.left.textContent = current?.topic ?? (a.current < 0 ? '' : 'agenda done');
  // A countdown rounds up: an item just begun has all its minutes left.
  else
    v.left.replaceChildren(
      el('span', {
        className: 'wgdeck-count',
        textContent: a.left < 0 ? `${duration(a.left)} over` : `${duration(Math.ceil(a.left / 1000) * 1000)} left`,
      }),
      `: ${current.topic}`,
    );
  v.items.replaceChildren(
    ...plan.items.flatMap((item, i) => {
      const s = a.items[i];
      const li = el(
        'li',
        {
          className: [i === a.current ? 'wgdeck-now' : '', s.done ? 'wgdeck-done' : '', s.over ? 'wgdeck-over' : '']
            .join(' ')
            .trim(),
        },
        el('span', { className: 'wgdeck-time', textContent: plannedTimes(i, start) }),
        el('span', { textContent: item.presenter ? `${item.topic} — ${item.presenter}` : item.topic }),
      );
      return item.section ? [el('li', { className: 'wgdeck-section', textContent: item.section }), li] : [li];
    }),
  );
  const last = plan.items.length - 1;
  const at = (minutes: number | undefined, planned: string | undefined) =>
    start !== null && minutes !== undefined ? hmFormat.format(start + minutes * MINUTE) : planned;
  const sessionEnd = at(plan.duration, plan.end);
  // The agenda can end before the session's slot does; then both are worth knowing.
  const agendaEnd = last < 0 ? undefined : at(plannedEnd(last), plan.items[last].end);
  const parts = [
    agendaEnd && agendaEnd !== sessionEnd ? el('span', { textContent: `agenda ends ${agendaEnd}` }) : undefined,
    sessionEnd ? el('span', { textContent: `session ends ${sessionEnd}` }) : undefined,
    a.drift === undefined
      ? undefined
      : el('span', { className: a.drift > 0 ? 'wgdeck-over' : '', textContent: `drift ${driftText(a.drift)}` }),
  ].filter((p) => p !== undefined);
  v.end.replaceChildren(...parts.flatMap((p, i) => (i ? [' · ', p] : [p])));
  if (v.items.dataset.current !== String(a.current)) {
    v.items.dataset.current = String(a.current);
    v.items.querySelector('.wgdeck-now')?.scrollIntoView({ block: 'nearest' });
  }
}

// ---- input

function show(i: number): void {
  if (clamp(i) !== state.slide) change({ slide: clamp(i) });
}

function toggleOverview(on = !document.body.classList.contains('wgdeck-overview')): void {
  document.body.classList.toggle('wgdeck-overview', on);
  render();
}

let typed = '';
function type(digits: string): void {
  typed = digits.slice(0, 4);
  goto.hidden = !typed;
  goto.textContent = `Go to slide ${typed}`;
}

function openPresenter(): void {
  const url = new URL(location.href);
  url.searchParams.set('presenter', '');
  const w = window.open(url.href, 'wgdeck-presenter', 'width=1280,height=800');
  if (w) peers.add(w);
}

function onKey(e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  armed = true;
  const k = e.key;
  if (/^[0-9]$/.test(k)) type(typed + k);
  else if (k === 'Enter' && typed) {
    show(Number(typed) - 1);
    type('');
    toggleOverview(false);
  } else if (k === 'Escape') {
    type('');
    help.hidden = true;
    toggleOverview(false);
  } else {
    if (typed) type('');
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(k)) {
      if (k === 'Enter' && document.body.classList.contains('wgdeck-overview')) toggleOverview(false);
      else show(state.slide + 1);
    } else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(k)) show(state.slide - 1);
    else if (k === 'Home') show(0);
    else if (k === 'End') show(slides.length - 1);
    else if (k === 'o' || k === 'g') toggleOverview();
    else if (k === 'b' || k === '.') change({ black: !state.black });
    else if (k === 'f')
      void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen());
    else if (k === 'p' && !presenting) openPresenter();
    else if (k === 's' && startsAt === undefined && state.started === null)
      change({ started: Date.now(), marks: null });
    else if (k === 'S') change({ started: startsAt === undefined ? Date.now() : null, marks: null });
    else if (k === 'n') nextItem();
    else if (k === 'N') previousItem();
    else if (k === '?') help.hidden = !help.hidden;
    else return;
  }
  e.preventDefault();
}

// The first click into a window that was not focused (coming back from Meetecho) only focuses it;
// a key pressed first counts as being back too.
let armed = document.hasFocus();
let swallow = false;
addEventListener('blur', () => (armed = false));
addEventListener(
  'pointerdown',
  () => {
    swallow = !armed;
    armed = true;
  },
  true,
);

function onClick(e: MouseEvent): void {
  if (swallow) {
    swallow = false;
    return;
  }
  const target = e.target as Element;
  if (target.closest('a, #wgdeck-help, #wgdeck-problem')) return;
  if (document.body.classList.contains('wgdeck-overview')) {
    const svg = target.closest('svg[data-marpit-svg]');
    if (svg && slides.includes(svg as SVGSVGElement)) {
      show(slides.indexOf(svg as SVGSVGElement));
      toggleOverview(false);
    }
    return;
  }
  if (!presenting) show(state.slide + (e.clientX < innerWidth / 3 ? -1 : 1));
}

let touch: { x: number; y: number } | undefined;
addEventListener('touchstart', (e) => (touch = { x: e.touches[0].clientX, y: e.touches[0].clientY }), {
  passive: true,
});
addEventListener('touchend', (e) => {
  const t = e.changedTouches[0];
  if (!touch || !t) return;
  const dx = t.clientX - touch.x;
  // A horizontal swipe turns the slide; a tap arrives as a click.
  if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(t.clientY - touch.y)) show(state.slide + (dx < 0 ? 1 : -1));
  touch = undefined;
});

document.addEventListener('keydown', onKey);
document.addEventListener('click', onClick);
addEventListener('hashchange', () => show(fromHash()));
render();
send({ wgdeck: 'hello' });
// The presenter window's clock ticks each second; it also tells the audience window its state,
// so a reloaded audience window (the live preview) finds it again.
if (presenterView) {
  setInterval(() => {
    renderClock(presenterView);
    if (window.opener) send({ wgdeck: 'state', state }, window.opener as Window);
  }, 1000);
}
