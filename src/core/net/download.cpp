// Resumable downloads with Qt Network, blocking in the calling thread (see download.h).

#include "core/net/download.h"

#include "core/common/error.h"
#include "core/common/file_hash.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <exception>
#include <filesystem>
#include <memory>
#include <system_error>

namespace maskbench {
namespace {

// This file's messages: looked up under "Download" and extracted there by lupdate.
struct DownloadTr
{
    Q_DECLARE_TR_FUNCTIONS(Download)
};

// "Empty = the system's proxy" for this download only: QNetworkProxyFactory::
// setUseSystemConfiguration() would switch it for the whole program.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override { return systemProxyForQuery(query); }
};

void applyProxy(QNetworkAccessManager &nam, const QString &setting)
{
    const QString p = setting.trimmed();
    if (p.isEmpty()) {
        nam.setProxyFactory(new SystemProxyFactory); // the manager owns it
        return;
    }
    if (p.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    }
    const QUrl u(p.contains(QLatin1String("://")) ? p : QStringLiteral("http://") + p);
    const QString scheme = u.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    if (type == QNetworkProxy::DefaultProxy || !u.isValid() || u.host().isEmpty())
        throw Error(DownloadTr::tr("The proxy \"%1\" is not understood: give none, http://host:port or socks5://host:port").arg(setting));
    const int port = u.port(type == QNetworkProxy::HttpProxy ? 8080 : 1080);
    nam.setProxy(QNetworkProxy(type, u.host(), quint16(port), u.userName(), u.password()));
}

bool isHexHash(const QString &h)
{
    static const QRegularExpression re(QStringLiteral("^([0-9a-f]{32}|[0-9a-f]{64})$"));
    return re.match(h).hasMatch();
}

QString hashName(int hashLength) { return hashLength == 32 ? QStringLiteral("MD5") : QStringLiteral("SHA-256"); }

// POSIX rename() replaces the target atomically; std::filesystem does the same on Windows.
bool replaceFile(const QString &from, const QString &to, QString *why)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), ec);
    if (ec && why)
        *why = QString::fromLocal8Bit(ec.message().c_str());
    return !ec;
}

// The proxy a request goes through, for messages; empty when direct.
QString proxyInUse(const DownloadRequest &rq)
{
    const QString p = rq.proxy.trimmed();
    if (p.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QString();
    if (!p.isEmpty())
        return p;
    const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(rq.url));
    if (system.isEmpty() || system.first().type() == QNetworkProxy::NoProxy || system.first().type() == QNetworkProxy::DefaultProxy)
        return QString();
    return QStringLiteral("%1:%2").arg(system.first().hostName()).arg(system.first().port());
}

// Where a failed attempt leaves the user: what is kept for the next one.
QString keptNote(const QString &part)
{
    const qint64 kept = QFileInfo(part).size();
    if (kept <= 0)
        return DownloadTr::tr("Nothing was downloaded yet.");
    return DownloadTr::tr("The partial file %1 (%2 bytes) is kept: run the download again to resume it.").arg(part).arg(kept);
}

