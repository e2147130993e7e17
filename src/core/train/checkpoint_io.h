#pragma once
// Checkpoint integrity (issue 15; torch: include only from .cpp files, STYLE rule 11).
//
// Every checkpoint carries "model_sha256", a SHA-256 over its model tensors (archive key, dtype,
// shape and bytes, in key order), and a sidecar NAME.pt.sha256 (sha256sum format) over the whole
// file, optimizer state included. Loading checks both where present (checkpoints from before
// this have neither and load as before); a mismatch throws Error naming the file and the sibling
// copies (best.pt, last.pt, last.previous.pt) that are intact.

#include <torch/torch.h>

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace maskbench::checkpoint {

// Key-ordered SHA-256 over (key, dtype, shape, bytes) of each tensor (CPU copies are taken).
QString tensorsSha256(std::vector<std::pair<std::string, torch::Tensor>> tensors);

// Opens a checkpoint after checking the file against its sidecar; Error naming the file when it
// is missing, damaged or not a torch archive.
void openArchive(torch::serialize::InputArchive &archive, const QString &path);

// Copies the archive's "model" tensors into net after checking every name, shape and the tensor
// checksum (nothing is copied when one fails). The one loader of trainer resume, test evaluation,
// evaluate and predict.
void loadModelTensors(torch::serialize::InputArchive &archive, torch::nn::Module &net, const QString &path);

// SHA-256 of bytes, lower-case hex.
QString bytesSha256(const std::string &bytes);

// Writes PATH.sha256 next to a checkpoint (atomically). Throws Error when it cannot.
void writeSidecar(const QString &path, const QString &sha256);

// Checks the file against its sidecar, when there is one. Throws Error (damaged) otherwise.
void verifyFile(const QString &path);

// Checks tensors read from the archive's "model" (archive key, tensor) against "model_sha256",
// when the archive has it. Throws Error (damaged) otherwise.
void verifyModel(torch::serialize::InputArchive &archive, const std::vector<std::pair<std::string, torch::Tensor>> &saved,
                 const QString &path);

// "Intact copies: best.pt (epoch 3), last.previous.pt (epoch 4)." or a sentence saying there
// are none; the siblings of `damaged` are checked in full (file and tensors).
QString intactCopiesText(const QString &damaged);

} // namespace maskbench::checkpoint
