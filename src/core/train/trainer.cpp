#include "core/train/trainer_p.h"

namespace maskbench {
namespace train_detail {

TrainResult Run::run(bool resume)
{
    try {
        TrainResult r = runBody(resume);
        setStatus(r.stopped ? RunState::Stopped : RunState::Finished,
                  r.stopped ? TrainerTr::tr("stopped after epoch %1 of %2").arg(r.epochsDone).arg(m_c.totalEpochs()) : QString());
        return r;
    } catch (const Cancelled &) {
        if (m_state != RunState::Unknown) {
            try {
                setStatus(RunState::Stopped, TrainerTr::tr("stopped after epoch %1 of %2").arg(m_result.epochsDone).arg(m_c.totalEpochs()));
            } catch (const Error &) {
            }
        }
        throw;
    } catch (...) {
        // Only a run that got as far as its status record gets a failed one (a refused start
        // leaves no run folder, or another run's untouched).
        if (m_state != RunState::Unknown) {
            QString why;
            try {
                throw;
            } catch (const Error &e) {
                why = e.message();
            } catch (const c10::Error &e) {
                why = torchErrorLine(e);
            } catch (const std::exception &e) {
                why = QString::fromLocal8Bit(e.what());
            } catch (...) {
                why = TrainerTr::tr("unknown error");
            }
            try {
                setStatus(RunState::Failed, why);
            } catch (const Error &) {
            }
        }
        throw;
    }
}

int Run::stageOfEpoch(int epoch) const
{
    int end = 0;
    for (size_t i = 0; i < m_c.stages.size(); ++i) {
        end += m_c.stages[i].epochs;
        if (epoch <= end)
            return int(i);
    }
    return int(m_c.stages.size()) - 1;
}

TrainResult Run::runBody(bool resume)
{
    QElapsedTimer total;
    total.start();
    m_dir = QDir(m_c.outDir).absolutePath();
    m_result.runDir = m_dir;
    if (m_c.stages.empty() || m_c.totalEpochs() <= 0)
        throw Error(TrainerTr::tr("The schedule has no epochs"));
    if (m_c.batchSize < 1)
        throw Error(TrainerTr::tr("Batch size must be at least 1"));
    if (!(m_c.learningRate > 0))
        throw Error(TrainerTr::tr("Learning rate must be positive"));
    if (!std::isfinite(m_c.backboneLrScale))
        throw Error(TrainerTr::tr("The backbone learning-rate scale must be a number (negative: the model's default)"));

    const QString ckptDir = QDir(m_dir).filePath(QStringLiteral("checkpoints"));
    const QString lastPath = QDir(ckptDir).filePath(QStringLiteral("last.pt"));
    const QString bestPath = QDir(ckptDir).filePath(QStringLiteral("best.pt"));
    const QString configPath = QDir(m_dir).filePath(QStringLiteral("config.json"));
    const QString metricsPath = QDir(m_dir).filePath(QStringLiteral("metrics.csv"));
    const QString eventsPath = QDir(m_dir).filePath(QStringLiteral("events.jsonl"));

    // A run stopped, killed or out of disk before its first checkpoint has nothing to resume: it
    // restarts from epoch 1 with its own configuration (no dead end, nothing to delete by hand).
    const bool restart = resume && !QFileInfo::exists(lastPath)
                         && !QFileInfo::exists(QDir(ckptDir).filePath(QString::fromLatin1(checkpoint::kPreviousLast)));
    if (restart)
        resume = false;
    if (!resume && !restart && QFileInfo::exists(configPath))
        throw Error(TrainerTr::tr("%1 already holds a run; choose another output folder, or resume that run").arg(m_dir));
    // Paths as the run folder keeps them: absolute, so resume and predict work from any directory.
    if (!resume && !m_c.data.isEmpty() && QFileInfo::exists(m_c.data))
        m_c.data = QFileInfo(m_c.data).absoluteFilePath();
    // Mask options are checked before the run folder gets anything (BatchLoader checks again).
    if (!(m_c.maskProbability >= 0.0 && m_c.maskProbability <= 1.0))
        throw Error(TrainerTr::tr("The mask probability must lie between 0 and 1 (got %1)").arg(m_c.maskProbability));
    parseMaskTypes(m_c.maskTypes);
    // The data and the device too: a manifest or device that cannot work leaves no run folder behind.
    m_device = resolveDevice(requestedDevice(m_c.device), describeDeviceChoice(m_c.device));
    m_amp = mixedPrecisionType(m_c.mixedPrecision);
    if (m_amp && !m_device.is_cuda())
        throw Error(TrainerTr::tr("Mixed precision (%1) needs a CUDA device; this run computes on %2. Choose a CUDA device or "
                       "turn mixed precision off").arg(m_c.mixedPrecision, QString::fromStdString(m_device.str())));
    if (!resume && m_c.weights.compare(QLatin1String("imagenet"), Qt::CaseInsensitive) == 0)
        m_c.weights = fetchImageNetWeights();
    Splits data = loadSplits(m_c);
    if (!QDir().mkpath(ckptDir))
        throw Error(TrainerTr::tr("Cannot create the run folder %1").arg(ckptDir));
    lockRunFolder();
    removeStaleTemporaries(ckptDir);
    removeStaleTemporaries(m_dir);

    // Reproducibility settings come first: they affect everything below.
    const int threads = m_c.threads > 0 ? m_c.threads : effectiveThreads();
    torch::set_num_threads(threads);
    at::globalContext().setDeterministicAlgorithms(m_c.deterministic, /*warn_only=*/true);

    ModelConfig mc = m_c.model;
    mc.classes = int(data.classes.size());
    mc = resolved(mc);
    m_c.model = mc;
    if (m_c.backboneLrScale < 0)
        m_c.backboneLrScale = defaultBackboneLrScale(mc.name);

    QJsonObject configJson = m_c.toJson();
    configJson.insert(QStringLiteral("classes"), QJsonArray::fromStringList(data.classes));
    configJson.insert(QStringLiteral("train_images"), qint64(data.train.size()));
    configJson.insert(QStringLiteral("val_images"), qint64(data.val.size()));
    if (!m_c.holdOut.isEmpty())
        configJson.insert(QStringLiteral("held_out_images"), data.heldOut);
    configJson.insert(QStringLiteral("threads_used"), threads);
    configJson.insert(QStringLiteral("device"), requestedDevice(m_c.device)); // what was asked (form, flag or Settings)
    configJson.insert(QStringLiteral("device_used"), QString::fromStdString(m_device.str()));
    configJson.insert(QStringLiteral("torch_version"), QStringLiteral(TORCH_VERSION));

    m_log = std::make_unique<QFile>(QDir(m_dir).filePath(QStringLiteral("train.log")));
    if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append))
        throw Error(TrainerTr::tr("Cannot write in the run folder %1: %2").arg(m_dir, m_log->errorString()));

