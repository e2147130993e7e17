#pragma once
// Device names -> torch::Device (torch; include only from .cpp files, STYLE rule 11).

#include <torch/torch.h>

#include <QString>

namespace maskbench {

// "auto" (the first CUDA device when there is one, else the CPU), "cpu", "cuda", "cuda:N".
// Throws Error saying why CUDA is unavailable (a CPU-only LibTorch, no visible GPU) or which
// devices exist; `origin` (describeDeviceChoice) names where the name came from.
torch::Device resolveDevice(const QString &name, const QString &origin = {});

} // namespace maskbench
