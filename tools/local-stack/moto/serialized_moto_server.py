"""moto's server with every request handled alone.

moto's in-memory backends are not isolated between threads: measured with moto 5.2.1, 400 racing
TransactWriteItems (conditional status change + counter ADD on 20 items) gave 20-21 successes and a
counter of 33-38 instead of 20. Behind one process-wide lock (connections still threaded) the same
run gave exactly 20 and 20, every time. See docs/adr/0007-moto-serialized.md.

Usage: python serialized_moto_server.py [--host 127.0.0.1] [--port 0] [--port-file FILE]
With --port 0 a free port is chosen; --port-file receives it once the server listens.
"""
import argparse
import copy
import io
import json
import os
import threading
import time
import urllib.parse

import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table import Table
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import WSGIRequestHandler, make_server


def item_level_transaction_rollback():
    """Makes TransactWriteItems cost O(items in the transaction), not O(items in the tables).

    moto 5.2.1 deep-copies every table a transaction touches, for rollback: with a few thousand
    signatures each confirmation took 100+ ms and grew with the table. Here only the items the
    transaction names are saved and put back on failure; requests are serialized, so nothing else
    can change them meanwhile. Any other deepcopy in that module is unchanged.
    """

    class TablesNotCopied:
        @staticmethod
        def deepcopy(value, memo=None):
            return value if isinstance(value, Table) else copy.deepcopy(value, memo)

    dynamodb_models.copy = TablesNotCopied
    original = DynamoDBBackend.transact_write_items

    def transact_write_items(self, transact_items):
        saved = []
        for entry in transact_items:
            op = next(iter(entry.values()))
            table = self.tables.get(op.get("TableName")) if isinstance(op, dict) else None
            if table is None:
                continue
            key = op.get("Key")
            if key is None and isinstance(op.get("Item"), dict):
                key = {attr: op["Item"].get(attr) for attr in (table.hash_key_attr, table.range_key_attr) if attr}
            try:
                hash_key, range_key = self.get_keys_value(table, key)
                saved.append((table, hash_key, range_key, copy.deepcopy(table.get_item(hash_key, range_key))))
            except Exception:
                continue  # moto itself will refuse this operation before changing anything
        try:
            return original(self, transact_items)
        except Exception:
            for table, hash_key, range_key, item in reversed(saved):
                if item is not None:
                    if range_key is not None:
                        table.items[hash_key][range_key] = item
                    else:
                        table.items[hash_key] = item
                elif range_key is not None:
                    table.items.get(hash_key, {}).pop(range_key, None)
                else:
                    table.items.pop(hash_key, None)
            raise

    DynamoDBBackend.transact_write_items = transact_write_items


LONG_POLL_STEP_SECONDS = 0.05


def long_poll_seconds(environ):
    """For an SQS ReceiveMessage that asks to wait: (seconds, the same request asking not to wait).

    moto waits for messages inside the request (up to WaitTimeSeconds), which behind the lock
    would stop every other request for that long: a mailer polling an empty queue once a second
    held the whole local stack most of the time. So the wait happens here, outside the lock, as
    repeated non-waiting receives. Returns (0, None) for any other request.
    """
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    query = environ.get("CONTENT_TYPE", "").startswith("application/x-www-form-urlencoded")
    if target != "AmazonSQS.ReceiveMessage" and not query:
        return 0, None
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length else b""
    environ["wsgi.input"] = io.BytesIO(body)
    seconds = 0
    if target == "AmazonSQS.ReceiveMessage":
        request = json.loads(body or b"{}")
        seconds = int(request.get("WaitTimeSeconds") or 0)
        request["WaitTimeSeconds"] = 0
        rewritten = json.dumps(request).encode()
    else:
        form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
        if form.get("Action") != ["ReceiveMessage"]:
            return 0, None
        seconds = int((form.get("WaitTimeSeconds") or ["0"])[0] or 0)
        form["WaitTimeSeconds"] = ["0"]
        rewritten = urllib.parse.urlencode(form, doseq=True).encode()
    return (seconds, rewritten) if seconds > 0 else (0, None)