    torch::manual_seed(m_c.seed);
    m_net = model::makeClassifier(mc);
    model::Classifier &net = m_net;
    net->to(m_device);

    if (!resume && !m_c.weights.isEmpty()) {
        const WeightsReport report = model::loadPretrainedWeights(*net, m_c.weights, /*strict=*/true);
        configJson.insert(QStringLiteral("weights"), QFileInfo(m_c.weights).absoluteFilePath());
        configJson.insert(QStringLiteral("weights_sha256"), report.sha256);
        configJson.insert(QStringLiteral("weights_report"), report.toJson());
        log(report.describe());
        if (report.input.startsWith(QLatin1String("source")))
            log(TrainerTr::tr("warning: %1 expects the source's input range, while this run feeds x * %2; export it with "
                   "tools/export_weights.py --input unit to fold the range into the first convolution")
                    .arg(m_c.weights).arg(m_c.scale), TrainEvent::Warning);
    }

    CheckpointMeta meta;
    std::unique_ptr<torch::serialize::InputArchive> resumeArchive;
    if (resume) {
        resumeArchive = std::make_unique<torch::serialize::InputArchive>();
        // A run killed between keeping the previous last.pt and renaming the new one has only the previous.
        QString from = lastPath;
        const QString previousPath = QDir(ckptDir).filePath(QString::fromLatin1(checkpoint::kPreviousLast));
        if (!QFileInfo::exists(lastPath) && QFileInfo::exists(previousPath)) {
            from = previousPath;
            log(TrainerTr::tr("last.pt is missing (the run stopped while replacing it); resuming from last.previous.pt"), TrainEvent::Notice);
        }
        openArchive(*resumeArchive, from);
        meta = readMeta(*resumeArchive, from);
        const QJsonObject savedModel = meta.config.value(QStringLiteral("model")).toObject();
        if (savedModel != mc.toJson())
            throw Error(TrainerTr::tr("Checkpoint %1 was made for another model or class count (%2); start a new run")
                            .arg(from, QString::fromUtf8(QJsonDocument(savedModel).toJson(QJsonDocument::Compact))));
        loadModelTensors(*resumeArchive, *net, from);
        truncateByEpoch(metricsPath, meta.epoch, true);
        truncateByEpoch(eventsPath, meta.epoch, false);
        log(TrainerTr::tr("resuming %1 after epoch %2 of %3").arg(m_dir).arg(meta.epoch).arg(m_c.totalEpochs()), TrainEvent::Notice);
    } else if (restart) {
        truncateByEpoch(metricsPath, 0, true);
        truncateByEpoch(eventsPath, 0, false);
        writeJsonFile(configPath, configJson);
        log(TrainerTr::tr("%1 has no checkpoint (it stopped before its first epoch ended): restarting from epoch 1 with the "
               "same configuration").arg(m_dir), TrainEvent::Notice);
    } else {
        writeJsonFile(configPath, configJson);
        log(TrainerTr::tr("new run %1").arg(m_dir));
    }
    m_result.epochsDone = meta.epoch;
    m_result.bestValAccuracy = meta.bestValAccuracy;
    m_result.bestEpoch = meta.bestEpoch;

