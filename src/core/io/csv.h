#pragma once
// RFC 4180 CSV (and TSV) reading through libcsv, writing with minimal quoting. Reading keeps the
// record number of each row so every message can say "file:line". A row whose field count differs
// from the header's is kept with its line number in CsvTable::badRows, not silently dropped.

#include <QString>
#include <QStringList>
#include <vector>

namespace maskbench {

struct CsvRow
{
    int line = 0; // 1-based record number; equals the line number unless a field spans lines
    QStringList fields;
};

struct CsvTable
{
    QString path;
    QStringList header;
    std::vector<CsvRow> rows;    // rows whose field count matches the header
    std::vector<CsvRow> badRows; // rows with another field count

    int column(const QString &name) const { return header.indexOf(name); }
};

// Reads a whole CSV file. delimiter 0 = guess from the extension and the header line (tab for
// .tsv/.txt when the header has tabs). Throws Error naming the file when it cannot be opened, is
// not valid UTF-8 CSV (unbalanced quotes) or has no header.
CsvTable readCsv(const QString &path, char delimiter = 0);

// The header row alone (read until the first record ends), for choosers that offer its columns.
// Throws Error like readCsv.
QStringList readCsvHeader(const QString &path, char delimiter = 0);

// The records of complete CSV text (lines a follower read from a growing file); blank lines are
// skipped. Throws Error (without a file name: the caller has it) for unbalanced quotes.
std::vector<QStringList> parseCsvRecords(const QByteArray &bytes, char delimiter = ',');

QString csvField(const QString &value);           // quoted when it needs to be
QString csvLine(const QStringList &fields);       // joined, with "\n"

} // namespace maskbench
