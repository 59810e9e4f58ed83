// Record what chrono's tests assert, without chrono: bench/build_chrono_cases.py runs this.
//
// Reads one test file (TypeScript that is plain JavaScript but for its imports and a few
// parameter types) on stdin, runs every `test(...)` body with stand-ins for chrono, jest's
// `expect` and the test helpers, and prints one JSON line per `testSingleCase`,
// `testWithExpectedDate` or `testUnexpectedResult` call: the parser it names, the text,
// the reference and options as given, the line of the call and each assertion its callback
// makes (`start.day` toBe 10, `start` toBeDate ..., `text` toBe "..."). Dates are printed
// as their components in the process's time zone (the builder runs it with TZ=UTC, so
// `new Date(2012, 7, 10)` is 2012-08-10 00:00, as in chrono's tests).
"use strict";
const vm = require("vm");

const source = require("fs").readFileSync(0, "utf8");
const calls = [];

function parts(d) {
    if (!(d instanceof Date) || isNaN(d.getTime())) return null;
    return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
}

function plain(v) {
    if (v instanceof Date) return { date: parts(v) };
    if (v && v.__path) return { path: v.__path };
    if (v === undefined || typeof v === "function") return null;
    if (v && typeof v === "object") {
        const out = {};
        for (const [k, x] of Object.entries(v)) out[k] = plain(x);
        return out;
    }
    return v;
}

// Anything else the tests touch (`chrono.en.GB`, `Meridiem.AM`, parsers): a named stand-in.
function named(name) {
    const target = function () {};
    return new Proxy(target, {
        get(_, key) {
            if (key === "__name") return name;
            if (key === Symbol.toPrimitive) return () => name;
            if (typeof key === "symbol") return undefined;
            return named(`${name}.${String(key)}`);
        },
        apply() { return named(`${name}()`); },
        construct() { return named(`new ${name}`); },
    });
}

function component(path) {
    return {
        __path: path,
        get: (k) => ({ __path: `${path}.${k}` }),
        isCertain: (k) => ({ __path: `${path}.certain.${k}` }),
        date: () => ({ __path: `${path}.date` }),
        tags: () => ({ __path: `${path}.tags` }),
    };
}

function result() {
    return { __path: "result", start: component("start"), end: component("end"),
             text: { __path: "text" }, index: { __path: "index" }, refDate: named("refDate"),
             tags: () => ({ __path: "tags" }) };
}

let current = null;

function matchers(actual, negated) {
    const record = (name) => (...args) => {
        if (current && actual && actual.__path) {
            current.asserts.push({ path: actual.__path, matcher: name, negated, value: plain(args[0]) });
        }
    };
    const names = ["toBe", "toBeDate", "toEqual", "toStrictEqual", "toBeNull", "toBeTruthy", "toBeFalsy",
        "toContain", "toBeCloseTo", "toBeLessThan", "toHaveLength", "toBeSingleOnText", "toBeUndefined",
        "toBeDefined", "toBeGreaterThan"];
    const out = {};
    for (const n of names) out[n] = record(n);
    return out;
}

function expect(actual) {
    const m = matchers(actual, false);
    m.not = matchers(actual, true);
    return m;
}

function line() {
    const frames = new Error().stack.split("\n");
    for (const f of frames) {
        const m = f.match(/chrono_test\.js:(\d+)/);
        if (m) return Number(m[1]);
    }
    return null;
}

function record(kind, parser, text, ref, option, check) {
    if (typeof ref === "function") { check = ref; ref = undefined; option = undefined; }
    if (typeof option === "function") { check = option; option = undefined; }
    current = { kind, parser: parser && parser.__name ? parser.__name : String(parser), text,
                ref: plain(ref), option: plain(option), line: line(), asserts: [] };
    calls.push(current);
    if (check) {
        try { check(result(), text); } catch (e) { current.error = String(e); }
    }
    current = null;
}

const sandbox = {
    chrono: named("chrono"), Meridiem: named("Meridiem"), Month: named("Month"), Weekday: named("Weekday"),
    configuration: named("configuration"), getLastWeekdayOfMonth: named("getLastWeekdayOfMonth"),
    ParsingResult: named("ParsingResult"), measureMilliSec: () => 0, Date, console, Math, JSON,
    expect,
    testSingleCase: (p, t, r, o, c) => record("single", p, t, r, o, c),
    testWithExpectedDate: (p, t, d) => record("single", p, t, undefined, undefined,
        (res) => expect(res.start).toBeDate(d)),
    testUnexpectedResult: (p, t, r, o) => record("unexpected", p, t, r, o, undefined),
    test: (name, body) => { try { body(); } catch (e) { /* a test that calls chrono itself */ } },
};
sandbox.it = sandbox.test;
sandbox.describe = (name, body) => body();

const js = source
    .split("\n")
    .map((l) => (/^\s*import\s/.test(l) ? "" : l))
    .join("\n")
    .replace(/\((\w+): (?:number|string|Date|ParsedResult)\)/g, "($1)")
    .replace(/ as (?:ParsingResult|ParsedResult|ParsingOption|Date)\b/g, "");
vm.runInNewContext(js, sandbox, { filename: "chrono_test.js" });
for (const c of calls) process.stdout.write(JSON.stringify(c) + "\n");