    m_events = std::make_unique<QFile>(eventsPath);
    if (!m_events->open(QIODevice::WriteOnly | QIODevice::Append))
        throw Error(TrainerTr::tr("Cannot write %1: %2").arg(eventsPath, m_events->errorString()));
    QFile metrics(metricsPath);
    const bool newMetrics = !metrics.exists() || metrics.size() == 0;
    if (!metrics.open(QIODevice::WriteOnly | QIODevice::Append))
        throw Error(TrainerTr::tr("Cannot write %1: %2").arg(metricsPath, metrics.errorString()));
    if (newMetrics)
        metrics.write(metricsHeader().toUtf8());
    metrics.flush();
    setStatus(RunState::Running);

    log(TrainerTr::tr("data %1: %2 training, %3 validation images; classes %4")
            .arg(m_c.data).arg(data.train.size()).arg(data.val.size()).arg(data.classes.join(QStringLiteral(", "))));
    if (!m_c.holdOut.isEmpty())
        log(TrainerTr::tr("held out: %1 training and validation images with %2 left out (the test split keeps them)")
                .arg(data.heldOut).arg(m_c.holdOut));
    if (size_t(m_c.batchSize) > data.train.size())
        log(TrainerTr::tr("warning: batch size %1 is larger than the %2 training images; each epoch is one smaller batch")
                .arg(m_c.batchSize).arg(data.train.size()), TrainEvent::Warning);
    log(TrainerTr::tr("model %1 at %2, head %3, %4 threads, device %5")
            .arg(mc.name).arg(mc.inputSize).arg(mc.head).arg(threads).arg(QString::fromStdString(m_device.str())));
    if (m_amp)
        log(TrainerTr::tr("mixed precision %1 (autocast; weights, optimizer and checkpoints in float32%2)")
                .arg(m_c.mixedPrecision, m_amp == at::kHalf ? TrainerTr::tr(", dynamic loss scale") : QString()));

