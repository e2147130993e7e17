#pragma once
// The in-memory dataset model shared by every source (folder per class, CSV manifest, Adience,
// UTKFace) and every later step. A Dataset is a value: readers build it, the splitter and the
// audit read it, a manifest stores it. Nothing here decodes images; scanning reads headers only.
//
// Contract:
//  - item.path is absolute and clean; item.label is a class name ("male", "female", ...);
//    item.group is an identity / user / duplicate group, empty when unknown; item.split is "",
//    "train", "val" or "test".
//  - Bad input never throws per item: it becomes a DatasetProblem (file, line, message), counted
//    by kind, and the item is skipped or flagged. Only a source that cannot be read at all
//    (missing folder, CSV without the label column) throws maskbench::Error.

#include "core/common/progress.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace maskbench {

enum class SourceFormat { Auto, Folder, Csv, Adience, UtkFace };

QString formatName(SourceFormat format);
// Accepts "auto", "folder", "csv", "adience", "utkface"; throws Error on anything else.
SourceFormat parseFormat(const QString &name);

// What a header probe learnt about an image file (see image_probe.h).
struct ImageInfo
{
    bool probed = false;  // a probe ran
    bool ok = false;      // header parsed and, where cheap to tell, the file is complete
    int width = 0;
    int height = 0;
    QString format;       // "jpeg", "png", "bmp", "webp"
    qint64 bytes = 0;
    QString error;        // why !ok
};

struct DatasetItem
{
    QString path;   // absolute
    QString label;  // class name
    QString group;  // identity / user / duplicate group; empty if unknown
    QString split;  // "", "train", "val", "test"
    QMap<QString, QString> attributes;
    bool exists = true;
    int line = 0; // source line (CSV / label file), 0 for folders; only for messages
    ImageInfo image;
};

enum class ProblemKind {
    MissingSource,   // a listed image file does not exist
    NotAnImage,      // a file in an image folder that is not an image
    Unreadable,      // header cannot be parsed: corrupt, truncated, unsupported
    UnknownLabel,    // label value not among the accepted classes, or empty
    DuplicateRow,    // the same image listed twice
    BadRow,          // a CSV row or file name that cannot be parsed
    EmptyClass,      // a class folder without images
    Warning          // anything else worth a line in the log
};
QString problemKindName(ProblemKind kind);

struct DatasetProblem
{
    ProblemKind kind = ProblemKind::Warning;
    QString file;
    int line = 0; // 1-based line in a CSV / label file, 0 when not applicable
    QString message;
};

struct Dataset
{
    QString source;             // what the user opened
    SourceFormat format = SourceFormat::Auto;
    QString root;               // folder that relative paths are resolved against
    QString labelName;          // attribute the label came from ("gender", "class", ...)
    std::vector<DatasetItem> items;
    std::vector<DatasetProblem> problems;
    qint64 rowsRead = 0;        // source rows or files considered
    QMap<QString, qint64> rawLabelCounts; // label values as written in the source, "" for empty
    QStringList attributeNames; // in source order
    QList<QPair<QString, QString>> facts; // source-specific facts for reports ("users", "168")

    QStringList classes() const;                 // sorted, from the items
    QMap<QString, qint64> classCounts() const;
    QStringList groups() const;                  // distinct non-empty groups
    qint64 problemCount(ProblemKind kind) const;
    qint64 missingCount() const;
    bool hasSplits() const;                      // every item has a split
    void addProblem(ProblemKind kind, const QString &file, int line, const QString &message);
};

struct LoadOptions
{
    SourceFormat format = SourceFormat::Auto;
    QString labelColumn;        // CSV: required unless the CSV has a "label" column
    // How a person chooses the label column, for the message when it is missing: the CLI's flag
    // by default; the GUI names its field.
    QString labelColumnChoice = QStringLiteral("--label-column");
    QString pathColumn = QStringLiteral("path");
    QString groupColumn = QStringLiteral("group");
    QString splitColumn = QStringLiteral("split");
    QStringList classes;        // when set, other label values are counted as UnknownLabel
    bool probeImages = true;    // read each image's header (size, format, truncation)
};

// Guesses the format of a path: a .csv/.tsv file is CSV; a folder with fold_*_data.txt is
// Adience; a folder whose images carry UTKFace names is UTKFace; any other folder is folder per
// class. Throws Error if the path does not exist.
SourceFormat detectFormat(const QString &source);

// Reads any supported source. Throws Error when the source itself cannot be read; per-item
// problems land in Dataset::problems. The callback may cancel (throws Cancelled).
Dataset loadDataset(const QString &source, const LoadOptions &options = {},
                    const ProgressCallback &progress = {});

// Probes every existing item's header in parallel (QtConcurrent on a private pool), marking
// unreadable ones and recording a problem for each.
void probeImages(Dataset &dataset, const ProgressCallback &progress = {});

// The columns of a CSV manifest that can hold the class: every header column except the image
// path, group and split columns ("label" first when there is one). Reads the header only; throws
// Error like readCsv.
QStringList csvLabelColumns(const QString &csvPath, const LoadOptions &options = {});

bool isImageFileName(const QString &fileName);
// "train"/"training", "val"/"valid"/"validation", "test"/"testing" (any case) to "train", "val",
// "test"; anything else to an empty string.
QString normaliseSplitName(const QString &name);

} // namespace maskbench