// "bytes START-END/TOTAL" or "bytes */TOTAL"; -1 for a part not given.
void parseContentRange(const QByteArray &header, qint64 *start, qint64 *total)
{
    *start = -1;
    *total = -1;
    static const QRegularExpression re(QStringLiteral("^\\s*bytes\\s+(?:(\\d+)-\\d+|\\*)/(\\d+|\\*)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return;
    if (m.capturedLength(1) > 0)
        *start = m.captured(1).toLongLong();
    if (m.captured(2) != QLatin1String("*"))
        *total = m.captured(2).toLongLong();
}

enum class AttemptEnd { Complete, RangeNotSatisfiable, StartOver };

struct Attempt
{
    const DownloadRequest &request;
    QString part;
    QString stage;
    const ProgressCallback &progress;
    qint64 resumedFrom = 0;
    qint64 rangeTotal = -1; // total size a 416 answer gave
};

AttemptEnd runAttempt(Attempt &a)
{
    const DownloadRequest &rq = a.request;
    const QString host = rq.url.host().isEmpty() ? rq.url.toString() : rq.url.host();
    QFile file(a.part);
    // Unbuffered: a full disk shows up at the write that hits it, not at close.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        throw Error(DownloadTr::tr("Cannot write %1 in the folder %2 (%3): check that the folder is writable")
                        .arg(QFileInfo(a.part).fileName(), QFileInfo(a.part).absolutePath(), file.errorString()));
    const qint64 offset = file.size();

    QNetworkAccessManager nam;
    applyProxy(nam, rq.proxy);
    QNetworkRequest req(rq.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // Byte offsets must be the file's: no transparent gzip between us and the range.
    req.setRawHeader("Accept-Encoding", "identity");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("MaskBench"));
    if (offset > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');

    std::unique_ptr<QNetworkReply> reply(nam.get(req));
    QEventLoop loop;
    QTimer tick;
    QElapsedTimer sinceByte, sinceStart;
    sinceByte.start();
    sinceStart.start();

    int status = 0;
    bool decided = false, writing = false, stopping = false;
    bool cancelled = false, stalled = false, writeFailed = false, startOver = false;
    QString writeError;
    qint64 done = offset, total = 0, startDone = offset, reported = -1;
    std::exception_ptr callbackError;

    const bool isHttp = rq.url.scheme().startsWith(QLatin1String("http"), Qt::CaseInsensitive);
    auto stop = [&] {
        if (stopping)
            return;
        stopping = true;
        reply->abort();
        loop.quit();
    };
    // The first bytes of a final (non-redirect) answer decide what the body is.
    auto decide = [&] {
        if (decided)
            return;
        const QVariant sv = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        status = sv.isValid() ? sv.toInt() : (isHttp ? 0 : 200); // file: and friends have no status
        if (status >= 300 && status < 400)
            return; // a redirect's own body, while it is being followed
        decided = true;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (status == 206) {
            qint64 start = -1, whole = -1;
            parseContentRange(reply->rawHeader("Content-Range"), &start, &whole);
            if (start != offset) {
                startOver = true; // not the range asked for: the part cannot be continued safely
                stop();
                return;
            }
            total = whole > 0 ? whole : (length > 0 ? offset + length : 0);
            a.resumedFrom = offset;
            writing = true;
        } else if (status == 200) {
            if (offset > 0 && !file.resize(0)) { // the server ignored the range: start over
                writeFailed = true;
                writeError = file.errorString();
                stop();
                return;
            }
            done = startDone = 0;
            a.resumedFrom = 0;
            total = length > 0 ? length : 0;
            writing = true;
        } else if (status == 416) {
            qint64 start = -1;
            parseContentRange(reply->rawHeader("Content-Range"), &start, &a.rangeTotal);
        }
    };
    auto report = [&] {
        if (!a.progress || done == reported || callbackError)
            return;
        reported = done;
        Progress p;
        p.stage = a.stage;
        p.done = done;
        p.total = total;
        const double seconds = sinceStart.elapsed() / 1000.0;
        if (total > 0 && seconds >= 0.5 && done > startDone)
            p.etaSeconds = double(total - done) / (double(done - startDone) / seconds);
        // An exception must not cross Qt's event loop: keep it for after exec().
        try {
            if (!a.progress(p)) {
                cancelled = true;
                stop();
            }
        } catch (...) {
            callbackError = std::current_exception();
            stop();
        }
    };

    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        sinceByte.restart();
        decide();
        const QByteArray chunk = reply->readAll();
        if (!writing || stopping)
            return; // redirect and error pages are not the file
        if (file.write(chunk) != chunk.size()) {
            writeFailed = true;
            writeError = file.errorString();
            stop();
            return;
        }
        done += chunk.size();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Progress goes out from the timer, at most ten times a second, so a fast link does not flood
    // the callback and a stopped one still gets its last bytes reported.
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        report();
        if (!stopping && rq.stallTimeoutMs > 0 && sinceByte.elapsed() > rq.stallTimeoutMs) {
            stalled = true;
            stop();
        }
    });
    report();
    tick.start(100);
    if (!reply->isFinished() && !stopping)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    tick.stop();
    decide();
    if (!stopping && !reply->error() && writing)
        report(); // the last bytes, before the hash check
    file.close();
    if (callbackError)
        std::rethrow_exception(callbackError);
    if (QFileInfo(a.part).size() == 0 && !writeFailed)
        QFile::remove(a.part); // an empty part helps nobody
    if (cancelled)
        throw Cancelled{};
    if (writeFailed)
        throw Error(DownloadTr::tr("Cannot write %1: %2. %3 bytes are kept there: free some space (or choose another cache folder) "
                       "and run the download again to resume.")
                        .arg(a.part, writeError)
                        .arg(QFileInfo(a.part).size()));
    if (stalled)
        throw Error(DownloadTr::tr("No data from %1 for %2 s: the download stopped. %3")
                        .arg(host)
                        .arg(rq.stallTimeoutMs / 1000.0)
                        .arg(keptNote(a.part)));
    if (startOver)
        return AttemptEnd::StartOver;
    if (status == 416)
        return AttemptEnd::RangeNotSatisfiable;
    if (status >= 400)
        throw Error(DownloadTr::tr("The server answered HTTP %1 %2 for %3")
                        .arg(status)
                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), rq.url.toString()));

    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError) {
        if (total > 0 && done < total)
            throw Error(DownloadTr::tr("The connection to %1 ended after %2 of %3 bytes. %4").arg(host).arg(done).arg(total).arg(keptNote(a.part)));
        return AttemptEnd::Complete;
    }
    // Through a proxy, Qt reports a refused or unreachable proxy as a plain connection error.
    const QString proxy = proxyInUse(rq);
    const bool viaProxy = !proxy.isEmpty() && (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
                                               || error == QNetworkReply::UnknownNetworkError);
    if (viaProxy || (error >= QNetworkReply::ProxyConnectionRefusedError && error <= QNetworkReply::UnknownProxyError)) {
        if (rq.proxy.trimmed().isEmpty())
            throw Error(DownloadTr::tr("The system's proxy %1 failed while fetching from %2: %3. Set a proxy (or none for a direct connection) "
                           "in the settings. %4")
                            .arg(proxy, host, reply->errorString(), keptNote(a.part)));
        throw Error(DownloadTr::tr("The proxy %1 failed while fetching from %2: %3. Check the proxy setting (none for a direct connection). %4")
                        .arg(proxy, host, reply->errorString(), keptNote(a.part)));
    }
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        throw Error(DownloadTr::tr("Host %1 not found: no network, or a wrong address (%2). %3").arg(host, rq.url.toString(), keptNote(a.part)));
    case QNetworkReply::ConnectionRefusedError:
        throw Error(DownloadTr::tr("%1 refused the connection (%2). %3").arg(host, rq.url.toString(), keptNote(a.part)));
    case QNetworkReply::SslHandshakeFailedError:
        throw Error(DownloadTr::tr("The secure connection to %1 failed: %2. %3").arg(host, reply->errorString(), keptNote(a.part)));
    default:
        throw Error(DownloadTr::tr("The download from %1 failed: %2. %3").arg(host, reply->errorString(), keptNote(a.part)));
    }
}

} // namespace

