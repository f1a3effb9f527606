#!/usr/bin/env python3
"""The measuring half of bench/run-http.sh (which starts PostgreSQL, the data set and both apps).

Signs the bench user in to Samplan.Web, checks that every measured address answers the real page
(200, the user's name, and on the case and plan pages the person's name), then runs interleaved
wrk rounds: per round and page, Samplan's page and the one-row page for the same time, in
alternating order. Reports throughput ratios (median of the rounds), latency percentiles, non-2xx
counts, the machine's load and the resident memory of both processes, and writes the section
between the run-http markers of docs/benchmarks.md.

Everything it reads comes from the environment that run-http.sh sets (SAMPLAN_HTTP_*); it talks
only to 127.0.0.1 and every wrk run is bounded by --duration.
"""
import argparse
import datetime
import html
import http.client
import os
import re
import statistics
import subprocess
import sys
import urllib.parse

START_MARK = "<!-- run-http:start (written by bench/run-http.sh; edits inside are overwritten) -->"
END_MARK = "<!-- run-http:end -->"

# The measurement of 2026-12-01 ("Fast pages"), before any of its changes: kept beside
# every new run so the two can be read together. Historical figures, not produced by this run.
BEFORE = [
    ("case list `/`", "0.011", "0.46–0.78 s"),
    ("case page `/cases/{id}`", "0.009", "0.46–0.87 s"),
    ("plan print", "0.010", "0.43–0.91 s"),
    ("a signed-in page with no data (`/manual-forms`)", "0.098", "51–69 ms"),
]

PERSON = "{person}"

# page key, label, path template, goal ratio, p99 goal (ms) or None, what the page must show besides
# the user's name (PERSON: the case's person), so that a measured 200 is the page with its data.
# The inbox and the to-do page are a unit's lists like the case list and get its goal.
PAGES = [
    ("list", "case list `/` (first page)", "/", 0.20, None, ()),
    ("case", "case page `/cases/{id}`", "/cases/{case}", 0.30, 100.0, (PERSON,)),
    ("plan", "plan print `/cases/{id}/plan/print`", "/cases/{case}/plan/print", 0.30, 100.0, (PERSON,)),
    ("inbox", "inbox `/inbox`", "/inbox", 0.20, None, ('<table class="inbox">', 'href="/inbox/')),
    ("todo", "to-do page `/todo`", "/todo", 0.20, None, ('<ul class="todo">', 'href="/cases/')),
    ("empty", "signed-in page with no data `/manual-forms`", "/manual-forms", 0.60, None, ()),
]

FORWARDED = {"X-Forwarded-Proto": "https"}


def env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"run-http: {name} is not set (run bench/run-http.sh)")
    return value


class Client:
    """Plain HTTP to 127.0.0.1 with a cookie jar of its own: the app sees HTTPS through
    X-Forwarded-Proto (as behind the TLS-terminating proxy of production), so its cookies are
    Secure and __Host- prefixed, which a client jar would not send over plain HTTP."""

    def __init__(self, port):
        self.port = port
        self.jar = {}

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.jar.items())

    def request(self, method, path, form=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = dict(FORWARDED)
        if self.jar:
            headers["Cookie"] = self.cookie_header()
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                if val and "expires=Thu, 01 Jan 1970" not in value:
                    self.jar[key.strip()] = val
                else:
                    self.jar.pop(key.strip(), None)
        location = response.getheader("Location")
        connection.close()
        return response.status, location, text


def sign_in(port, user, password):
    client = Client(port)
    status, _, page = client.request("GET", "/account/login")
    match = re.search(r'<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"', page)
    if status != 200 or not match:
        sys.exit(f"run-http: the sign-in page answered {status} without an anti-forgery token")
    status, location, page = client.request("POST", "/account/login", {
        "Input.UserName": user,
        "Input.Password": password,
        "__RequestVerificationToken": html.unescape(match.group(1)),
    })
    if status != 302 or not any(k.endswith("samplan") or "samplanC" in k for k in client.jar):
        sys.exit(f"run-http: signing in answered {status} (Location {location}), no session cookie")
    return client


def check(client, path, must_contain, what):
    status, location, page = client.request("GET", path)
    if status != 200:
        sys.exit(f"run-http: {what} {path} answered {status} (Location {location}), not the page")
    for text in must_contain:
        if html.escape(text, quote=False) not in page and text not in page:
            sys.exit(f"run-http: {what} {path} answered 200 without '{text}'")
    return len(page.encode("utf-8"))


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"unreadable latency {text!r}")
    return float(match.group(1)) * UNITS[match.group(2)]


