#pragma once
// The predictions table: one row per evaluated image, written by evaluation and read by every
// metric, report and the `metrics` command. File layout (predictions.csv, UTF-8, RFC 4180):
//
//   path,label,predicted,prob_<class 0>,prob_<class 1>,...,<attribute>,<attribute>,...
//
// The prob_ columns name the classes and fix their index order (class 0 first; for the study's
// binary models negative = female = 0, positive = male = 1). label and predicted hold class names.
// Every other column is an attribute (mask type, template, yaw, age, race, ...), kept as text.
//
// Contract: readPredictions() throws maskbench::Error naming the file, the line and the column for
// any row it cannot use (unknown class, probability that is not a number in [0, 1], wrong field
// count) and for a file without rows; it never drops a row silently. writePredictions() writes
// atomically (QSaveFile) with probabilities in 17 significant digits, so a table read back is
// bit-identical.

#include <QString>
#include <QStringList>
#include <vector>

namespace maskbench {

struct Prediction
{
    QString path;
    int label = -1;            // index into PredictionTable::classes
    int predicted = -1;        // index into PredictionTable::classes
    std::vector<double> probs; // one per class, in class order
    QStringList attributes;    // aligned with PredictionTable::attributeNames
    int line = 0;              // source line, 0 when not read from a file; only for messages

    // Probability the model gave to its own prediction.
    double confidence() const { return predicted >= 0 && predicted < int(probs.size()) ? probs[size_t(predicted)] : 0.0; }
};

struct PredictionTable
{
    QString source;            // file it was read from, if any
    QStringList classes;       // index order
    QStringList attributeNames;
    std::vector<Prediction> rows;

    int classCount() const { return int(classes.size()); }
    int attributeIndex(const QString &name) const { return int(attributeNames.indexOf(name)); }
    // The attribute's value for a row, empty when the table has no such attribute.
    QString attribute(const Prediction &row, const QString &name) const;
    std::vector<int> labels() const;
    std::vector<int> predictedLabels() const;
};

QString probabilityColumn(const QString &className); // "prob_" + className

PredictionTable readPredictions(const QString &csvPath);
void writePredictions(const PredictionTable &table, const QString &csvPath);

} // namespace maskbench
