"""Run gen1..gen8 of probe set 856."""
import importlib
import sys

ok = True
for k in range(1, 9):
    ok &= importlib.import_module(f"gen{k}").build()
sys.exit(0 if ok else 1)
