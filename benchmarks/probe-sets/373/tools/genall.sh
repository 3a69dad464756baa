#!/bin/sh
cd "$(dirname "$0")" && for i in 1 2 3 4 5 6 7 8; do python3 gen$i.py; done
