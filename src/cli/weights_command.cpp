#include "cli/weights_command.h"

#include "cli/cli_common.h"
#include "core/common/error.h"
#include "core/model/model_config.h"
#include "core/model/pretrained.h"
#include "core/net/keras_weights.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>

namespace maskbench::cli {
namespace {

// This file's messages: looked up under "WeightsCommand" and extracted there by lupdate.
struct WeightsCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(WeightsCommand)
};

struct WeightsArgs
{
    std::string file, model, head = "default";
    int classes = 2, inputSize = 0, hidden = 0;
    bool all = false;
};

struct FetchArgs
{
    std::string model, mirror, proxy, md5, sha256, out;
    bool top = false;
};

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / 1e6, 'f', 1); }

QString duration(double seconds)
{
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return WeightsCommandTr::tr("%1 s").arg(s);
    if (s < 3600)
        return WeightsCommandTr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return WeightsCommandTr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

// Lines for logs as much as for terminals: the first, then at most one a second and only at the
// next 5% (or after 10 s without a line, so a slow link still shows it is alive), and the last.
ProgressCallback downloadLines()
{
    struct State
    {
        QElapsedTimer sinceLine;
        int step = -1;
        qint64 done = -1;
    };
    auto st = std::make_shared<State>();
    return [st](const Progress &p) {
        const bool first = !st->sinceLine.isValid();
        const bool last = p.total > 0 && p.done >= p.total;
        const int step = p.total > 0 ? int(p.done * 20 / p.total) : -1;
        const qint64 ms = first ? 0 : st->sinceLine.elapsed();
        bool print = first || (last && p.done != st->done);
        if (!print && ms >= 1000)
            print = ms >= 10000 || (p.total > 0 && step > st->step);
        if (!print)
            return true;
        st->sinceLine.start();
        st->step = step;
        st->done = p.done;
        QString line;
        if (p.total > 0) {
            line = WeightsCommandTr::tr("%1: %2 / %3 MB (%4%)").arg(p.stage, megabytes(p.done), megabytes(p.total)).arg(p.done * 100 / p.total);
            if (p.etaSeconds >= 0 && !last)
                line += WeightsCommandTr::tr(", about %1 left").arg(duration(p.etaSeconds));
        } else if (p.done > 0) {
            line = WeightsCommandTr::tr("%1: %2 MB").arg(p.stage, megabytes(p.done));
        } else {
            line = WeightsCommandTr::tr("%1…").arg(p.stage);
        }
        printErr(line + QLatin1Char('\n'));
        return true;
    };
}

QString checkedHash(const std::string &hex, int digits, const char *option)
{
    const QString h = qs(hex).trimmed().toLower();
    if (h.size() != digits || h.contains(QRegularExpression(QStringLiteral("[^0-9a-f]"))))
        throw Error(WeightsCommandTr::tr("%1 takes %2 hex digits, not \"%3\"").arg(QLatin1String(option)).arg(digits).arg(qs(hex)));
    return h;
}

void runFetch(const FetchArgs &a)
{
    QString hash;
    if (!a.md5.empty())
        hash = checkedHash(a.md5, 32, "--expect-md5");
    else if (!a.sha256.empty())
        hash = checkedHash(a.sha256, 64, "--expect-sha256");
    const QString path = fetchKerasWeights(qs(a.model), a.top, downloadLines(), qs(a.mirror), qs(a.proxy), hash);
    if (!a.out.empty()) {
        const QString out = qs(a.out);
        if (QFileInfo::exists(out) && !QFile::remove(out))
            throw Error(WeightsCommandTr::tr("Cannot replace %1").arg(out));
        if (!QFile::copy(path, out))
            throw Error(WeightsCommandTr::tr("Cannot copy %1 to %2 (check the folder and the free space)").arg(path, out));
        printErr(WeightsCommandTr::tr("Copied to %1").arg(out) + QLatin1Char('\n'));
    }
    printOut(path + QLatin1Char('\n'));
}

} // namespace

