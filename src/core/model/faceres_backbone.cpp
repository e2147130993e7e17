#include "core/model/backbones.h"
#include "core/model/model_config.h"
#include "core/model/tfjs_graph_p.h"

#include "core/common/error.h"

#include <QCoreApplication>

namespace maskbench::model {
namespace {
// This file's messages: looked up under "Model" and extracted there by lupdate.
struct ModelTr
{
    Q_DECLARE_TR_FUNCTIONS(Model)
};
}

FaceResBackboneImpl::FaceResBackboneImpl()
    : m_faceRes(std::make_shared<const FaceRes>(FaceRes::open(faceResModelFile())))
{
    m_stages.push_back({"graph", {}});
    m_fineTuneStage = "graph";
    // Which output is the descriptor: the one 1024 wide (as human tells them apart), found once on
    // a zero image so forward() asks the graph for that output alone.
    torch::NoGradGuard noGrad;
    const TfjsGraphModel &g = m_faceRes->graph();
    const int64_t size = m_faceRes->inputSize();
    const std::vector<std::string> names = g.outputs();
    const std::vector<torch::Tensor> out = tfjs::runGraph(g, {{g.inputs()[0], torch::zeros({1, size, size, 3})}}, names);
    for (size_t i = 0; i < out.size(); ++i)
        if (out[i].dim() == 2 && out[i].size(1) == 1024)
            m_descriptorOutput = names[i];
    if (m_descriptorOutput.empty())
        throw Error(ModelTr::tr("%1 is not a FaceRes model: no output is a 1024-D descriptor").arg(g.path()));
}

torch::Tensor FaceResBackboneImpl::forward(torch::Tensor x)
{
    TORCH_CHECK(x.dim() == 4 && x.size(1) == 3, "faceres: expected N x 3 x H x W, got ", x.sizes());
    torch::NoGradGuard noGrad; // a constant feature: the graph's weights are not parameters
    const int64_t size = m_faceRes->inputSize();
    torch::Tensor nhwc = x.detach().to(torch::kFloat).permute({0, 2, 3, 1}).contiguous();
    if (nhwc.size(1) != size || nhwc.size(2) != size)
        nhwc = tfjs::resizeBilinear(nhwc, size, size, false, false);
    const TfjsGraphModel &g = m_faceRes->graph();
    const torch::Tensor d = tfjs::runGraph(g, {{g.inputs()[0], nhwc * 255.0f}}, {m_descriptorOutput}).front();
    return d.to(torch::kFloat).reshape({d.size(0), 1024, 1, 1});
}

} // namespace maskbench::model
