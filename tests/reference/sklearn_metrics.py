#!/usr/bin/env python3
"""Reference metrics for a MaskBench predictions.csv, computed with scikit-learn.

Usage: sklearn_metrics.py [--bins N] predictions.csv [more.csv ...]
Prints one JSON array on stdout, one object per file in argument order (one process for many
files: importing scikit-learn takes most of the time). Exits 3 with a message naming the Debian package when
numpy or scikit-learn is missing (tests/core/tst_eval_sklearn.cpp turns that into a failure).

Classes are the prob_<class> columns in file order; label and predicted hold class names.
Non-finite numbers are written as null. roc_curve's first threshold is left out: scikit-learn
1.2 writes max score + 1 there, 1.3 and later +inf (MaskBench uses +inf).
"""
import csv
import json
import math
import sys

try:
    import numpy as np
except ImportError:
    sys.stderr.write("numpy is missing: install python3-numpy (apt-get install python3-numpy)\n")
    sys.exit(3)
try:
    import sklearn
    from sklearn import metrics
    from sklearn.calibration import calibration_curve
    from sklearn.preprocessing import label_binarize
except ImportError:
    sys.stderr.write("scikit-learn is missing: install python3-sklearn (apt-get install python3-sklearn)\n")
    sys.exit(3)


def clean(v):
    if isinstance(v, np.ndarray):
        return [clean(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, (np.floating, float)):
        v = float(v)
        return v if math.isfinite(v) else None
    if isinstance(v, np.integer):
        return int(v)
    return v


def reference(path, bins):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    prob_cols = [i for i, h in enumerate(header) if h.startswith("prob_")]
    classes = [header[i][len("prob_"):] for i in prob_cols]
    li, pi = header.index("label"), header.index("predicted")
    data = [r for r in rows[1:] if r]
    y = np.array([classes.index(r[li]) for r in data])
    yp = np.array([classes.index(r[pi]) for r in data])
    P = np.array([[float(r[i]) for i in prob_cols] for r in data])
    K = len(classes)
    labels = list(range(K))

    out = {"sklearn_version": sklearn.__version__, "classes": classes}
    out["confusion_matrix"] = metrics.confusion_matrix(y, yp, labels=labels)
    out["confusion_matrix_normalised"] = metrics.confusion_matrix(y, yp, labels=labels, normalize="true")
    out["accuracy"] = metrics.accuracy_score(y, yp)
    out["balanced_accuracy"] = metrics.balanced_accuracy_score(y, yp)
    p, r, f1, s = metrics.precision_recall_fscore_support(y, yp, labels=labels, zero_division=0)
    out.update(precision=p, recall=r, f1=f1, support=s)
    for avg in ("macro", "weighted"):
        ap_, ar_, af_, _ = metrics.precision_recall_fscore_support(y, yp, labels=labels, average=avg, zero_division=0)
        out[avg] = {"precision": ap_, "recall": ar_, "f1": af_}

    roc, pr = [], []
    for k in range(K):
        pos = (y == k).astype(int)
        fpr, tpr, thr = metrics.roc_curve(pos, P[:, k])
        has_both = 0 < pos.sum() < len(pos)
        roc.append({"fpr": fpr, "tpr": tpr, "thresholds": thr[1:],
                    "auc": metrics.roc_auc_score(pos, P[:, k]) if has_both else None})
        prec, rec, pthr = metrics.precision_recall_curve(pos, P[:, k])
        pr.append({"precision": prec, "recall": rec, "thresholds": pthr,
                   "ap": metrics.average_precision_score(pos, P[:, k]) if pos.sum() > 0 else None})
    out["roc"], out["pr"] = roc, pr

    present = len(np.unique(y))
    if K == 2:
        if present == 2:
            out["roc_auc"] = metrics.roc_auc_score(y, P[:, 1])
        out["average_precision"] = metrics.average_precision_score(y, P[:, 1])
    elif present == K:
        out["roc_auc"] = metrics.roc_auc_score(y, P, multi_class="ovr", average="macro", labels=labels)
        out["roc_auc_weighted"] = metrics.roc_auc_score(y, P, multi_class="ovr", average="weighted", labels=labels)
        Y = label_binarize(y, classes=labels)
        out["average_precision"] = metrics.average_precision_score(Y, P, average="macro")
        out["average_precision_weighted"] = metrics.average_precision_score(Y, P, average="weighted")

    # Top-label reliability and expected calibration error (Guo et al. 2017), sklearn's binning.
    edges = np.linspace(0.0, 1.0, bins + 1)
    conf = P[np.arange(len(yp)), yp]
    correct = (yp == y).astype(float)
    ids = np.searchsorted(edges[1:-1], conf)
    ece, mce, counts, mean_conf, acc = 0.0, 0.0, [], [], []
    for b in range(bins):
        m = ids == b
        counts.append(int(m.sum()))
        if m.sum() == 0:
            mean_conf.append(0.0)
            acc.append(0.0)
            continue
        gap = abs(correct[m].mean() - conf[m].mean())
        ece += m.sum() / len(conf) * gap
        mce = max(mce, gap)
        mean_conf.append(conf[m].mean())
        acc.append(correct[m].mean())
    out["calibration"] = {"counts": counts, "mean_confidence": mean_conf, "accuracy": acc, "ece": ece, "mce": mce}

    if K == 2:
        prob_true, prob_pred = calibration_curve(y, P[:, 1], n_bins=bins, strategy="uniform")
        out["calibration_curve"] = {"prob_true": prob_true, "prob_pred": prob_pred}
        if present == 2:
            # Brute force over every cut: predicted positive where prob_1 >= t.
            best = {"best_accuracy": -1.0, "youden": -2.0, "max_min_recall": -1.0}
            for t in list(np.unique(P[:, 1])) + [np.inf]:
                pred = (P[:, 1] >= t).astype(int)
                rec = metrics.recall_score(y, pred, labels=labels, average=None, zero_division=0)
                best["best_accuracy"] = max(best["best_accuracy"], metrics.accuracy_score(y, pred))
                best["youden"] = max(best["youden"], rec[0] + rec[1] - 1)
                best["max_min_recall"] = max(best["max_min_recall"], min(rec))
            out["threshold_optima"] = best
            pred = (P[:, 1] >= 0.5).astype(int)
            out["at_0_5"] = {"accuracy": metrics.accuracy_score(y, pred),
                             "recall": metrics.recall_score(y, pred, labels=labels, average=None, zero_division=0)}

    return clean(out)


def main():
    args = sys.argv[1:]
    bins = 10
    if "--bins" in args:
        i = args.index("--bins")
        bins = int(args[i + 1])
        del args[i:i + 2]
    if not args:
        sys.stderr.write(__doc__)
        sys.exit(2)
    json.dump([reference(path, bins) for path in args], sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