def wrk(port, path, cookie, args):
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s", "--latency",
               "-H", "X-Forwarded-Proto: https"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, capture_output=True, text=True, timeout=args.duration + 60, check=True).stdout
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for pct in ("50", "90", "99"):
        result[f"p{pct}"] = to_ms(re.search(rf"^\s+{pct}%\s+(\S+)", output, re.M).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    result["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    result["errors"] = sum(int(g) for g in errors.groups()) if errors else 0
    result["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    return result


def load():
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


def rss_mib(pid):
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def fmt_ms(value):
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--pages", default="list,case,plan,inbox,todo,empty")
    parser.add_argument("--report", default=None)
    parser.add_argument("--command", default="bench/run-http.sh")
    args = parser.parse_args()

    app, one = int(env("SAMPLAN_HTTP_APP_PORT")), int(env("SAMPLAN_HTTP_ONEROW_PORT"))
    app_pid, one_pid = int(env("SAMPLAN_HTTP_APP_PID")), int(env("SAMPLAN_HTTP_ONEROW_PID"))
    user, password = env("SAMPLAN_HTTP_USER"), env("SAMPLAN_BENCH_PASSWORD")
    case, person, unit = env("SAMPLAN_HTTP_CASE"), env("SAMPLAN_HTTP_PERSON"), env("SAMPLAN_HTTP_UNIT")
    wanted = args.pages.split(",")
    pages = [p for p in PAGES if p[0] in wanted]
    one_path = f"/unit/{unit}"
    load_before = load()

    def shown(shows):
        return ["Bench Busiest"] + [person if text == PERSON else text for text in shows]

    sizes = {}
    client = sign_in(app, user, password)
    for key, label, template, *_rest, shows in pages:
        path = template.format(case=case)
        sizes[key] = check(client, path, shown(shows), "Samplan")
    sizes["one"] = check(Client(one), one_path, ["HSA-id"], "the one-row page")
    print(f"run-http: signed in; every page answers 200 with the user's name ({person} on the case pages, messages on the inbox and to-do page); load {load_before}")

    for key, label, template, *_ in pages:
        wrk(app, template.format(case=case), client.cookie_header(), argparse.Namespace(**{**vars(args), "duration": args.warmup}))
    wrk(one, one_path, None, argparse.Namespace(**{**vars(args), "duration": args.warmup}))

    results = {p[0]: {"app": [], "one": []} for p in pages}
    loads = []
    for round_no in range(1, args.rounds + 1):
        # A fresh session per round keeps every round far inside the idle timeout.
        client = sign_in(app, user, password)
        cookie = client.cookie_header()
        for key, label, template, *_rest, shows in pages:
            path = template.format(case=case)
            order = [("one", one, one_path, None), ("app", app, path, cookie)]
            if round_no % 2 == 0:
                order.reverse()
            for side, port, address, with_cookie in order:
                results[key][side].append(wrk(port, address, with_cookie, args))
            # The session held for the whole run: every response measured was the page, not a redirect.
            check(client, path, shown(shows), "Samplan (after the round)")
            r = results[key]
            print(f"  round {round_no} {key:5}: Samplan {r['app'][-1]['rps']:8.0f}/s p99 {fmt_ms(r['app'][-1]['p99']):>9}"
                  f" | one-row {r['one'][-1]['rps']:8.0f}/s | ratio {r['app'][-1]['rps'] / r['one'][-1]['rps']:.3f}")
        loads.append(load())

    rss_app, rss_one = rss_mib(app_pid), rss_mib(one_pid)
    load_after = load()
    print(f"run-http: resident memory after the rounds: Samplan {rss_app:.0f} MiB, one-row {rss_one:.0f} MiB; load {load_after}")

    rows, detail, verdicts = [], [], []
    for key, label, template, goal, p99_goal, _ in pages:
        r = results[key]
        ratios = [a["rps"] / o["rps"] for a, o in zip(r["app"], r["one"])]
        ratio = statistics.median(ratios)
        p50 = statistics.median(a["p50"] for a in r["app"])
        p99 = statistics.median(a["p99"] for a in r["app"])
        p99_max = max(a["p99"] for a in r["app"])
        non2xx = sum(a["non2xx"] + a["errors"] for a in r["app"]) + sum(o["non2xx"] + o["errors"] for o in r["one"])
        met = ratio >= goal and (p99_goal is None or p99 < p99_goal)
        verdicts.append(met)
        goal_text = f"≥ {goal:.2f}" + (f", p99 < {p99_goal:.0f} ms" if p99_goal else "")
        rows.append(f"| {label} | **{ratio:.3f}** ({min(ratios):.3f}–{max(ratios):.3f}) | {statistics.median(a['rps'] for a in r['app']):,.0f} "
                    f"| {statistics.median(o['rps'] for o in r['one']):,.0f} | {fmt_ms(p50)} | {fmt_ms(p99)} (max {fmt_ms(p99_max)}) "
                    f"| {non2xx} | {sizes[key] / 1024:.1f} KB | {goal_text}: {'met' if met else 'not met'} |")
        detail.append(f"| {key} | " + " | ".join(f"{a['rps']:,.0f} / {o['rps']:,.0f}" for a, o in zip(r["app"], r["one"])) + " |")

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cpus = os.cpu_count()
    memory_goal = "met" if rss_app <= 250 * 1000 * 1000 / 1048576 else "not met"
    section = [
        START_MARK,
        "## HTTP pages: a signed-in professional against a one-row page",
        "",
        f"Measured {now} on {cpus} CPUs with `{args.command}` (wrk -t{args.threads} -c{args.connections}, {args.rounds} interleaved rounds of "
        f"{args.duration} s per page and side, after a {args.warmup} s warm-up of each address). Data set: {env('SAMPLAN_HTTP_SHAPE')}; signed in as a "
        f"professional of the busiest unit ({env('SAMPLAN_HTTP_UNIT_CASES')} cases; inbox: {env('SAMPLAN_HTTP_UNIT_MESSAGES')}). Samplan.Web runs in Release, Production environment, on "
        "PostgreSQL 15 (the throwaway cluster of `bench/throwaway-postgres.sh`), behind no proxy but told HTTPS by `X-Forwarded-Proto` "
        "(as production's TLS-terminating proxy would), with its background jobs (the audit sealer) running. The one-row page is "
        "`bench/Samplan.OneRow`: `GET /unit/{id}`, one primary-key SELECT rendered as HTML, same Kestrel + Npgsql + PostgreSQL. "
        "Before the rounds and after each page of each round the session is checked to still answer 200 with the user's name "
        "(and the person's name on the case and plan pages, message links on the inbox and the to-do page), so no measured response was a redirect to the sign-in page; "
        "non-2xx counts wrk's non-2xx/3xx responses and socket errors of both sides.",
        "",
        f"Load average (1, 5, 15 min): before {load_before}; after each round {'; '.join(loads)}. "
        f"Resident memory after the rounds: Samplan.Web **{rss_app:.0f} MiB** (goal ≤ 250 MB: {memory_goal}), one-row app {rss_one:.0f} MiB. "
        f"Start to `/health` 200 on this already migrated PostgreSQL database: Samplan.Web {env('SAMPLAN_HTTP_APP_START')} s, one-row {env('SAMPLAN_HTTP_ONEROW_START')} s "
        "(cold start on SQLite: section \"Cold start and memory\").",
        "",
        "| page | Samplan ÷ one-row, median of rounds (min–max) | Samplan req/s | one-row req/s | Samplan p50 | Samplan p99, median of rounds | non-2xx | page size | goal |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        *rows,
        "",
        "Requests per second per round, Samplan / one-row:",
        "",
        "| page | " + " | ".join(f"round {i}" for i in range(1, args.rounds + 1)) + " |",
        "| --- | " + " | ".join("---:" for _ in range(args.rounds)) + " |",
        *detail,
        "",
        "Before, as measured for the issue \"Fast pages\" on 2026-12-01 (same data set, wrk -t2 -c32, same pairing):",
        "",
        "| page | Samplan ÷ one-row, median of 5 rounds | p50 at 32 connections |",
        "| --- | ---: | ---: |",
        *[f"| {a} | {b} | {c} |" for a, b, c in BEFORE],
        "",
        END_MARK,
    ]
    text = "\n".join(section) + "\n"
    print(text)
    if args.report:
        try:
            with open(args.report, encoding="utf-8") as f:
                existing = f.read()
        except FileNotFoundError:
            existing = "# Benchmarks\n"
        if START_MARK in existing and END_MARK in existing:
            head, rest = existing.split(START_MARK, 1)
            tail = rest.split(END_MARK, 1)[1].lstrip("\n")
            existing = head + text + ("\n" + tail if tail else "")
        else:
            existing = existing.rstrip("\n") + "\n\n" + text
        with open(args.report, "w", encoding="utf-8") as f:
            f.write(existing)
        print(f"run-http: wrote {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