    if (usesFaceChips(mc.name) && m_c.alignFaces)
        alignFaces(data, faceChipSize(mc));
    if (mc.name == QLatin1String("faceres") && std::abs(m_c.scale - 1.0 / 255.0) > 1e-12)
        throw Error(TrainerTr::tr("faceres takes RGB in 0..1 (scale 1/255, as FaceRes' own preprocessing); scale %1 is not supported")
                        .arg(m_c.scale));

    PipelineOptions po;
    po.width = po.height = mc.inputSize;
    po.batchSize = m_c.batchSize;
    po.seed = m_c.seed;
    po.scale = m_c.scale;
    po.widthShift = m_c.widthShift;
    po.heightShift = m_c.heightShift;
    po.horizontalFlip = m_c.horizontalFlip;
    po.interpolation = m_c.interpolation;
    if (mc.name == QLatin1String("face-resnet")) // face-api's normalisation: (pixel - mean RGB) / 255
        for (int c = 0; c < 3; ++c)
            po.mean[size_t(c)] = float(kFaceApiMeanRgb[c] * m_c.scale);
    po.workers = m_c.workers > 0 ? m_c.workers : std::max(1, QThread::idealThreadCount() / 4);
    po.prefetch = m_c.prefetch;
    po.maskProbability = m_c.maskProbability;
    po.maskTypes = m_c.maskTypes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    po.landmarkCache = m_c.landmarkCache;
    BatchLoader trainLoader(data.train, po);
    if (po.maskProbability > 0)
        log(TrainerTr::tr("on-the-fly masking: probability %1, types %2; landmarks from %3")
                .arg(po.maskProbability).arg(m_c.maskTypes.isEmpty() ? TrainerTr::tr("all") : m_c.maskTypes)
                .arg(m_c.landmarkCache.isEmpty() ? LandmarkCache::defaultPath() : m_c.landmarkCache));
    PipelineOptions vo = po;
    vo.maskProbability = 0; // validation measures the data as it is
    vo.shuffle = false;
    vo.widthShift = vo.heightShift = 0;
    vo.horizontalFlip = false;
    BatchLoader valLoader(data.val, vo);

    FeatureCache trainCache, valCache;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    int currentStage = -1;
    const int totalEpochs = m_c.totalEpochs();
    double epochSecondsSum = 0;
    int epochsTimed = 0;

