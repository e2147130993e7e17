#pragma once
// "Use N images": the seeded random subset a job works on instead of all its items. One place for
// the Split dialog, Batch augment and the Training form, and for the CLI's `dataset split --limit`,
// `augment --limit` and `train --limit-train / --limit-val`.
//
// Contract:
//  - n <= 0 is refused (Error, with a message for a person); n >= the number of items gives every
//    item. Otherwise exactly n items.
//  - The same items, n and seed give the same subset on every machine (splitmix64 and an own
//    Fisher-Yates, no std distributions).
//  - seededSample() is plain sampling, in the order the trainer's --limit-train has always drawn
//    (a Fisher-Yates shuffle of every index, the first n kept), so a run's subset never changes.
//  - stratifiedSample() keeps each stratum's share (largest remainder: a stratum's count differs
//    from n x its share by less than one), then samples each stratum with seededSample.
//  - subsetDataset() is the stratified sample of a dataset by label (its classes keep their
//    shares); the items keep their order, so a manifest of the subset reads like the whole one.

#include "core/dataset/dataset.h"

#include <vector>

namespace maskbench {

// The largest N the GUI's "Use N images" boxes offer (eight digits keep them narrow; an N above a
// dataset's size means all of it anyway).
constexpr int kMaxUseImages = 99'999'999;

// Indices into [0, count): all of them in order when n >= count, else n of them in sampling
// order. Throws Error when n <= 0.
std::vector<qint64> seededSample(qint64 count, qint64 n, quint64 seed);

// Indices into strata (one stratum id per item, any ints), ascending: min(n, size) items with
// every stratum keeping its share. Throws Error when n <= 0.
std::vector<qint64> stratifiedSample(const std::vector<int> &strata, qint64 n, quint64 seed);

// The dataset with n of its items, stratified by label, in their original order (all of them
// when n >= the item count). Throws Error when n <= 0.
Dataset subsetDataset(const Dataset &dataset, qint64 n, quint64 seed);

} // namespace maskbench
