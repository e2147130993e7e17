#pragma once
// Metrics by slice and the list of errors, both on a predictions table.
//
// A slice table groups the rows by the value of one attribute (mask type, template, race, or a
// numeric attribute put into bins: age bands, yaw bins) and computes the same classification
// report for each group, with its count, so a user sees where a model fails and whether it is
// fair across groups. Rows whose value is empty fall into the group "(missing)". Groups are
// ordered by their bin order for numeric helpers, otherwise by value (natural order: "2" < "10").
//
// Misclassified items are sorted by the probability the model gave to its wrong answer, most
// confident first (ties by path), each with its confusion matrix cell (actual, predicted).

#include "core/eval/metrics.h"

#include <functional>
#include <optional>

namespace maskbench {

struct SliceRow
{
    QString value;               // group name
    qint64 count = 0;
    ClassificationReport report; // over the group's rows only, all classes of the table
    std::vector<int> rows;       // the group's rows: indices into the table, ascending
};

struct SliceTable
{
    QString attribute;
    QString binning;             // "", "age bands, years", "|yaw| bins, degrees"
    QStringList classes;
    std::vector<SliceRow> rows;
    // Largest gap in accuracy between two groups with at least minCount items; 0 if fewer than two.
    double accuracyGap(qint64 minCount = 1) const;
};

// Age bands for an age in years: "0-12", "13-19", "20-29", ..., "60-69", "70+". Empty for a
// negative or non-finite age.
QString ageBand(double years);
// Yaw bins by absolute angle in degrees, `width` wide up to `limit`: "0-15", "15-30", "30-45",
// "45-60", "60+" for the defaults. A value on an edge goes to the upper bin.
QString yawBin(double degrees, double width = 15.0, double limit = 60.0);
// The helper a named attribute gets: age bands for "age", yaw bins for "yaw" (case-insensitive),
// when every non-empty value is a number; nothing (raw values) otherwise.
std::function<QString(double)> numericBinning(const PredictionTable &table, const QString &attribute, QString *description = nullptr);

// Throws Error naming the attribute and the ones there are when the table lacks it.
// `binning` overrides the automatic choice; pass {} and rawValues = true for raw values.
SliceTable sliceBy(const PredictionTable &table, const QString &attribute, bool rawValues = false);
SliceTable sliceBy(const PredictionTable &table, const QString &attribute, const std::function<QString(double)> &binning,
                   const QString &binningDescription);

// The attributes an evaluation groups by when the user names none, in this order: mask_type,
// age (bands), race, gender, yaw (bins), then the table's other attributes in their own order.
// Left out: attributes that describe one image rather than a group of people or masks (more than
// maxGroups distinct values after binning, e.g. source, timestamp, pitch), colour codes
// ("#a0b1c2"), attributes with a single value, and an attribute that only renames the groups of
// one already chosen (template when each template belongs to one mask type and back).
QStringList defaultSliceAttributes(const PredictionTable &table, int maxGroups = 16);

struct Misclassified
{
    int row = 0;                 // index into the table
    QString path;
    int actual = 0;              // matrix row
    int predicted = 0;           // matrix column
    double confidence = 0;       // probability of the (wrong) predicted class
    double actualProbability = 0;// probability the model gave to the true class
};

std::vector<Misclassified> misclassified(const PredictionTable &table);

} // namespace maskbench