    for (int epoch = meta.epoch + 1; epoch <= totalEpochs; ++epoch) {
        const int stage = stageOfEpoch(epoch);
        const QString policy = m_c.stages[size_t(stage)].policy;
        if (stage != currentStage) {
            net->applyPolicy(policy);
            optimizer = makeOptimizer(m_c, *net);
            if (resumeArchive && stage == meta.stageIndex && epoch == meta.epoch + 1) {
                torch::serialize::InputArchive optArchive;
                if (!resumeArchive->try_read("optimizer", optArchive))
                    throw Error(TrainerTr::tr("Checkpoint %1 holds no optimizer state").arg(lastPath));
                try {
                    optimizer->load(optArchive);
                } catch (const c10::Error &e) {
                    throw Error(TrainerTr::tr("Checkpoint %1: the optimizer state does not match (%2)")
                                    .arg(lastPath, torchErrorLine(e)));
                }
            }
            currentStage = stage;
            TrainEvent se;
            se.kind = TrainEvent::StageStart;
            se.epoch = epoch;
            se.totalEpochs = totalEpochs;
            se.stage = policy;
            se.trainable = model::countParameters(*net, true);
            se.frozen = model::countParameters(*net) - se.trainable;
            emitEvent(se);
            log(TrainerTr::tr("stage %1 (%2) from epoch %3: %4 trainable, %5 frozen parameters, %6 BN statistics")
                    .arg(stage + 1).arg(policy).arg(epoch).arg(se.trainable).arg(se.frozen).arg(model::countBnStatistics(*net)));
            if (optimizer->param_groups().size() == 2)
                log(TrainerTr::tr("learning rate %1 for the head, %2 (x %3) for the backbone")
                        .arg(m_c.learningRate).arg(optimizer->param_groups().front().options().get_lr()).arg(m_c.backboneLrScale));
        }
        resumeArchive.reset();

        const bool augmenting = m_c.widthShift > 0 || m_c.heightShift > 0 || m_c.horizontalFlip || m_c.maskProbability > 0;
        const bool cached = m_c.cacheFeatures && policy == QLatin1String("frozen") && !augmenting;
        if (cached && !trainCache.built) {
            QElapsedTimer ct;
            ct.start();
            buildCache(trainCache, data.train, vo);
            buildCache(valCache, data.val, vo);
            log(TrainerTr::tr("cached backbone features of %1 + %2 images in %3 s")
                    .arg(data.train.size()).arg(data.val.size()).arg(ct.nsecsElapsed() / 1e9, 0, 'f', 1));
        }
        // Dropout draws depend on (seed, epoch) only: a resumed run repeats them exactly.
        torch::manual_seed(mix(m_c.seed ^ mix(quint64(epoch))));
        net->train();
        std::vector<int> cacheOrder;
        if (cached)
            cacheOrder = epochOrder(data.train.size(), m_c.seed, epoch, true);
        else
            trainLoader.startEpoch(epoch);
        const double waitedBefore = trainLoader.waitedSeconds();
        QElapsedTimer timer; // the epoch's time, pauses left out (m_pausedNs)
        timer.start();
        m_pausedNs = 0;
        double lossSum = 0;
        qint64 correct = 0, seen = 0;
        qint64 epochMasked = 0, epochMaskDrawn = 0, epochNoFace = 0, epochMaskFailed = 0;
        const int batches = trainLoader.batchesPerEpoch();
        bool stopped = false;
        Batch batch;
        int b = 0;
        const double lr = m_c.learningRate;
        while (true) {
            if (!waitWhilePaused()) {
                stopped = true;
                break;
            }
            Tensors t;
            if (cached) {
                // The batch the loader would have made: same positions, unreadable ones dropped.
                const size_t begin = size_t(b) * size_t(m_c.batchSize);
                if (begin >= cacheOrder.size())
                    break;
                ++b;
                std::vector<int64_t> idx;
                for (size_t i = begin; i < std::min(cacheOrder.size(), begin + size_t(m_c.batchSize)); ++i) {
                    const int sample = cacheOrder[i];
                    if (trainCache.ok[size_t(sample)])
                        idx.push_back(sample);
                    else
                        noteSkipped(trainCache.paths[size_t(sample)]);
                }
                batch.count = int(idx.size());
                if (idx.empty())
                    continue;
                const torch::Tensor rows = torch::tensor(idx, torch::kLong).to(m_device);
                t = {trainCache.features.index_select(0, rows), trainCache.labels.index_select(0, rows)};
            } else {
                if (!trainLoader.next(batch))
                    break;
                ++b;
                for (const QString &f : batch.failed)
                    noteSkipped(f);
                noteMasking(batch);
                epochMasked += batch.masked;
                epochMaskDrawn += batch.maskDrawn;
                epochNoFace += batch.noFace.size();
                epochMaskFailed += batch.maskFailed.size();
                if (batch.count == 0)
                    continue;
                t = toTensors(batch, po, m_device);
            }
            optimizer->zero_grad();
            torch::Tensor logits;
            {
                std::optional<AutocastScope> autocast;
                if (m_amp)
                    autocast.emplace(*m_amp);
                logits = cached ? net->head()->forward(t.x) : net->forward(t.x);
            }
            auto [loss, right] = lossAndCorrect(logits.to(torch::kFloat), t.y);
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue))
                throw Error(TrainerTr::tr("The loss became %1 at epoch %2, batch %3: training diverged. Lower the learning rate "
                               "(now %4) or check the data; the last checkpoint (epoch %5) is intact")
                                .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                                .arg(epoch).arg(b).arg(lr).arg(m_result.epochsDone));
            if (m_amp == at::kHalf) {
                (loss * m_lossScale.scale).backward();
                if (m_lossScale.unscale(net->parameters()))
                    optimizer->step();
            } else {
                loss.backward();
                optimizer->step();
            }
            lossSum += lossValue * batch.count;
            correct += right;
            seen += batch.count;

