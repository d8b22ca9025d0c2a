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
import os
import threading

import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table import Table
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server


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


def serialized(app):
    lock = threading.Lock()

    def handle(environ, start_response):
        with lock:
            # The whole response is produced under the lock: moto may still touch its backends
            # while the body iterates.
            result = app(environ, start_response)
            try:
                body = b"".join(result)
            finally:
                close = getattr(result, "close", None)
                if close:
                    close()
        return [body]

    return handle


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    args = parser.parse_args()
    item_level_transaction_rollback()
    app = DomainDispatcherApplication(create_backend_app)
    server = make_server(args.host, args.port, serialized(app), threaded=True)
    if args.port_file:
        temporary = args.port_file + ".tmp"
        with open(temporary, "w") as out:
            out.write(str(server.server_port))
        os.replace(temporary, args.port_file)
    print(f"moto (serialized) on http://{args.host}:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