void addWeightsCommand(CLI::App &app, int *exitCode)
{
    CLI::App *weights = app.add_subcommand("weights", "Pretrained weights: fetch Keras' ImageNet files, check a weights file");
    weights->require_subcommand(1);
    auto a = std::make_shared<WeightsArgs>();
    CLI::App *check = weights->add_subcommand("check", "Match a weights file against a model and print the report; "
                                                       "exit status 0 when it loads, 1 when it does not");
    check->add_option("file", a->file, "Weights file")->required();
    check->add_option("--model", a->model, "resnet50v2, inceptionv3 or levi-hassner")->required();
    check->add_option("--classes", a->classes, "Classes of the model to check against")->capture_default_str();
    check->add_option("--head", a->head, "flatten, gap, keras-top, levi or default")->capture_default_str();
    check->add_option("--hidden", a->hidden, "Units of the head's dense layer(s) (default 1024, Levi 512)");
    check->add_option("--input-size", a->inputSize, "Square input size (default by model)");
    check->add_flag("--all", a->all, "List every key, not the first 20 of each kind");
    check->callback([a, exitCode] {
        ModelConfig mc;
        mc.name = canonicalModelName(qs(a->model));
        mc.classes = a->classes;
        mc.head = qs(a->head);
        mc.hiddenUnits = a->hidden;
        mc.inputSize = a->inputSize;
        const WeightsReport r = checkPretrainedWeights(qs(a->file), mc);
        printOut(r.describe(a->all ? 1 << 30 : 20) + QLatin1Char('\n'));
        *exitCode = r.ok() ? 0 : 1;
    });

    auto f = std::make_shared<FetchArgs>();
    CLI::App *fetch = weights->add_subcommand(
        "fetch", "Download Keras Applications' ImageNet weights (.h5) for resnet50v2 or inceptionv3 into the cache, resuming a "
                 "partial download and checking the MD5 Keras publishes; prints the cached path. Once cached, no network is needed");
    fetch->add_option("model", f->model, "resnet50v2 or inceptionv3")->required();
    fetch->add_flag("--top", f->top, "The file with the 1000-class ImageNet classifier (default: without it, notop)");
    fetch->add_option("--mirror", f->mirror, "Base URL replacing https://storage.googleapis.com/tensorflow/keras-applications/ "
                                             "(same relative paths; default: the weightsMirror setting)");
    fetch->add_option("--proxy", f->proxy, "none, http://host:port or socks5://host:port (default: the networkProxy setting, "
                                           "else the system's proxy)");
    CLI::Option *md5 = fetch->add_option("--expect-md5", f->md5, "Expected MD5 instead of Keras' (for a private mirror carrying "
                                                                 "another build of the file)");
    CLI::Option *sha = fetch->add_option("--expect-sha256", f->sha256, "Expected SHA-256 instead of Keras' MD5 (for a private "
                                                                       "mirror carrying another build of the file)");
    md5->excludes(sha);
    sha->excludes(md5);
    fetch->add_option("--out", f->out, "Also copy the verified file here");
    fetch->callback([f] { runFetch(*f); });

    struct ConvertArgs
    {
        std::string h5, model, out, input = "unit";
    };
    auto c = std::make_shared<ConvertArgs>();
    CLI::App *convert = weights->add_subcommand(
        "convert", "Write a Keras .h5 weights file as a MaskBench weights file (.pt), the same tensors as "
                   "tools/export_weights.py --source keras-h5; training and checking read .h5 directly, this pins a conversion");
    convert->add_option("h5", c->h5, "Keras weights file (.h5)")->required();
    convert->add_option("--model", c->model, "resnet50v2 or inceptionv3")->required();
    convert->add_option("--out", c->out, "The .pt file to write")->required();
    convert->add_option("--input", c->input, "unit: fold Keras' x/127.5 - 1 into the first convolution (MaskBench feeds x/255); "
                                             "source: keep Keras' input range")
        ->check(CLI::IsMember({"unit", "source"}))
        ->capture_default_str();
    convert->callback([c] {
        const QString out = qs(c->out), h5 = qs(c->h5);
        if (QFileInfo(out).absoluteFilePath() == QFileInfo(h5).absoluteFilePath())
            throw Error(QCoreApplication::translate("WeightsCommand", "--out %1 is the .h5 file itself; choose another name").arg(out));
        const int n = convertKerasWeightsFile(h5, qs(c->model), out, c->input == "unit");
        printOut(QCoreApplication::translate("WeightsCommand", "%1: %2 tensors for %3 from %4 (input %5)\n")
                     .arg(out).arg(n).arg(canonicalModelName(qs(c->model)), h5, qs(c->input)));
    });
}

} // namespace maskbench::cli
