#pragma once
// Tensor-level entry points of the tfjs graph runner, for model code (torch; include only from
// model/ and train/ sources and tests that link torch, STYLE rule 11).

#include "core/model/tfjs_graph.h"

#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace maskbench::tfjs {

// Runs the graph on float tensors in TensorFlow's layout (images N x H x W x C, any memory
// layout) and returns the chosen outputs, in that order, in TensorFlow's layout. Throws
// maskbench::Error naming the file, node and op when an op fails.
std::vector<torch::Tensor> runGraph(const TfjsGraphModel &model,
                                    const std::vector<std::pair<std::string, torch::Tensor>> &inputs,
                                    const std::vector<std::string> &outputs);

// tf.image.resize_bilinear / tfjs resizeBilinear on N x H x W x C floats: the source coordinate
// of output pixel i is i * in/out (legacy), (i + 0.5) * in/out - 0.5 (halfPixelCenters), or
// i * (in-1)/(out-1) (alignCorners); neighbours clamped to the image; interpolation in double, as
// tfjs' CPU kernel computes it in JavaScript numbers.
torch::Tensor resizeBilinear(const torch::Tensor &nhwc, int64_t height, int64_t width, bool alignCorners,
                             bool halfPixelCenters);

} // namespace maskbench::tfjs
