#include "weights_command.h"

#include "cli_common.h"
#include "model/model_config.h"
#include "model/pretrained.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace maskbench::cli {
namespace {

struct WeightsArgs
{
    std::string file, model, head = "default";
    int classes = 2, inputSize = 0, hidden = 0;
    bool all = false;
};

} // namespace

void addWeightsCommand(CLI::App &app, int *exitCode)
{
    CLI::App *weights = app.add_subcommand("weights", "Pretrained weights (files from tools/export_weights.py)");
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
}

} // namespace maskbench::cli
