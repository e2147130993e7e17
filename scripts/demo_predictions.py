#!/usr/bin/env python3
"""Writes a predictions.csv over real UTKFace images for looking at the Evaluation panel before a
trained run exists: the images, labels, age and race are real (../shared/data/utkface-dev), the
probabilities are SYNTHETIC (a seeded made-up "model" that errs more on children and on some
groups), so the pictures show the panel, not a result. Replace with a run's predictions.csv.

usage: python3 scripts/demo_predictions.py [--data ../shared/data/utkface-dev] [--n 800] OUT.csv
"""
import argparse, csv, math, os, random

ap = argparse.ArgumentParser()
ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "utkface-dev"))
ap.add_argument("--n", type=int, default=800)
ap.add_argument("--seed", type=int, default=7)
ap.add_argument("out")
a = ap.parse_args()

rows = list(csv.DictReader(open(os.path.join(a.data, "labels.csv"), newline="")))
rng = random.Random(a.seed)
rng.shuffle(rows)
rows = rows[: a.n]
masks = ["none", "surgical", "cloth", "n95"]
os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
with open(a.out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["path", "label", "predicted", "prob_female", "prob_male", "mask", "age", "race"])
    for r in rows:
        male = r["gender"] == "male"
        age = int(r["age"])
        mask = rng.choice(masks)
        # logit of "male": separated by the true class, weaker for children and cloth masks
        strength = 2.6 if age >= 13 else 0.6
        if mask == "cloth":
            strength *= 0.7
        z = (strength if male else -strength) + rng.gauss(0, 1.6)
        p_male = 1 / (1 + math.exp(-z))
        pred = "male" if p_male >= 0.5 else "female"
        w.writerow([os.path.abspath(os.path.join(a.data, r["path"])), r["gender"], pred,
                    repr(1 - p_male), repr(p_male), mask, r["age"], r["race"]])
print(a.out)
