#include "cli/augment_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/dataset/statistics.h"
#include "core/mask/augment.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <limits>
#include <memory>
#include <unistd.h>

namespace maskbench::cli {
namespace {

// This file's messages: looked up under "AugmentCommand" and extracted there by lupdate.
struct AugmentCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(AugmentCommand)
};

struct AugmentArgs
{
    std::string source;
    std::string out;
    std::string masks;
    std::string format = "auto";
    std::string labelColumn;
    std::string cache;
    double keepOriginalRatio = 0.0;
    quint64 seed = 1;
    qint64 limit = 0;
    int threads = 0;
    qint64 maxPixels = kDefaultMaxPixels;
    double padding = 0.25;
    int upsample = 0;
    bool noCache = false;
    bool noBrightness = false;
    bool fixedColours = false;
    int quality = 95;
    int show = 10;
    std::string placements;
    bool noPlacements = false;
};

// Progress with the rate, as one updating line on a terminal.
ProgressCallback rateProgress()
{
    if (!isatty(fileno(stderr)))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    auto last = std::make_shared<qint64>(-1000);
    timer->start();
    return [timer, last](const Progress &p) {
        const bool finished = p.total > 0 && p.done == p.total;
        if (timer->elapsed() - *last < 250 && !finished)
            return true;
        *last = timer->elapsed();
        QString line = QStringLiteral("\r%1: %2").arg(p.stage).arg(p.done);
        if (p.total > 0)
            line += QStringLiteral("/%1").arg(p.total);
        const double secs = timer->elapsed() / 1000.0;
        if (secs > 0.5 && p.done > 0)
            line += AugmentCommandTr::tr(", %1 images/s").arg(p.done / secs, 0, 'f', 1);
        if (p.etaSeconds >= 0)
            line += AugmentCommandTr::tr(", about %1 s left").arg(qRound(p.etaSeconds));
        printErr(line.leftJustified(78) + (finished ? QStringLiteral("\n") : QString()));
        return true;
    };
}

} // namespace

