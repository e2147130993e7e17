#include "core/io/csv.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <csv.h>

namespace maskbench {
namespace {

// This file's messages: looked up under "Csv" and extracted there by lupdate.
struct CsvTr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

struct ParseState
{
    QStringList current;
    std::vector<CsvRow> records;
    int record = 0;
};

void onField(void *data, size_t len, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    s->current.append(QString::fromUtf8(static_cast<const char *>(data), qsizetype(len)));
}

void onRow(int, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    ++s->record;
    // libcsv reports a blank line as a row with no fields: skip it, as spreadsheets do.
    if (!s->current.isEmpty())
        s->records.push_back(CsvRow{s->record, s->current});
    s->current.clear();
}

// libcsv over the whole text into state. False with *why empty when the parser cannot start,
// with libcsv's reason when the text is malformed.
bool parse(const QByteArray &bytes, char delimiter, ParseState &state, QString *why)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return false;
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    const size_t parsed = csv_parse(&parser, bytes.constData(), size_t(bytes.size()), onField, onRow, &state);
    const bool ok = parsed == size_t(bytes.size()) && csv_fini(&parser, onField, onRow, &state) == 0;
    if (!ok)
        *why = QString::fromUtf8(csv_strerror(csv_error(&parser)));
    csv_free(&parser);
    return ok;
}

} // namespace

CsvTable readCsv(const QString &path, char delimiter)
{
    QFile f(path);
    if (!f.exists())
        throw Error(CsvTr::tr("%1: file does not exist").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(CsvTr::tr("%1: cannot open: %2").arg(path, f.errorString()));
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // UTF-8 byte order mark from spreadsheet exports

    if (delimiter == 0) {
        const QByteArray firstLine = bytes.left(bytes.indexOf('\n'));
        const QString suffix = QFileInfo(path).suffix().toLower();
        const bool tabs = firstLine.count('\t') > 0 && (suffix != QLatin1String("csv") || firstLine.count(',') == 0);
        delimiter = tabs ? '\t' : ',';
    }

    ParseState state;
    QString why;
    if (!parse(bytes, delimiter, state, &why))
        throw Error(why.isEmpty() ? CsvTr::tr("%1: cannot initialise the CSV parser").arg(path)
                                  : CsvTr::tr("%1: malformed CSV near record %2: %3").arg(path).arg(state.record + 1).arg(why));
    if (state.records.empty())
        throw Error(CsvTr::tr("%1: the file is empty (no header row)").arg(path));

    CsvTable table;
    table.path = path;
    table.header = state.records.front().fields;
    for (QString &h : table.header)
        h = h.trimmed();
    for (size_t i = 1; i < state.records.size(); ++i) {
        CsvRow &row = state.records[i];
        if (row.fields.size() == table.header.size())
            table.rows.push_back(std::move(row));
        else
            table.badRows.push_back(std::move(row));
    }
    return table;
}

QStringList readCsvHeader(const QString &path, char delimiter)
{
    QFile f(path);
    if (!f.exists())
        throw Error(CsvTr::tr("%1: file does not exist").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(CsvTr::tr("%1: cannot open: %2").arg(path, f.errorString()));
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT) != 0)
        throw Error(CsvTr::tr("%1: cannot initialise the CSV parser").arg(path));
    ParseState state;
    bool first = true;
    QString why;
    // Chunk by chunk until the first record ends: a chooser must not read a million-row manifest.
    while (state.records.empty() && !f.atEnd()) {
        QByteArray chunk = f.read(64 * 1024);
        if (first) {
            if (chunk.startsWith("\xEF\xBB\xBF"))
                chunk.remove(0, 3);
            if (delimiter == 0) {
                const QByteArray firstLine = chunk.left(chunk.indexOf('\n'));
                const QString suffix = QFileInfo(path).suffix().toLower();
                const bool tabs = firstLine.count('\t') > 0 && (suffix != QLatin1String("csv") || firstLine.count(',') == 0);
                delimiter = tabs ? '\t' : ',';
            }
            csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
            first = false;
        }
        if (csv_parse(&parser, chunk.constData(), size_t(chunk.size()), onField, onRow, &state) != size_t(chunk.size())) {
            why = QString::fromUtf8(csv_strerror(csv_error(&parser)));
            break;
        }
    }
    if (why.isEmpty() && state.records.empty())
        csv_fini(&parser, onField, onRow, &state); // a header without a final newline
    csv_free(&parser);
    if (state.records.empty()) {
        if (!why.isEmpty())
            throw Error(CsvTr::tr("%1: malformed CSV near record %2: %3").arg(path).arg(state.record + 1).arg(why));
        throw Error(CsvTr::tr("%1: the file is empty (no header row)").arg(path));
    }
    QStringList header = state.records.front().fields;
    for (QString &h : header)
        h = h.trimmed();
    return header;
}

std::vector<QStringList> parseCsvRecords(const QByteArray &bytes, char delimiter)
{
    ParseState state;
    QString why;
    if (!parse(bytes, delimiter, state, &why))
        throw Error(why.isEmpty() ? CsvTr::tr("cannot initialise the CSV parser")
                                  : CsvTr::tr("malformed CSV near record %1: %2").arg(state.record + 1).arg(why));
    std::vector<QStringList> out;
    out.reserve(state.records.size());
    for (CsvRow &r : state.records)
        out.push_back(std::move(r.fields));
    return out;
}

QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
                       || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString v = value;
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(csvField(f));
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace maskbench
