#include "cli/dataset_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/dataset/audit.h"
#include "core/dataset/dataset.h"
#include "core/dataset/manifest.h"
#include "core/dataset/splitter.h"
#include "core/dataset/statistics.h"
#include "core/io/csv.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QSaveFile>

#include <limits>
#include <memory>

namespace maskbench::cli {
namespace {

// This file's messages: looked up under "DatasetCommand" and extracted there by lupdate.
struct DatasetCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCommand)
};

struct SourceArgs
{
    std::string source;
    std::string format = "auto";
    std::string labelColumn;
    std::string groupColumn = "group";
    std::string splitColumn = "split";
    std::string classes;
    bool noProbe = false;
    std::string problemsCsv;
    int show = 10;

    LoadOptions options() const
    {
        LoadOptions o;
        o.format = parseFormat(qs(format));
        o.labelColumn = qs(labelColumn);
        o.groupColumn = qs(groupColumn);
        o.splitColumn = qs(splitColumn);
        if (!classes.empty())
            o.classes = qs(classes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &c : o.classes)
            c = c.trimmed();
        o.probeImages = !noProbe;
        return o;
    }
};

void addSourceOptions(CLI::App *cmd, SourceArgs &a, bool positional = true)
{
    if (positional)
        cmd->add_option("source", a.source, "Dataset: a folder (per class, Adience, UTKFace) or a CSV manifest")->required();
    cmd->add_option("--format", a.format, "auto, folder, csv, adience or utkface")->capture_default_str();
    cmd->add_option("--label-column", a.labelColumn,
                    "Column (CSV) or field (Adience: gender, age; UTKFace: gender, age, race) that holds the label");
    cmd->add_option("--group-column", a.groupColumn, "CSV column with the identity / group")->capture_default_str();
    cmd->add_option("--split-column", a.splitColumn, "CSV column with a given split")->capture_default_str();
    cmd->add_option("--classes", a.classes, "Comma-separated classes to keep; other labels are counted as unknown");
    cmd->add_flag("--no-probe", a.noProbe, "Do not read image headers (faster; sizes and corrupt files not reported)");
    cmd->add_option("--problems-csv", a.problemsCsv, "Write every problem found (file, line, kind, message) to this CSV");
    cmd->add_option("--show", a.show, "Problems listed per kind on stdout")->capture_default_str();
}

