#!/usr/bin/python3
"""A seeded sample of a labels CSV (../shared/data/utkface-dev/labels.csv) with absolute paths,
for the benchmark and example scripts: the rows are shuffled with random.Random(seed) and the
first N kept, so the same seed always gives the same sample.

    python3 scripts/sample_utkface.py LABELS.csv OUT.csv SEED N [COLUMN ...]   (default column: gender)
"""
import csv
import os
import random
import sys


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    src, out, seed, n = argv[1], argv[2], int(argv[3]), int(argv[4])
    columns = argv[5:] or ['gender']
    with open(src, newline='') as f:
        rows = list(csv.DictReader(f))
    missing = [c for c in ['path'] + columns if rows and c not in rows[0]]
    if missing:
        sys.exit(f'sample_utkface: {src} has no column {", ".join(missing)}')
    random.Random(seed).shuffle(rows)
    root = os.path.dirname(os.path.abspath(src))
    with open(out, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['path'] + columns)
        for r in rows[:n]:
            w.writerow([os.path.join(root, r['path'])] + [r[c] for c in columns])


if __name__ == '__main__':
    main(sys.argv)
