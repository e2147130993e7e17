// The models against Keras Applications: parameter parity with the 1000-class top, forward
// shapes at each model's input size, and what each freezing policy leaves trainable.

#include "core/common/error.h"
#include "core/model/model_config.h"

#include <QTest>

using namespace maskbench;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kerasParity_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("keras");
        // model.count_params() of keras_applications' ResNet50V2() / InceptionV3() (weights=None).
        QTest::newRow("resnet50v2") << "resnet50v2" << qint64(25613800);
        QTest::newRow("inceptionv3") << "inceptionv3" << qint64(23851784);
    }
    void kerasParity()
    {
        QFETCH(QString, model);
        QFETCH(qint64, keras);
        ModelConfig c;
        c.name = model;
        c.classes = 1000;
        c.head = QStringLiteral("keras-top");
        const ModelSummary s = summarizeModel(c, QStringLiteral("full"));
        qInfo().noquote() << s.describe();
        QCOMPARE(s.parameters + s.bnStatistics, keras);
        QCOMPARE(s.frozen, qint64(0));
    }

    void forwardShapes_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("head");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("inputSize");
        QTest::addColumn<int>("expectedSize");
        QTest::addColumn<qint64>("outputs");
        QTest::newRow("resnet50v2 study head binary") << "resnet50v2" << "default" << 2 << 2 << 0 << 224 << qint64(1);
        QTest::newRow("inceptionv3 study head binary") << "inceptionv3" << "default" << 2 << 1 << 0 << 299 << qint64(1);
        QTest::newRow("inceptionv3 gap 3 classes") << "inceptionv3" << "gap" << 3 << 2 << 0 << 299 << qint64(3);
        QTest::newRow("levi binary") << "levi" << "default" << 2 << 2 << 0 << 227 << qint64(1);
        QTest::newRow("levi 8 classes at 64") << "levi-hassner" << "default" << 8 << 2 << 64 << 64 << qint64(8);
        QTest::newRow("resnet50v2 gap at 96") << "resnet50v2" << "gap" << 2 << 1 << 96 << 96 << qint64(1);
    }
    void forwardShapes()
    {
        QFETCH(QString, model);
        QFETCH(QString, head);
        QFETCH(int, classes);
        QFETCH(int, batch);
        QFETCH(int, inputSize);
        QFETCH(int, expectedSize);
        QFETCH(qint64, outputs);
        ModelConfig c;
        c.name = model;
        c.head = head;
        c.classes = classes;
        c.inputSize = inputSize;
        const ModelSummary s = summarizeModel(c, QStringLiteral("full"), batch);
        QCOMPARE(s.inputSize, expectedSize);
        QCOMPARE(s.outputShape, (QList<qint64>{batch, outputs}));
    }

    void studyHeadSizes()
    {
        // Flatten(7x7x2048) -> 1024 -> 1 and Flatten(8x8x2048) -> 1024 -> 1.
        ModelConfig c;
        c.name = QStringLiteral("resnet50v2");
        ModelSummary s = summarizeModel(c, QStringLiteral("frozen"));
        QCOMPARE(s.headParameters, qint64(7 * 7 * 2048) * 1024 + 1024 + 1024 + 1);
        QCOMPARE(s.trainable, s.headParameters);
        QCOMPARE(s.frozen, s.backboneParameters);
        c.name = QStringLiteral("inceptionv3");
        s = summarizeModel(c, QStringLiteral("frozen"));
        QCOMPARE(s.headParameters, qint64(8 * 8 * 2048) * 1024 + 1024 + 1024 + 1);
        // Levi & Hassner: 384x7x7 -> 512 -> 512 -> 1 at 227.
        c.name = QStringLiteral("levi");
        s = summarizeModel(c, QStringLiteral("full"));
        QCOMPARE(s.headParameters, qint64(384 * 7 * 7) * 512 + 512 + 512 * 512 + 512 + 512 + 1);
        QCOMPARE(s.backboneParameters, qint64(3 * 49 * 96 + 96 + 96 * 25 * 256 + 256 + 256 * 9 * 384 + 384));
    }

    void freezing()
    {
        ModelConfig c;
        c.name = QStringLiteral("inceptionv3");
        c.classes = 1000;
        c.head = QStringLiteral("keras-top");
        const ModelSummary full = summarizeModel(c, QStringLiteral("full"));
        const ModelSummary ft = summarizeModel(c, QStringLiteral("finetune"));
        const ModelSummary frozen = summarizeModel(c, QStringLiteral("frozen"));
        qInfo().noquote() << ft.describe();
        // Keras InceptionV3 with layers[:249] frozen: mixed9 + mixed10 (BN without gamma: beta only)
        // trainable. Per InceptionE(in): 1x1 convs in*(320+384+448+192), 1x3/3x1 4*384*384*3,
        // 3x3 448*384*9; betas 320+384*2+384+448+384*3+192 = 2880 + ... counted below.
        auto inceptionE = [](qint64 in) {
            const qint64 convs = in * (320 + 384 + 448 + 192) + 4 * 384 * 384 * 3 + 448 * 384 * 9;
            const qint64 betas = 320 + 384 + 384 + 384 + 448 + 384 + 384 + 384 + 192;
            return convs + betas;
        };
        QCOMPARE(ft.trainable, inceptionE(1280) + inceptionE(2048) + 2048 * 1000 + 1000);
        QCOMPARE(frozen.trainable, qint64(2048 * 1000 + 1000));
        QCOMPARE(full.trainable + full.bnStatistics, qint64(23851784));
        QCOMPARE(ft.stages.size(), 12);

        c.name = QStringLiteral("resnet50v2");
        const ModelSummary rft = summarizeModel(c, QStringLiteral("finetune"));
        const ModelSummary rfrom = summarizeModel(c, QStringLiteral("from:conv5"));
        QCOMPARE(rft.trainable, rfrom.trainable);
        QVERIFY(rft.trainable > 2048 * 1000 && rft.trainable < rft.parameters);
        QCOMPARE(rft.stages, (QStringList{"stem", "conv2", "conv3", "conv4", "conv5"}));
        const ModelSummary rfrom4 = summarizeModel(c, QStringLiteral("from:conv4"));
        QVERIFY(rfrom4.trainable > rft.trainable);

        // Keras: a BN layer that does not train runs in inference mode even in training.
        QCOMPARE(rft.bnLayers, 16 * 3 + 1);
        QCOMPARE(rft.bnLayersUpdating, 3 * 3 + 1); // conv5 blocks + post_bn
        QCOMPARE(summarizeModel(c, QStringLiteral("frozen")).bnLayersUpdating, 0);
        QCOMPARE(ft.bnLayers, 94);
        QCOMPARE(ft.bnLayersUpdating, 2 * 9);      // mixed9, mixed10
        QCOMPARE(frozen.bnLayersUpdating, 0);
        QCOMPARE(full.bnLayersUpdating, 94);

        QVERIFY_THROWS_EXCEPTION(Error, summarizeModel(c, QStringLiteral("from:conv9")));
        QVERIFY_THROWS_EXCEPTION(Error, summarizeModel(c, QStringLiteral("melted")));
    }

    void badConfigs()
    {
        ModelConfig c;
        c.name = QStringLiteral("vgg16");
        QVERIFY_THROWS_EXCEPTION(Error, resolved(c));
        c.name = QStringLiteral("inceptionv3");
        c.inputSize = 64;
        QVERIFY_THROWS_EXCEPTION(Error, resolved(c));
        c.inputSize = 0;
        c.classes = 1;
        QVERIFY_THROWS_EXCEPTION(Error, resolved(c));
        c.classes = 2;
        QCOMPARE(resolved(c).inputSize, 299);
        QCOMPARE(resolved(c).head, QStringLiteral("flatten"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
