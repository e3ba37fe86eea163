// Image previews for chat bubbles: a JPEG of at most 320 px on the long side
// that fits one WebSocket reply (thumbnail_maker.h), kept under thumbs/ by
// the content's hash, so de-duplicated uploads share one preview too.
// Decoding runs on one worker thread: a 7000×7000 PNG takes about a second
// to decode, and the backend thread serves every socket. Requests for an
// image already being decoded wait for that one; at most a few distinct
// images wait at once (beyond that: rate_limited), and an answer that takes
// longer than the time budget is given up on (the worker still finishes and
// keeps the preview for the next request).

#include "files/file_service.h"
#include "files/thumbnail_maker.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>

namespace azc::files {

struct FileService::Previews {
    QThreadPool pool;
    QObject context; // lives on the backend thread; results are queued to it
    QHash<QString, QList<std::function<void(Result<QJsonObject>)>>> waiting; // by content hash
    Previews() { pool.setMaxThreadCount(1); }
    ~Previews() { pool.waitForDone(); }
};

FileService::~FileService() = default;

namespace {

QJsonObject previewJson(const QByteArray &jpeg, const QSize &size)
{
    return QJsonObject{{QStringLiteral("data"), QString::fromLatin1(jpeg.toBase64())},
                       {QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                       {QStringLiteral("width"), size.width()},
                       {QStringLiteral("height"), size.height()}};
}

} // namespace

void FileService::thumbnail(const server::Caller &caller, const QString &fileId,
                            std::function<void(Result<QJsonObject>)> reply)
{
    auto f = readable(caller, fileId);
    if (!f)
        return reply(f.error());
    if (f->mime != QLatin1String("image/png") && f->mime != QLatin1String("image/jpeg"))
        return reply(fail("unsupported_type", QStringLiteral("only images have previews")));
    const QString sha = f->sha256;
    const QString path = m_dataDir + QStringLiteral("/thumbs/") + sha + QStringLiteral(".jpg");
    if (QFile cached(path); cached.open(QIODevice::ReadOnly)) {
        const QByteArray jpeg = cached.readAll();
        QImageReader header(path); // the size only: nothing is decoded
        const QSize size = header.size();
        if (!jpeg.isEmpty() && size.isValid())
            return reply(previewJson(jpeg, size));
    }
    if (!m_previews)
        m_previews = std::make_shared<Previews>();
    Previews &p = *m_previews;
    if (auto joining = p.waiting.find(sha); joining != p.waiting.end())
        return joining->append(std::move(reply));
    if (p.waiting.size() >= kMaxPreviewsInFlight)
        return reply(fail("rate_limited", QStringLiteral("previews are busy; try again shortly"),
                          {{QStringLiteral("retryAfterMs"), 1000}}));
    p.waiting.insert(sha, {std::move(reply)});

    // Answers everyone waiting for this image, once (the result or the time budget, whichever is first).
    auto answer = [this, sha](const Result<QJsonObject> &result) {
        if (!m_previews)
            return;
        const auto replies = m_previews->waiting.take(sha);
        for (const auto &each : replies)
            each(result);
    };
    auto *budget = new QTimer(&p.context);
    budget->setSingleShot(true);
    QObject::connect(budget, &QTimer::timeout, &p.context, [answer, budget] {
        budget->deleteLater();
        answer(fail("unsupported_type", QStringLiteral("this image took too long to preview")));
    });
    budget->start(kPreviewTimeBudgetMs);
    QPointer<QTimer> budgetAlive(budget);

    const QString blob = blobPath(sha);
    const QString thumbs = m_dataDir + QStringLiteral("/thumbs");
    p.pool.start([&p, blob, thumbs, path, fileId = f->id, answer, budgetAlive] {
        QFile source(blob);
        Result<Thumbnail> made = source.open(QIODevice::ReadOnly)
                                         ? makeThumbnail(&source, ThumbnailBudget{kThumbnailEdge, 50'000'000, kChunkSize})
                                         : Result<Thumbnail>(fail("not_found", QStringLiteral("the file's content is missing")));
        if (made) {
            QDir().mkpath(thumbs);
            QSaveFile save(path); // a crash never leaves half a preview behind
            if (!save.open(QIODevice::WriteOnly) || save.write(made->jpeg) != made->jpeg.size() || !save.commit())
                qWarning("files: cannot keep the preview of %s", qPrintable(fileId));
        }
        QMetaObject::invokeMethod(&p.context, [made, answer, budgetAlive] {
            if (!budgetAlive)
                return; // the time budget answered already
            budgetAlive->stop();
            budgetAlive->deleteLater();
            answer(made ? Result<QJsonObject>(previewJson(made->jpeg, made->size)) : Result<QJsonObject>(made.error()));
        }, Qt::QueuedConnection);
    });
}

} // namespace azc::files
