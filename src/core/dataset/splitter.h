#pragma once
// Train/val/test splitting: stratified by label, disjoint by group, seeded and deterministic.
//
// Items that share a group (identity, Adience user, byte-identical duplicates when
// groupDuplicates is on) always land in the same split. Groups are placed largest first, each
// where its classes are most needed relative to the target counts, so per-class ratios follow
// the requested ones closely even with a few large groups. The same dataset, options and seed
// give the same split on every machine (own Fisher-Yates over mt19937_64, no std::shuffle).

#include "core/dataset/dataset.h"

namespace maskbench {

struct SplitOptions
{
    double train = 0.8;
    double val = 0.1;
    double test = 0.1;
    quint64 seed = 42;
    bool groupDuplicates = true; // hash file contents; identical files share a group
    bool keepMissing = false;    // keep items whose image is missing or unreadable
    // How a person asks for keepMissing, for the message when nothing else is left: the CLI's
    // flag by default; the GUI names its check box.
    QString keepMissingChoice = QStringLiteral("--keep-missing");
    // "Use N images": split a seeded subset of this many usable items, stratified by class
    // (dataset/subset.h, drawn with `seed`), instead of all of them. 0: all; below 0 is refused.
    qint64 limit = 0;
};

// Parses "0.8,0.1,0.1" (or percentages "80,10,10"); throws Error when malformed.
SplitOptions parseRatios(const QString &text, SplitOptions base = {});

struct SplitSummary
{
    qint64 excludedMissing = 0;    // dropped: image file missing
    qint64 excludedUnreadable = 0; // dropped: header unreadable
    qint64 groups = 0;             // groups placed (items without a group count as their own)
    qint64 duplicateGroups = 0;    // groups formed from byte-identical files
    qint64 usable = 0;             // items left to split before "Use N images" took its subset
};

// Returns a copy of the dataset with every kept item's split set. Throws Error on invalid ratios
// or when nothing is left to split.
Dataset splitDataset(const Dataset &dataset, const SplitOptions &options, SplitSummary *summary = nullptr,
                     const ProgressCallback &progress = {});

// The settings a split was made with, written beside its manifest as MANIFEST.json (split.csv:
// split.csv.json): source, shares, seed, "Use N images" (limit, when set), kept and excluded
// counts. The manifest is a plain dataset CSV, so this is where a split's settings are recorded;
// the CLI's `dataset split` and the Dataset panel's Split both write it. Atomic; throws Error.
QString splitRecordPath(const QString &manifestPath);
void writeSplitRecord(const QString &manifestPath, const QString &source, const SplitOptions &options,
                      const SplitSummary &summary, qint64 rows);

} // namespace maskbench
