// train/checkpoint_io: a checkpoint (.pt, a torch archive) checked against its sidecar and loaded
// into a small model, as resume, evaluate and predict do. The first input byte chooses the sidecar:
// none (checkpoints from before sidecars), the right SHA-256 (so the archive parser itself is
// reached) or a wrong one. MASKBENCH_FUZZ_WRITE_SEED=FILE writes a valid checkpoint of the model
// in the trainer's layout (the seed corpus) and exits.
#include "fuzz_common.h"
#include "core/model/pretrained_load.h"
#include "core/train/checkpoint_format.h"
#include "core/train/checkpoint_io.h"

#include <torch/torch.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace maskbench;

namespace {

struct TinyImpl : torch::nn::Module
{
    TinyImpl()
    {
        conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 4, 3)));
        bn = register_module("bn", torch::nn::BatchNorm2d(4));
        fc = register_module("fc", torch::nn::Linear(4, 2));
    }
    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
    torch::nn::Linear fc{nullptr};
};
TORCH_MODULE(Tiny);

void writeSeed(const char *path)
{
    Tiny net;
    torch::serialize::OutputArchive archive, modelArchive;
    std::vector<std::pair<std::string, torch::Tensor>> saved;
    for (const auto &[name, t] : model::namedTensors(*net)) {
        modelArchive.write(checkpoint::archiveKey(name), t.detach());
        saved.emplace_back(checkpoint::archiveKey(name), t.detach());
    }
    archive.write("model", modelArchive);
    archive.write("model_sha256", c10::IValue(checkpoint::tensorsSha256(saved).toStdString()));
    archive.write("format", c10::IValue(std::string(checkpoint::kFormat)));
    archive.write("epoch", c10::IValue(int64_t(1)));
    archive.write("config", c10::IValue(std::string("{\"model\":{\"name\":\"levi-hassner\"}}")));
    std::ostringstream os;
    archive.save_to(os);
    std::ofstream(path, std::ios::binary) << os.str();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const char *seed = std::getenv("MASKBENCH_FUZZ_WRITE_SEED")) {
        writeSeed(seed);
        std::exit(0);
    }
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    fuzz::initQt();
    static Tiny net;
    const QByteArray bytes = fuzz::bytes(data + 1, size - 1);
    const QString path = fuzz::writeFile(QStringLiteral("run/checkpoints/last.pt"), bytes);
    QFile::remove(path + QStringLiteral(".sha256"));
    if (data[0] % 3 == 1)
        checkpoint::writeSidecar(path, checkpoint::bytesSha256(bytes.toStdString()));
    else if (data[0] % 3 == 2)
        checkpoint::writeSidecar(path, QString(64, QLatin1Char('0')));
    try {
        torch::serialize::InputArchive archive;
        checkpoint::openArchive(archive, path);
        checkpoint::loadModelTensors(archive, *net, path);
    } catch (const Error &) {
    }
    return 0;
}
