#pragma once
// The checkpoint layout the trainer writes and inference reads (no torch here): a torch archive
// with "format" = kCheckpointFormat, "config", the optimizer, and the model tensors under "model",
// keyed by their dotted module names with each '.' written as "__" (flat keys let loading check
// every name and shape itself: torch's Module::load would silently adopt a tensor of another shape).
// Changing either breaks every saved run.

#include <string>

namespace maskbench::checkpoint {

inline constexpr const char *kFormat = "maskbench-checkpoint-1";

// The last checkpoint before last.pt, kept (checkpoints/) until a newer last.pt is in place.
inline constexpr const char *kPreviousLast = "last.previous.pt";

inline std::string archiveKey(const std::string &name)
{
    std::string k;
    for (char c : name) {
        if (c == '.')
            k += "__";
        else
            k += c;
    }
    return k;
}

} // namespace maskbench::checkpoint
