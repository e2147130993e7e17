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
};

// Parses "0.8,0.1,0.1" (or percentages "80,10,10"); throws Error when malformed.
SplitOptions parseRatios(const QString &text, SplitOptions base = {});

struct SplitSummary
{
    qint64 excludedMissing = 0;    // dropped: image file missing
    qint64 excludedUnreadable = 0; // dropped: header unreadable
    qint64 groups = 0;             // groups placed (items without a group count as their own)
    qint64 duplicateGroups = 0;    // groups formed from byte-identical files
};

// Returns a copy of the dataset with every kept item's split set. Throws Error on invalid ratios
// or when nothing is left to split.
Dataset splitDataset(const Dataset &dataset, const SplitOptions &options, SplitSummary *summary = nullptr,
                     const ProgressCallback &progress = {});

} // namespace maskbench