void writeProblems(const Dataset &ds, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(DatasetCommandTr::tr("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(csvLine({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("kind"), QStringLiteral("message")}).toUtf8());
    for (const DatasetProblem &p : ds.problems)
        f.write(csvLine({p.file, QString::number(p.line), problemKindName(p.kind), p.message}).toUtf8());
    if (!f.commit())
        throw Error(DatasetCommandTr::tr("%1: writing failed: %2").arg(path, f.errorString()));
}

QString describeLabelValues(const Dataset &ds)
{
    QStringList parts;
    QList<QString> keys = ds.rawLabelCounts.keys();
    for (const QString &k : keys)
        parts.append(QStringLiteral("%1 %2").arg(k.isEmpty() ? DatasetCommandTr::tr("(empty)") : k, formatCount(ds.rawLabelCounts.value(k))));
    return parts.join(QStringLiteral(", "));
}

void printDatasetReport(const Dataset &ds, const SourceArgs &a)
{
    QString out;
    out += DatasetCommandTr::tr("Source:        %1\n").arg(ds.source);
    out += DatasetCommandTr::tr("Format:        %1 (label: %2)\n").arg(formatName(ds.format), ds.labelName);
    out += DatasetCommandTr::tr("Rows read:     %1\n").arg(formatCount(ds.rowsRead));
    for (const auto &[name, value] : ds.facts)
        out += QStringLiteral("%1%2\n").arg(QString(name + QLatin1Char(':')).leftJustified(15), formatCount(value.toLongLong()));
    out += DatasetCommandTr::tr("Label values:  %1\n").arg(describeLabelValues(ds));
    const QStringList classes = ds.classes();
    out += DatasetCommandTr::tr("Items:         %1 labelled in %2 classes (%3)\n")
               .arg(formatCount(qint64(ds.items.size())))
               .arg(classes.size())
               .arg(classes.join(QStringLiteral(", ")));
    const QStringList groups = ds.groups();
    out += groups.isEmpty() ? DatasetCommandTr::tr("Groups:        none (each image is its own group)\n")
                            : DatasetCommandTr::tr("Groups:        %1\n").arg(formatCount(groups.size()));
    const qint64 missing = ds.missingCount();
    out += DatasetCommandTr::tr("Images:        %1 present, %2 missing\n").arg(formatCount(qint64(ds.items.size()) - missing), formatCount(missing));
    out += QLatin1Char('\n') + renderClassSplitTable(classSplitTable(ds)) + QLatin1Char('\n');

    const ImageSizeSummary sizes = imageSizeSummary(ds);
    if (sizes.probed > 0) {
        QStringList formats;
        for (auto it = sizes.formats.constBegin(); it != sizes.formats.constEnd(); ++it)
            formats.append(QStringLiteral("%1 %2").arg(it.key(), formatCount(it.value())));
        out += DatasetCommandTr::tr("Image headers: %1 read, %2 unreadable\n")
                   .arg(formatCount(sizes.probed), formatCount(sizes.probed - sizes.readable));
        if (sizes.readable > 0)
            out += DatasetCommandTr::tr("Image sizes:   width %1..%2 (median %3), height %4..%5 (median %6); %7\n")
                       .arg(sizes.minWidth).arg(sizes.maxWidth).arg(sizes.medianWidth)
                       .arg(sizes.minHeight).arg(sizes.maxHeight).arg(sizes.medianHeight)
                       .arg(formats.join(QStringLiteral(", ")));
    }

    const auto counts = problemCounts(ds);
    if (counts.isEmpty()) {
        out += DatasetCommandTr::tr("Problems:      none\n");
    } else {
        out += DatasetCommandTr::tr("Problems:      %1\n").arg(formatCount(qint64(ds.problems.size())));
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            out += QStringLiteral("  %1: %2\n").arg(problemKindName(it.key()), formatCount(it.value()));
            int shown = 0;
            for (const DatasetProblem &p : ds.problems) {
                if (p.kind != it.key())
                    continue;
                if (shown++ >= a.show) {
                    out += DatasetCommandTr::tr("    ... %1 more").arg(formatCount(it.value() - a.show))
                           + (a.problemsCsv.empty() ? DatasetCommandTr::tr(" (list them all with --problems-csv FILE)\n") : QStringLiteral("\n"));
                    break;
                }
                out += QStringLiteral("    %1%2: %3\n").arg(p.file, p.line > 0 ? QStringLiteral(":%1").arg(p.line) : QString(), p.message);
            }
        }
    }
    printOut(out);
    if (!a.problemsCsv.empty()) {
        writeProblems(ds, qs(a.problemsCsv));
        printOut(DatasetCommandTr::tr("Problems written to %1\n").arg(qs(a.problemsCsv)));
    }
}

QString describeAudit(const LeakageReport &r)
{
    QString out = DatasetCommandTr::tr("Leakage audit: %1 items, %2 groups checked, %3 files hashed (%4 not readable)\n")
                      .arg(formatCount(r.itemsChecked), formatCount(r.groupsChecked), formatCount(r.filesHashed),
                           formatCount(r.filesUnhashed));
    out += DatasetCommandTr::tr("  groups in more than one split: %1\n").arg(formatCount(qint64(r.groups.size())));
    int shown = 0;
    for (const GroupLeak &g : r.groups) {
        if (++shown > 10)
            break;
        out += QStringLiteral("    %1 (%2 items): %3\n").arg(g.group).arg(g.items).arg(g.splits.join(QStringLiteral(", ")));
    }
    out += DatasetCommandTr::tr("  identical files in more than one split: %1\n").arg(formatCount(qint64(r.duplicates.size())));
    shown = 0;
    for (const DuplicateLeak &d : r.duplicates) {
        if (++shown > 10)
            break;
        out += QStringLiteral("    %1 [%2]\n").arg(d.paths.join(QStringLiteral(" = ")), d.splits.join(QStringLiteral(", ")));
    }
    out += r.clean() ? DatasetCommandTr::tr("  result: clean\n") : DatasetCommandTr::tr("  result: LEAKAGE FOUND\n");
    return out;
}

} // namespace

