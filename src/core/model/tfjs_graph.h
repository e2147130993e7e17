#pragma once
// Reads a TensorFlow.js graph model (the tfjs converter's "graph-model" format: model.json with
// "modelTopology" {"node": [{name, op, input, attr}]} and "weightsManifest", plus its .bin shards,
// read through readTfjsWeights) and executes it with LibTorch, with TensorFlow's semantics: NHWC
// tensors in and out, 'SAME' padding that pads more at the bottom/right, explicit paddings,
// dilations, numpy broadcasting. supportedOps() lists the ops it runs.
//
// Inputs are the Placeholder nodes, in file order. Outputs are the signature's ("signature" or
// "userDefinedMetadata.signature"; ":0" dropped; ordered by signature key, since Qt's JSON object
// does not keep the file's order) or, without one, the nodes nothing consumes, in file order:
// the same set tfjs' GraphModel chooses.
//
// open() checks the whole graph (every op supported, every input and weight present, no cycle)
// and throws maskbench::Error naming the file, the node and its op. run() throws the same way
// when an input is missing or mis-shaped, or an op fails on the shapes it gets. The model is
// immutable after open(): run() may be called from several threads at once.
//
// No torch here (STYLE rule 11); model code uses model/tfjs_graph_p.h for tensors.

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace maskbench {

// A dense float tensor, row-major over shape (for images: N x H x W x C).
struct TensorF
{
    std::vector<int64_t> shape;
    std::vector<float> values;

    int64_t numel() const;
};

class TfjsGraphModel
{
public:
    static TfjsGraphModel open(const QString &modelJsonPath);

    TfjsGraphModel(TfjsGraphModel &&) noexcept;
    TfjsGraphModel &operator=(TfjsGraphModel &&) noexcept;
    ~TfjsGraphModel();

    const QString &path() const;
    std::vector<std::string> inputs() const;
    std::vector<std::string> outputs() const;
    // The Placeholder's declared shape; -1 where any size goes (usually the batch).
    std::vector<int64_t> inputShape(const std::string &input) const;
    // The distinct ops the graph uses, sorted.
    std::vector<std::string> ops() const;

    // Every output of outputs().
    std::map<std::string, TensorF> run(const std::map<std::string, TensorF> &inputs) const;
    // Chosen nodes ("name" or "name:0"); only what they need is computed.
    std::map<std::string, TensorF> run(const std::map<std::string, TensorF> &inputs,
                                       const std::vector<std::string> &outputs) const;

    static std::vector<std::string> supportedOps();

    class Impl;
    const Impl &impl() const { return *d; }

private:
    explicit TfjsGraphModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace maskbench