def has_messages(body):
    if body.lstrip().startswith(b"{"):
        return bool(json.loads(body).get("Messages"))
    return b"<Message>" in body


def cheap_sqs_clock():
    """Makes moto's SQS read the clock with time.time() instead of its datetime arithmetic.

    moto 5.2.1 decides each message's visibility through moto.core.utils.unix_time, about 20 us a
    call (naive datetimes, subtraction), and ReceiveMessage asks it some 100 times per queued message:
    measured, one receive of 10 from a queue of 300 took 0.4-0.8 s, so the fault test's mailer spent
    most of its time there (docs/PERFORMANCE.md, fault test). time.time() is the same instant (UTC
    epoch seconds) at 0.1 us. Nothing here is frozen in time (freezegun is what moto's version serves).
    """
    import moto.sqs.models as sqs_models

    original = sqs_models.unix_time

    def unix_time(dt=None):
        return time.time() if dt is None else original(dt)

    def unix_time_millis(dt=None):
        return unix_time(dt) * 1000.0

    sqs_models.unix_time = unix_time
    sqs_models.unix_time_millis = unix_time_millis


def per_request_lookups_cached():
    """Caches two lookups moto 5.2.1 repeats on every request although their answer never changes.

    Profiled under the fault test's mix (docs/PERFORMANCE.md), a quarter of moto's time per request
    went to finding the backend for the request's host (list_of_moto_modules lists and stats moto's
    ~150 package folders, twice a request) and to listing a response class's methods with
    inspect.getmembers. Both depend only on the installed moto, so each is computed once.
    """
    import functools
    import moto.backends as backends
    import moto.core.responses as responses

    modules = list(backends.list_of_moto_modules())
    backends.list_of_moto_modules = lambda: modules
    responses.method_names_from_class = functools.lru_cache(maxsize=None)(responses.method_names_from_class)


def serialized(app):
    lock = threading.Lock()

    def call(environ):
        """The app's whole response, produced under the lock (moto may still touch its backends while the body iterates)."""
        response = {}

        def start_response(status, headers, exc_info=None):
            response["status"], response["headers"] = status, headers

        with lock:
            result = app(environ, start_response)
            try:
                body = b"".join(result)
            finally:
                close = getattr(result, "close", None)
                if close:
                    close()
        return response["status"], response["headers"], body

    def handle(environ, start_response):
        seconds, rewritten = long_poll_seconds(environ)
        if rewritten is None:
            status, headers, body = call(environ)
        else:
            deadline = time.monotonic() + seconds
            while True:
                attempt = dict(environ)
                attempt["wsgi.input"] = io.BytesIO(rewritten)
                attempt["CONTENT_LENGTH"] = str(len(rewritten))
                status, headers, body = call(attempt)
                if not status.startswith("200") or has_messages(body) or time.monotonic() >= deadline:
                    break
                time.sleep(LONG_POLL_STEP_SECONDS)
        start_response(status, headers)
        return [body]

    return handle


class QuietRequestHandler(WSGIRequestHandler):
    """No line per request: thousands of them cost moto time and say nothing tests read."""

    def log_request(self, code="-", size="-"):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    args = parser.parse_args()
    item_level_transaction_rollback()
    cheap_sqs_clock()
    per_request_lookups_cached()
    app = DomainDispatcherApplication(create_backend_app)
    server = make_server(args.host, args.port, serialized(app), threaded=True, request_handler=QuietRequestHandler)
    if args.port_file:
        temporary = args.port_file + ".tmp"
        with open(temporary, "w") as out:
            out.write(str(server.server_port))
        os.replace(temporary, args.port_file)
    print(f"moto (serialized) on http://{args.host}:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