void addAugmentCommand(CLI::App &app, int *exitCode)
{
    auto a = std::make_shared<AugmentArgs>();
    CLI::App *cmd = app.add_subcommand("augment", "Put masks on every face of a dataset; resumable; writes images and a manifest");
    cmd->add_option("source", a->source, "Dataset: a folder (per class, UTKFace, Adience) or a CSV manifest / split")->required();
    cmd->add_option("--out", a->out, "Output folder (mirrors the dataset's layout; manifest.csv and skipped.csv go here)")->required();
    cmd->add_option("--masks", a->masks, "Comma-separated mask types: surgical,cloth,n95,kn95,patterned (default: all)");
    cmd->add_option("--keep-original-ratio", a->keepOriginalRatio, "Share of images copied without a mask (0..1)")->capture_default_str();
    cmd->add_option("--seed", a->seed, "Random seed; the same seed gives byte-identical outputs")->capture_default_str();
    cmd->add_option("--limit", a->limit, "Augment a seeded random subset of N images, stratified by class (drawn with --seed; "
                                         "the same seed gives the same subset, each image with the mask a whole run gives it)")
        ->check(CLI::Range(qint64(1), std::numeric_limits<qint64>::max()));
    cmd->add_option("--threads", a->threads, "Worker threads (0: the setting, or one per core)")->capture_default_str();
    cmd->add_option("--max-pixels", a->maxPixels, "Images with more pixels are refused before decoding")->capture_default_str();
    cmd->add_option("--format", a->format, "auto, folder, csv, adience or utkface")->capture_default_str();
    cmd->add_option("--label-column", a->labelColumn, "Column or field that holds the label");
    cmd->add_option("--cache", a->cache, "Landmark cache file (default: the cache folder's landmarks.sqlite)");
    cmd->add_flag("--no-cache", a->noCache, "Do not read or write the landmark cache");
    cmd->add_option("--padding", a->padding, "Padding added around each image before face detection (share of its size)")->capture_default_str();
    cmd->add_option("--upsample", a->upsample, "Upsample images this many times before detection (small faces)")->capture_default_str();
    cmd->add_flag("--no-brightness-match", a->noBrightness, "Do not adapt the mask's brightness to the face");
    cmd->add_flag("--default-colours", a->fixedColours, "Each mask type in its default colour (no random palette colour)");
    cmd->add_option("--jpeg-quality", a->quality, "JPEG quality of written images")->capture_default_str();
    cmd->add_option("--show", a->show, "Skipped images listed on stdout")->capture_default_str();
    cmd->add_option("--placements", a->placements,
                    "Per-image mask placements saved in the Masks panel (default: mask-placements.json next to the landmark cache)");
    cmd->add_flag("--no-placements", a->noPlacements, "Ignore saved per-image mask placements");
    cmd->callback([a, exitCode] {
        AugmentOptions o;
        o.source = qs(a->source);
        o.outDir = qs(a->out);
        o.types = parseMaskTypes(qs(a->masks));
        if (a->keepOriginalRatio < 0 || a->keepOriginalRatio > 1)
            throw Error(AugmentCommandTr::tr("--keep-original-ratio must be between 0 and 1"));
        o.keepOriginalRatio = a->keepOriginalRatio;
        o.seed = a->seed;
        o.limit = a->limit;
        o.threads = a->threads;
        o.maxPixels = a->maxPixels;
        o.load.format = parseFormat(qs(a->format));
        o.load.labelColumn = qs(a->labelColumn);
        o.cachePath = qs(a->cache);
        o.useCache = !a->noCache;
        o.detector.padding = a->padding;
        o.detector.upsample = a->upsample;
        o.overlay.matchBrightness = !a->noBrightness;
        o.randomColour = !a->fixedColours;
        o.jpegQuality = std::clamp(a->quality, 1, 100);
        o.placementsPath = qs(a->placements);
        o.usePlacements = !a->noPlacements;

        const AugmentSummary s = runAugment(o, rateProgress());
        QString text = AugmentCommandTr::tr("Augmented %1 images in %2 s (%3 images/s)\n")
                           .arg(formatCount(s.items)).arg(s.seconds, 0, 'f', 1).arg(s.items / std::max(0.001, s.seconds), 0, 'f', 1);
        text += AugmentCommandTr::tr("  masked:   %1").arg(formatCount(s.masked));
        QStringList perType;
        for (auto it = s.perType.constBegin(); it != s.perType.constEnd(); ++it)
            perType.append(QStringLiteral("%1 %2").arg(it.key(), formatCount(it.value())));
        text += perType.isEmpty() ? QStringLiteral("\n") : QStringLiteral(" (%1)\n").arg(perType.join(QStringLiteral(", ")));
        text += AugmentCommandTr::tr("  original: %1\n").arg(formatCount(s.original));
        text += AugmentCommandTr::tr("  already done by an earlier run: %1\n").arg(formatCount(s.resumed));
        text += AugmentCommandTr::tr("  skipped:  %1").arg(formatCount(s.skippedTotal()));
        QStringList reasons;
        for (auto it = s.skipped.constBegin(); it != s.skipped.constEnd(); ++it)
            reasons.append(QStringLiteral("%1 %2").arg(it.key(), formatCount(it.value())));
        text += reasons.isEmpty() ? QStringLiteral("\n") : QStringLiteral(" (%1)\n").arg(reasons.join(QStringLiteral(", ")));
        int shown = 0;
        for (const AugmentSkip &k : s.skips) {
            if (shown++ >= a->show) {
                text += AugmentCommandTr::tr("    ... %1 more in %2\n").arg(formatCount(qint64(s.skips.size()) - a->show), s.skippedPath);
                break;
            }
            text += QStringLiteral("    %1: %2 (%3)\n").arg(k.source, k.reason, k.message);
        }
        if (s.placed > 0)
            text += AugmentCommandTr::tr("  with a saved placement: %1\n").arg(formatCount(s.placed));
        text += AugmentCommandTr::tr("  landmark cache: %1 hits, %2 detections\n").arg(formatCount(s.cacheHits), formatCount(s.cacheMisses));
        text += AugmentCommandTr::tr("Manifest: %1\nSkipped:  %2\n").arg(s.manifestPath, s.skippedPath);
        printOut(text);
        *exitCode = 0;
    });
}

} // namespace maskbench::cli
