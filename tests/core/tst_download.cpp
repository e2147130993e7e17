// net/download.h and `maskbench-cli weights fetch` against a real HTTP/1.1 server on 127.0.0.1
// that the test runs in its own thread (QTcpServer): ranges, dropped and stalled connections,
// a server that ignores Range, 404, wrong hashes, cancel, unwritable folders, a full disk
// (/dev/full) and offline use of the cache.

#include "core/common/error.h"
#include "core/common/settings.h"
#include "core/net/download.h"
#include "core/net/keras_weights.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMutex>
#include <QRandomGenerator>
#include <QSettings>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace maskbench;

namespace {

// One request per connection (Connection: close), GET only; enough for QNetworkAccessManager.
class HttpServer : public QThread
{
public:
    struct Options
    {
        qint64 dropAfter = -1;  // next response: close after this many body bytes (once)
        qint64 stallAfter = -1; // next response: send this many body bytes, then nothing (once)
        bool ignoreRange = false; // answer 200 with the whole file to a Range request
    };
    struct Logged
    {
        QString path;
        QString range; // the Range header, empty when none
    };

    ~HttpServer() override { stop(); }

    void setFile(const QString &path, const QByteArray &data)
    {
        QMutexLocker lock(&m_mutex);
        m_files.insert(path, data);
    }
    void setOptions(const Options &o)
    {
        QMutexLocker lock(&m_mutex);
        m_options = o;
    }
    QList<Logged> log() const
    {
        QMutexLocker lock(&m_mutex);
        return m_log;
    }
    quint16 port() const { return m_port; }
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }

    bool serve()
    {
        start();
        m_ready.acquire();
        return m_port != 0;
    }
    void stop()
    {
        if (isRunning()) {
            quit();
            wait();
        }
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { handle(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_ready.release();
        exec(); // sockets are the server's children: a stalled one closes when it goes
    }

private:
    void handle(QTcpSocket *s)
    {
        QByteArray buf = s->property("request").toByteArray() + s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0) {
            s->setProperty("request", buf);
            return;
        }
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1));
        QString range;
        for (const QByteArray &l : lines)
            if (l.toLower().startsWith("range:"))
                range = QString::fromLatin1(l.mid(6).trimmed());

        QMutexLocker lock(&m_mutex);
        m_log.append({path, range});
        const Options o = m_options;
        m_options.dropAfter = m_options.stallAfter = -1;
        const auto it = m_files.constFind(path);
        if (it == m_files.constEnd()) {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\nnot found\n");
            s->disconnectFromHost();
            return;
        }
        const QByteArray &data = *it;
        qint64 start = 0;
        bool partial = false;
        if (!range.isEmpty() && !o.ignoreRange && range.startsWith(QLatin1String("bytes=")) && range.endsWith(QLatin1Char('-'))) {
            start = range.mid(6).chopped(1).toLongLong();
            partial = true;
        }
        QByteArray head;
        if (partial && start >= data.size()) {
            head = "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" + QByteArray::number(data.size()) +
                   "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            s->write(head);
            s->disconnectFromHost();
            return;
        }
        const QByteArray body = data.mid(start);
        head = partial ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(start) + '-' +
                             QByteArray::number(data.size() - 1) + '/' + QByteArray::number(data.size()) + "\r\n"
                       : QByteArray("HTTP/1.1 200 OK\r\n");
        head += "Content-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\nConnection: close\r\n\r\n";
        s->write(head);
        if (o.stallAfter >= 0) {
            s->write(body.left(o.stallAfter)); // and then silence, the connection left open
            return;
        }
        s->write(o.dropAfter >= 0 ? body.left(o.dropAfter) : body);
        s->disconnectFromHost(); // after the queued bytes: a drop is a clean close mid-body
    }

    mutable QMutex m_mutex;
    QMap<QString, QByteArray> m_files;
    Options m_options;
    QList<Logged> m_log;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

QByteArray randomBytes(qint64 n, quint32 seed)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < n; ++i)
        b[i] = char(rng.generate() & 0xff);
    return b;
}

