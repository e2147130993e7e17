// Levi & Hassner (2015), CVPR workshops, Fig. 2 / Sec. 3.1 (the Caffe deploy.prototxt shapes).

#include "core/model/backbones.h"

namespace maskbench::model {

LeviHassnerImpl::LeviHassnerImpl()
{
    m_conv1 = add("conv1", "conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 96, 7).stride(4)));
    m_conv2 = add("conv2", "conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(96, 256, 5).padding(2)));
    m_conv3 = add("conv3", "conv3", torch::nn::Conv2d(torch::nn::Conv2dOptions(256, 384, 3).padding(1)));
    m_fineTuneStage = "conv1";
}

torch::Tensor LeviHassnerImpl::forward(torch::Tensor x)
{
    namespace F = torch::nn::functional;
    // Caffe pools with ceil rounding: 56 -> 28 -> 14 -> 7 at 227 (floor would give 27, 13, 6).
    auto pool = [](const torch::Tensor &t) { return torch::max_pool2d(t, {3, 3}, {2, 2}, {0, 0}, {1, 1}, /*ceil_mode=*/true); };
    auto lrn = [](const torch::Tensor &t) {
        return F::local_response_norm(t, F::LocalResponseNormFuncOptions(5).alpha(1e-4).beta(0.75).k(1.0));
    };
    x = lrn(pool(torch::relu(m_conv1->forward(x))));
    x = lrn(pool(torch::relu(m_conv2->forward(x))));
    return pool(torch::relu(m_conv3->forward(x)));
}

} // namespace maskbench::model