DownloadResult downloadFile(const DownloadRequest &request, const ProgressCallback &progress)
{
    const QString expected = request.expectedHash.trimmed().toLower();
    if (!expected.isEmpty() && !isHexHash(expected))
        throw Error(DownloadTr::tr("\"%1\" is not a hash: give 32 hex digits (MD5) or 64 (SHA-256)").arg(request.expectedHash));
    if (request.destination.isEmpty())
        throw Error(DownloadTr::tr("No destination file given for %1").arg(request.url.toString()));
    const QString dest = request.destination;
    const QString name = QFileInfo(dest).fileName();
    DownloadResult result;
    result.path = dest;

    if (QFileInfo(dest).isFile() && (expected.isEmpty() || fileHash(dest, int(expected.size())) == expected)) {
        result.bytes = QFileInfo(dest).size();
        result.fromCache = true;
        return result;
    }
    if (!request.url.isValid() || request.url.scheme().isEmpty())
        throw Error(DownloadTr::tr("\"%1\" is not a download address (it needs http:// or https://)").arg(request.url.toString()));
    if (!QCoreApplication::instance())
        throw Error(DownloadTr::tr("Downloading needs a QCoreApplication"));
    const QString folder = QFileInfo(dest).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(DownloadTr::tr("Cannot create the folder %1 for %2: check that its parent is writable").arg(folder, name));

    Attempt a{request, dest + QStringLiteral(".part"), DownloadTr::tr("Downloading %1").arg(name), progress};
    const QString bad = dest + QStringLiteral(".bad");
    // A server may answer a resume in a way that cannot be continued (a wrong range, or 416 for a
    // part that is not this file): the part is dropped and the file fetched once more from byte 0.
    for (int attempt = 0;; ++attempt) {
        const AttemptEnd end = runAttempt(a);
        if (end == AttemptEnd::Complete)
            break;
        if (end == AttemptEnd::RangeNotSatisfiable) {
            // The part reaches (or passes) the end of the file: complete, or not this file.
            const qint64 size = QFileInfo(a.part).size();
            const bool complete = !expected.isEmpty() ? size > 0 && fileHash(a.part, int(expected.size())) == expected
                                                      : size > 0 && size == a.rangeTotal;
            if (complete)
                break;
            if (size == 0)
                throw Error(DownloadTr::tr("The server answered HTTP 416 (range not satisfiable) for %1 although no range was asked for").arg(request.url.toString()));
        }
        if (attempt >= 1)
            throw Error(DownloadTr::tr("%1 does not resume %2 correctly, even from the start; try another mirror")
                            .arg(request.url.host(), request.url.toString()));
        QFile::remove(a.part);
    }

    result.resumedFrom = a.resumedFrom;
    result.bytes = QFileInfo(a.part).size();
    if (!expected.isEmpty()) {
        const QString actual = fileHash(a.part, int(expected.size()));
        if (actual != expected) {
            QString why;
            const bool moved = replaceFile(a.part, bad, &why);
            if (!moved)
                QFile::remove(a.part); // never resumed, whatever happens
            const QString what = hashName(int(expected.size()));
            if (moved)
                throw Error(DownloadTr::tr("%1 from %2 is not the expected file: its %3 is %4, expected %5. It was set aside as %6 and will not be used.")
                                .arg(name, request.url.toString(), what, actual, expected, bad));
            throw Error(DownloadTr::tr("%1 from %2 is not the expected file: its %3 is %4, expected %5. It was deleted and will not be used.")
                            .arg(name, request.url.toString(), what, actual, expected));
        }
    }
    QString why;
    if (!replaceFile(a.part, dest, &why))
        throw Error(DownloadTr::tr("Cannot rename %1 to %2: %3").arg(a.part, dest, why));
    return result;
}

} // namespace maskbench