QString md5(const QByteArray &b) { return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Md5).toHex()); }
QString sha256(const QByteArray &b) { return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

constexpr qint64 kMiB = 1024 * 1024;
const QString kPath = QStringLiteral("/files/data.bin");

} // namespace

class TestDownload : public QObject
{
    Q_OBJECT
    QByteArray m_data = randomBytes(3 * kMiB + 12345, 20240914);
    QTemporaryDir m_tmp;

    DownloadRequest request(const HttpServer &server, const QString &name, const QString &hash = {}) const
    {
        DownloadRequest rq;
        rq.url = QUrl(server.url(kPath));
        rq.destination = m_tmp.filePath(name);
        rq.expectedHash = hash.isEmpty() ? md5(m_data) : hash;
        rq.proxy = QStringLiteral("none"); // a system proxy must not see 127.0.0.1
        rq.stallTimeoutMs = 20000;
        return rq;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void success()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        const DownloadRequest rq = request(server, QStringLiteral("ok/data.bin"), sha256(m_data));
        qint64 lastDone = 0, lastTotal = 0;
        int calls = 0;
        const DownloadResult r = downloadFile(rq, [&](const Progress &p) {
            ++calls;
            lastDone = p.done;
            lastTotal = p.total;
            return true;
        });
        QCOMPARE(r.path, rq.destination);
        QVERIFY(!r.fromCache);
        QCOMPARE(r.resumedFrom, qint64(0));
        QCOMPARE(r.bytes, qint64(m_data.size()));
        QVERIFY(readAll(rq.destination) == m_data);
        QVERIFY(!QFileInfo::exists(rq.destination + QStringLiteral(".part")));
        QVERIFY(calls >= 1);
        QCOMPARE(lastDone, qint64(m_data.size()));
        QCOMPARE(lastTotal, qint64(m_data.size()));
        QCOMPARE(int(server.log().size()), 1);
        QVERIFY(server.log().at(0).range.isEmpty());
    }

    void interruptedThenResumed()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        server.setOptions({kMiB, -1, false});
        const DownloadRequest rq = request(server, QStringLiteral("resume/data.bin"));
        const QString part = rq.destination + QStringLiteral(".part");
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QVERIFY2(msg.contains(QStringLiteral("127.0.0.1")), qPrintable(msg));
        QVERIFY2(msg.contains(part), qPrintable(msg)); // says where the bytes kept for resume are
        QVERIFY(!QFileInfo::exists(rq.destination));
        QCOMPARE(QFileInfo(part).size(), kMiB);
        QVERIFY(readAll(part) == m_data.left(kMiB));