void addDatasetCommand(CLI::App &app, int *exitCode)
{
    CLI::App *dataset = app.add_subcommand("dataset", "Inspect, split and audit datasets");
    dataset->require_subcommand(1);

    auto infoArgs = std::make_shared<SourceArgs>();
    CLI::App *info = dataset->add_subcommand("info", "Counts per class and split, image sizes, problems");
    addSourceOptions(info, *infoArgs);
    info->callback([infoArgs, exitCode] {
        const Dataset ds = loadDataset(qs(infoArgs->source), infoArgs->options(), terminalProgress());
        printDatasetReport(ds, *infoArgs);
        *exitCode = 0;
    });

    auto splitArgs = std::make_shared<SourceArgs>();
    auto out = std::make_shared<std::string>();
    auto ratios = std::make_shared<std::string>("0.8,0.1,0.1");
    auto seed = std::make_shared<quint64>(42);
    auto keepMissing = std::make_shared<bool>(false);
    auto noDedup = std::make_shared<bool>(false);
    auto limit = std::make_shared<qint64>(0);
    CLI::App *split = dataset->add_subcommand("split", "Stratified, group-disjoint train/val/test split saved as a CSV manifest");
    addSourceOptions(split, *splitArgs);
    split->add_option("--out", *out, "Manifest to write (CSV)")->required();
    split->add_option("--ratios", *ratios, "train,val,test shares")->capture_default_str();
    split->add_option("--seed", *seed, "Random seed; the same seed gives the same split")->capture_default_str();
    split->add_flag("--keep-missing", *keepMissing, "Keep items whose image is missing or unreadable (label-only planning)");
    split->add_flag("--no-dedup", *noDedup, "Do not group byte-identical files (skips hashing)");
    split->add_option("--limit", *limit, "Split a seeded random subset of N usable images, stratified by class "
                                         "(drawn with --seed; the same seed gives the same subset)")
        ->check(CLI::Range(qint64(1), std::numeric_limits<qint64>::max()));
    split->callback([=] {
        SplitOptions options = parseRatios(qs(*ratios));
        options.seed = *seed;
        options.keepMissing = *keepMissing;
        options.groupDuplicates = !*noDedup;
        options.limit = *limit;
        const ProgressCallback progress = terminalProgress();
        const Dataset ds = loadDataset(qs(splitArgs->source), splitArgs->options(), progress);
        SplitSummary summary;
        const Dataset result = splitDataset(ds, options, &summary, progress);
        writeManifest(result, qs(*out));
        writeSplitRecord(qs(*out), ds.source, options, summary, qint64(result.items.size()));
        const ClassSplitTable table = classSplitTable(result);
        QString text = DatasetCommandTr::tr("Split of %1 (seed %2, ratios %3/%4/%5)\n")
                           .arg(ds.source).arg(options.seed).arg(options.train).arg(options.val).arg(options.test);
        if (options.limit > 0)
            text += DatasetCommandTr::tr("A seeded subset of %1 of the %2 usable images, stratified by class\n")
                        .arg(formatCount(qint64(result.items.size())), formatCount(summary.usable));
        text += DatasetCommandTr::tr("Kept %1 of %2 items; excluded %3 missing and %4 unreadable images; %5 groups placed (%6 of identical files)\n\n")
                    .arg(formatCount(qint64(result.items.size())), formatCount(qint64(ds.items.size())),
                         formatCount(summary.excludedMissing), formatCount(summary.excludedUnreadable),
                         formatCount(summary.groups), formatCount(summary.duplicateGroups));
        text += renderClassSplitTable(table);
        text += DatasetCommandTr::tr("\nLargest difference of a class's share between splits: %1 percentage points\n")
                    .arg(table.maxClassShareSpread(), 0, 'f', 2);
        printOut(text);
        const LeakageReport report = auditLeakage(result, progress);
        printOut(describeAudit(report));
        printOut(DatasetCommandTr::tr("Manifest written to %1\n").arg(qs(*out)));
        printOut(DatasetCommandTr::tr("Its settings written to %1\n").arg(splitRecordPath(qs(*out))));
        *exitCode = report.clean() ? 0 : 3;
    });

    auto auditArgs = std::make_shared<SourceArgs>();
    CLI::App *audit = dataset->add_subcommand("audit", "Leakage audit of a split manifest (exit status 3 when leaks are found)");
    addSourceOptions(audit, *auditArgs);
    audit->callback([auditArgs, exitCode] {
        const Dataset ds = loadDataset(qs(auditArgs->source), auditArgs->options(), terminalProgress());
        if (!ds.hasSplits())
            throw Error(DatasetCommandTr::tr("%1: not every item has a split (train, val, test) in column '%2'")
                            .arg(ds.source, qs(auditArgs->splitColumn)));
        printOut(renderClassSplitTable(classSplitTable(ds)));
        const LeakageReport report = auditLeakage(ds, terminalProgress());
        printOut(describeAudit(report));
        *exitCode = report.clean() ? 0 : 3;
    });
}

} // namespace maskbench::cli