            TrainEvent be;
            be.kind = TrainEvent::Batch;
            be.epoch = epoch;
            be.totalEpochs = totalEpochs;
            be.batch = b;
            be.batches = batches;
            be.stage = policy;
            be.loss = lossSum / double(seen);
            be.accuracy = double(correct) / double(seen);
            be.learningRate = lr;
            be.seconds = (timer.nsecsElapsed() - m_pausedNs) / 1e9;
            be.imagesPerSecond = seen / std::max(1e-9, be.seconds);
            be.dataWaitSeconds = trainLoader.waitedSeconds() - waitedBefore;
            const double epochEstimate = epochsTimed > 0 ? epochSecondsSum / epochsTimed : be.seconds * batches / b;
            be.etaSeconds = std::max(0.0, epochEstimate - be.seconds) + epochEstimate * (totalEpochs - epoch);
            BatchRecord br;
            br.epoch = epoch;
            br.batch = b;
            br.batches = batches;
            br.stage = policy;
            br.loss = lossValue;
            br.accuracy = double(right) / batch.count;
            br.lossMean = be.loss;
            br.accuracyMean = be.accuracy;
            br.learningRate = lr;
            br.imagesPerSecond = be.imagesPerSecond;
            br.dataWaitSeconds = be.dataWaitSeconds;
            event(batchEventJson(br));
            emitEvent(be);
            heartbeat();
        }
        if (stopped) {
            m_result.stopped = true;
            log(TrainerTr::tr("stopped during epoch %1; resuming the run repeats it from the checkpoint of epoch %2").arg(epoch).arg(m_result.epochsDone), TrainEvent::Notice);
            break;
        }
        if (seen == 0)
            throw Error(TrainerTr::tr("Epoch %1: no training image could be read (%2 skipped)").arg(epoch).arg(m_result.skippedImages));
        if (m_c.maskProbability > 0)
            log(TrainerTr::tr("epoch %1 masking: %2 of %3 images masked (%4 drawn); %5 without a face and %6 whose mask did not fit were used unmasked")
                    .arg(epoch).arg(epochMasked).arg(seen).arg(epochMaskDrawn).arg(epochNoFace).arg(epochMaskFailed));
        const double trainSeconds = (timer.nsecsElapsed() - m_pausedNs) / 1e9;
        const double waited = trainLoader.waitedSeconds() - waitedBefore;
        const auto [valLoss, valAcc] = cached ? validateCached(valCache, m_c.batchSize) : validate(valLoader, vo);
        const double seconds = (timer.nsecsElapsed() - m_pausedNs) / 1e9;
        epochSecondsSum += seconds;
        ++epochsTimed;

        const double trainLoss = lossSum / double(seen), trainAcc = double(correct) / double(seen);
        const double ips = seen / std::max(1e-9, trainSeconds);
        EpochRecord er;
        er.metrics.epoch = epoch;
        er.metrics.stage = policy;
        er.metrics.loss = trainLoss;
        er.metrics.accuracy = trainAcc;
        er.metrics.valLoss = valLoss;
        er.metrics.valAccuracy = valAcc;
        er.learningRate = lr;
        er.seconds = seconds;
        er.imagesPerSecond = ips;
        er.dataWaitSeconds = waited;
        metrics.write(metricsRow(er).toUtf8());
        metrics.flush();
        event(epochEventJson(er));

        CheckpointMeta out;
        out.epoch = epoch;
        out.stageIndex = stage;
        out.config = configJson;
        const bool improved = valAcc > m_result.bestValAccuracy; // Keras save_best_only: strictly greater
        if (improved) {
            m_result.bestValAccuracy = valAcc;
            m_result.bestEpoch = epoch;
        }
        out.bestValAccuracy = m_result.bestValAccuracy;
        out.bestEpoch = m_result.bestEpoch;
        if (improved)
            saveCheckpoint(bestPath, net, *optimizer, out);
        saveCheckpoint(lastPath, net, *optimizer, out, QDir(ckptDir).filePath(QString::fromLatin1(checkpoint::kPreviousLast)));
        m_result.epochsDone = epoch;
        setStatus(RunState::Running); // the epoch is checkpointed: a resume starts after it
        if (m_lossScale.skipped > 0) {
            log(TrainerTr::tr("mixed precision: %1 step(s) skipped so far for inf/NaN gradients; loss scale now %2")
                    .arg(m_lossScale.skipped).arg(m_lossScale.scale), TrainEvent::Warning);
        }
        m_result.lastValAccuracy = valAcc;
        m_result.lastTrainAccuracy = trainAcc;

        log(TrainerTr::tr("epoch %1/%2 [%3] loss %4 acc %5 val_loss %6 val_acc %7 %8 s (%9 img/s, waited %10 s for data)%11")
                .arg(epoch).arg(totalEpochs).arg(policy)
                .arg(trainLoss, 0, 'f', 4).arg(trainAcc, 0, 'f', 4).arg(valLoss, 0, 'f', 4).arg(valAcc, 0, 'f', 4)
                .arg(seconds, 0, 'f', 1).arg(ips, 0, 'f', 1).arg(waited, 0, 'f', 2)
                .arg(improved ? TrainerTr::tr(", best so far") : QString()));
        TrainEvent ee;
        ee.kind = TrainEvent::Epoch;
        ee.epoch = epoch;
        ee.totalEpochs = totalEpochs;
        ee.batch = ee.batches = batches;
        ee.stage = policy;
        ee.loss = trainLoss;
        ee.accuracy = trainAcc;
        ee.valLoss = valLoss;
        ee.valAccuracy = valAcc;
        ee.learningRate = lr;
        ee.imagesPerSecond = ips;
        ee.dataWaitSeconds = waited;
        ee.seconds = seconds;
        ee.etaSeconds = (epochSecondsSum / epochsTimed) * (totalEpochs - epoch);
        emitEvent(ee);
        if (m_control && m_control->stop.load() && epoch < totalEpochs) {
            m_result.stopped = true;
            log(TrainerTr::tr("stopped after epoch %1; resume the run to continue (%2)").arg(epoch).arg(m_dir), TrainEvent::Notice);
            break;
        }
    }
    m_result.seconds = total.nsecsElapsed() / 1e9;
    m_result.dataWaitSeconds = trainLoader.waitedSeconds();
    if (m_c.evaluateTest && !m_result.stopped) {
        if (data.test.empty())
            log(TrainerTr::tr("no test split in %1: nothing to evaluate").arg(m_c.data));
        else
            evaluateTest(bestPath);
    }
    if (m_result.skippedImages > 0)
        log(TrainerTr::tr("%1 unreadable image(s) were skipped; see the lines above").arg(m_result.skippedImages));
    if (m_c.maskProbability > 0)
        log(TrainerTr::tr("masking summary: %1 masked, %2 without a face (%3 distinct images) and %4 whose mask did not fit were "
               "trained on unmasked; %5 s of worker time on landmarks and masks")
                .arg(m_result.maskedImages).arg(m_result.noFaceImages).arg(m_noFaceSeen.size())
                .arg(m_result.maskFailedImages).arg(m_result.maskSeconds, 0, 'f', 1));
    return m_result;
}

} // namespace train_detail

using namespace train_detail;

TrainResult runTraining(const TrainConfig &config, TrainControl *control, const TrainCallback &callback)
{
    return guarded([&] { return Run(config, control, callback).run(false); });
}

TrainResult resumeTraining(const QString &runDir, TrainControl *control, const TrainCallback &callback)
{
    const QString configPath = QDir(runDir).filePath(QStringLiteral("config.json"));
    if (!QFileInfo::exists(configPath))
        throw Error(TrainerTr::tr("%1 holds no run (no config.json)").arg(runDir));
    TrainConfig c = TrainConfig::fromJson(readJsonObjectFile(configPath));
    c.outDir = runDir; // the folder may have moved
    return guarded([&] { return Run(c, control, callback).run(true); });
}

} // namespace maskbench