        const DownloadResult r = downloadFile(rq);
        QCOMPARE(r.resumedFrom, kMiB);
        const QList<HttpServer::Logged> log = server.log();
        QCOMPARE(int(log.size()), 2);
        QCOMPARE(log.at(1).range, QStringLiteral("bytes=%1-").arg(kMiB));
        QVERIFY(readAll(rq.destination) == m_data);
        QVERIFY(!QFileInfo::exists(part));
    }

    void wrongHash()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        const QString wanted = md5("another file");
        const DownloadRequest rq = request(server, QStringLiteral("wrong/data.bin"), wanted);
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QVERIFY2(msg.contains(wanted) && msg.contains(md5(m_data)), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("data.bin")), qPrintable(msg));
        QVERIFY(!QFileInfo::exists(rq.destination));
        QVERIFY(!QFileInfo::exists(rq.destination + QStringLiteral(".part")));
        QVERIFY(readAll(rq.destination + QStringLiteral(".bad")) == m_data);
        // Never resumed: the next attempt starts from byte 0.
        QVERIFY(!test::errorMessage([&] { downloadFile(rq); }).isEmpty());
        QCOMPARE(int(server.log().size()), 2);
        QVERIFY(server.log().at(1).range.isEmpty());
    }

    void notFound()
    {
        HttpServer server;
        QVERIFY(server.serve());
        DownloadRequest rq = request(server, QStringLiteral("missing/data.bin"));
        rq.url = QUrl(server.url(QStringLiteral("/no/such.h5")));
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QVERIFY2(msg.contains(QStringLiteral("404")) && msg.contains(rq.url.toString()), qPrintable(msg));
        QVERIFY(!QFileInfo::exists(rq.destination));
        QVERIFY(!QFileInfo::exists(rq.destination + QStringLiteral(".part")));
    }

    void serverIgnoresRange()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        server.setOptions({-1, -1, true});
        const DownloadRequest rq = request(server, QStringLiteral("norange/data.bin"));
        // A part that is not even this file's start: appending to it would break the hash.
        QVERIFY(test::writeText(rq.destination + QStringLiteral(".part"), randomBytes(kMiB, 7)));
        const DownloadResult r = downloadFile(rq);
        QCOMPARE(int(server.log().size()), 1);
        QCOMPARE(server.log().at(0).range, QStringLiteral("bytes=%1-").arg(kMiB));
        QCOMPARE(r.resumedFrom, qint64(0));
        QVERIFY(readAll(rq.destination) == m_data);
    }

    void completePartAnswered416()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        const DownloadRequest rq = request(server, QStringLiteral("complete/data.bin"));
        QVERIFY(test::writeText(rq.destination + QStringLiteral(".part"), m_data));
        downloadFile(rq);
        QCOMPARE(int(server.log().size()), 1);
        QVERIFY(readAll(rq.destination) == m_data);
        // A part longer than the file is not this file: dropped, fetched again from the start.
        const DownloadRequest rq2 = request(server, QStringLiteral("toolong/data.bin"));
        QVERIFY(test::writeText(rq2.destination + QStringLiteral(".part"), randomBytes(4 * kMiB, 3)));
        downloadFile(rq2);
        QCOMPARE(int(server.log().size()), 3);
        QVERIFY(server.log().at(2).range.isEmpty());
        QVERIFY(readAll(rq2.destination) == m_data);
    }

    void cachedNeedsNoServer()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        const DownloadRequest rq = request(server, QStringLiteral("cached/data.bin"));
        QVERIFY(!downloadFile(rq).fromCache);
        QCOMPARE(int(server.log().size()), 1);
        const DownloadResult again = downloadFile(rq);
        QVERIFY(again.fromCache);
        QCOMPARE(again.bytes, qint64(m_data.size()));
        QCOMPARE(int(server.log().size()), 1);
        server.stop();
        QVERIFY(downloadFile(rq).fromCache);
        // A cached file with the wrong content is not used: it is fetched (here: no server).
        QVERIFY(test::writeText(rq.destination, "tampered"));
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QVERIFY2(msg.contains(QStringLiteral("refused")) && msg.contains(QStringLiteral("127.0.0.1")), qPrintable(msg));
    }

    void cancelKeepsPart()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        server.setOptions({-1, kMiB, false}); // the rest never comes: only cancel ends this
        const DownloadRequest rq = request(server, QStringLiteral("cancel/data.bin"));
        bool cancelled = false;
        try {
            downloadFile(rq, [](const Progress &p) { return p.done < kMiB; });
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(!QFileInfo::exists(rq.destination));
        QVERIFY(readAll(rq.destination + QStringLiteral(".part")) == m_data.left(kMiB));
        // and it resumes from there
        QCOMPARE(downloadFile(rq).resumedFrom, kMiB);
        QVERIFY(readAll(rq.destination) == m_data);
    }

    void stallTimesOut()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        server.setOptions({-1, kMiB / 2, false});
        DownloadRequest rq = request(server, QStringLiteral("stall/data.bin"));
        rq.stallTimeoutMs = 700;
        QElapsedTimer t;
        t.start();
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QVERIFY2(msg.contains(QStringLiteral("127.0.0.1")) && msg.contains(QStringLiteral("kept")), qPrintable(msg));
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(QFileInfo(rq.destination + QStringLiteral(".part")).size(), kMiB / 2);
    }

    void fullDisk()
    {
        if (!QFileInfo(QStringLiteral("/dev/full")).exists())
            QSKIP("no /dev/full");
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        const DownloadRequest rq = request(server, QStringLiteral("full/data.bin"));
        QDir().mkpath(QFileInfo(rq.destination).absolutePath());
        // The part file on a device where every write fails with ENOSPC.
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), rq.destination + QStringLiteral(".part")));
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QVERIFY2(msg.contains(rq.destination + QStringLiteral(".part")) && msg.contains(QStringLiteral("bytes are kept")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("space"), Qt::CaseInsensitive), qPrintable(msg));
        QVERIFY(!QFileInfo::exists(rq.destination));
    }

    void folderCannotBeCreated()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        QVERIFY(test::writeText(m_tmp.filePath(QStringLiteral("afile")), "x"));
        const DownloadRequest rq = request(server, QStringLiteral("afile/sub/data.bin"));
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QVERIFY2(msg.contains(m_tmp.filePath(QStringLiteral("afile/sub"))), qPrintable(msg));
        QVERIFY(server.log().isEmpty());
    }

    void folderNotWritable()
    {
        if (geteuid() == 0)
            QSKIP("root ignores folder permissions");
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(kPath, m_data);
        const QString ro = m_tmp.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(ro));
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner));
        const DownloadRequest rq = request(server, QStringLiteral("readonly/data.bin"));
        const QString msg = test::errorMessage([&] { downloadFile(rq); });
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(msg.contains(ro) && msg.contains(QStringLiteral("writable")), qPrintable(msg));
        QVERIFY(server.log().isEmpty());
    }

    void badArguments()
    {
        DownloadRequest rq;
        rq.url = QUrl(QStringLiteral("http://127.0.0.1:9/x"));
        rq.destination = m_tmp.filePath(QStringLiteral("args/x.bin"));
        rq.expectedHash = QStringLiteral("abc");
        QVERIFY(test::errorMessage([&] { downloadFile(rq); }).contains(QStringLiteral("abc")));
        rq.expectedHash.clear();
        rq.proxy = QStringLiteral("ftp://proxy:21");
        QVERIFY(test::errorMessage([&] { downloadFile(rq); }).contains(QStringLiteral("ftp://proxy:21")));
    }

    void kerasCatalogue()
    {
        const KerasWeightsFile *f = kerasWeightsFile(QStringLiteral("ResNet50V2"), false);
        QCOMPARE(QLatin1String(f->md5), QLatin1String("fac2f116257151a9d068a22e544a4917"));
        QCOMPARE(kerasWeightsUrl(*f), QStringLiteral("https://storage.googleapis.com/tensorflow/keras-applications/resnet/"
                                                     "resnet50v2_weights_tf_dim_ordering_tf_kernels_notop.h5"));
        QCOMPARE(kerasWeightsUrl(*kerasWeightsFile(QStringLiteral("inception_v3"), true), QStringLiteral("http://m.example/k")),
                 QStringLiteral("http://m.example/k/inception_v3/inception_v3_weights_tf_dim_ordering_tf_kernels.h5"));
        QVERIFY(kerasWeightsCachePath(*f).endsWith(QStringLiteral("/weights/keras/resnet50v2_weights_tf_dim_ordering_tf_kernels_notop.h5")));
        QVERIFY(test::errorMessage([] { kerasWeightsFile(QStringLiteral("levi-hassner"), false); }).contains(QStringLiteral("levi-hassner")));
    }

    // The CLI end to end: the mirror serves a file that is not Keras' (refused), the same with the
    // file's own hash (accepted, cached), then offline from the cache.
    void cliFetch()
    {
        HttpServer server;
        QVERIFY(server.serve());
        const QString file = QStringLiteral("resnet50v2_weights_tf_dim_ordering_tf_kernels_notop.h5");
        server.setFile(QStringLiteral("/resnet/") + file, m_data);
        QTemporaryDir home;
        const QMap<QString, QString> env{{QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache"))},
                                         {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}};
        const QStringList args{QStringLiteral("weights"), QStringLiteral("fetch"), QStringLiteral("resnet50v2"),
                               QStringLiteral("--mirror"), QStringLiteral("http://127.0.0.1:%1/").arg(server.port()),
                               QStringLiteral("--proxy"), QStringLiteral("none")};
        const QString cached = home.filePath(QStringLiteral("cache/maskbench/weights/keras/")) + file;

        const test::CliResult wrong = test::runCli(args, env, 120000);
        QVERIFY2(wrong.exitCode != 0, qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(QStringLiteral("fac2f116257151a9d068a22e544a4917")) && wrong.err.contains(md5(m_data)),
                 qPrintable(wrong.err));
        QVERIFY(!QFileInfo::exists(cached));

        const test::CliResult ok = test::runCli(args + QStringList{QStringLiteral("--expect-md5"), md5(m_data)}, env, 120000);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(ok.out.trimmed(), cached);
        QVERIFY(readAll(cached) == m_data);
        QVERIFY2(ok.err.contains(QStringLiteral(" MB")), qPrintable(ok.err));
        QVERIFY2(ok.err.count(QLatin1Char('\n')) <= 22, qPrintable(ok.err)); // at most one line per 5%
        const int requests = int(server.log().size());

        server.stop();
        const QString copy = home.filePath(QStringLiteral("copy.h5"));
        const test::CliResult offline = test::runCli(
            args + QStringList{QStringLiteral("--expect-md5"), md5(m_data), QStringLiteral("--out"), copy}, env, 120000);
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QCOMPARE(offline.out.trimmed(), cached);
        QVERIFY(readAll(copy) == m_data);
        QCOMPARE(int(server.log().size()), requests);

        const test::CliResult both = test::runCli(args + QStringList{QStringLiteral("--expect-md5"), md5(m_data),
                                                                     QStringLiteral("--expect-sha256"), sha256(m_data)},
                                                  env, 120000);
        QVERIFY(both.exitCode != 0);
    }

    // `train --weights imagenet` fetches through the same path, with the Settings mirror and proxy:
    // a wrong file or a 404 stops it before a run folder exists, with the download's message.
    void trainWithImageNetWeights()
    {
        HttpServer server;
        QVERIFY(server.serve());
        server.setFile(QStringLiteral("/resnet/resnet50v2_weights_tf_dim_ordering_tf_kernels_notop.h5"), m_data);
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("config"));
        {
            QSettings s(config + QStringLiteral("/MaskBench/MaskBench.conf"), QSettings::IniFormat);
            s.setValue(Settings::weightsMirror.key(), server.url(QStringLiteral("/")));
            s.setValue(Settings::networkProxy.key(), QStringLiteral("none"));
        }
        const QMap<QString, QString> env{{QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache"))},
                                         {QStringLiteral("XDG_CONFIG_HOME"), config}};
        QByteArray csv = "path,label,split\n";
        for (int i = 0; i < 8; ++i) {
            const QString img = home.filePath(QStringLiteral("img%1.png").arg(i));
            QVERIFY(test::writeStripes(img, i % 2, i));
            csv += QStringLiteral("%1,%2,%3\n").arg(img, i % 2 ? QStringLiteral("v") : QStringLiteral("h"),
                                                    i < 4 ? QStringLiteral("train") : QStringLiteral("val")).toUtf8();
        }
        const QString data = home.filePath(QStringLiteral("data.csv"));
        QVERIFY(test::writeText(data, csv));
        auto train = [&](const QString &model, const QString &out) {
            return test::runCli({QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"), model,
                                 QStringLiteral("--weights"), QStringLiteral("imagenet"), QStringLiteral("--epochs"),
                                 QStringLiteral("1"), QStringLiteral("--out"), out},
                                env, 120000);
        };
        const QString run1 = home.filePath(QStringLiteral("run1"));
        const test::CliResult wrong = train(QStringLiteral("resnet50v2"), run1);
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains(QStringLiteral("fac2f116257151a9d068a22e544a4917")), qPrintable(wrong.err));
        QVERIFY2(!QFileInfo::exists(run1), "a failed download left a run folder");
        QCOMPARE(int(server.log().size()), 1); // through the Settings mirror
        const QString run2 = home.filePath(QStringLiteral("run2"));
        const test::CliResult missing = train(QStringLiteral("inceptionv3"), run2);
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.contains(QStringLiteral("404")) && missing.err.contains(QStringLiteral("inception_v3_weights")),
                 qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(run2));
        const test::CliResult levi = train(QStringLiteral("levi"), home.filePath(QStringLiteral("run3")));
        QVERIFY(levi.exitCode != 0);
        QVERIFY2(levi.err.contains(QStringLiteral("levi-hassner")), qPrintable(levi.err));
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
