// Image previews for chat bubbles: a JPEG of at most 320 px on the long side
// that fits one WebSocket reply, decoded at the preview's size (a 10 MB photo
// is never decoded whole) and kept under thumbs/ by the content's hash, so
// de-duplicated uploads share one preview too.

#include "files/file_service.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

namespace azc::files {

namespace {

constexpr qint64 kMaxPixels = 50'000'000; // beyond this a "picture" is a decompression bomb, not a photo

} // namespace

Result<QJsonObject> FileService::thumbnail(const server::Caller &caller, const QString &fileId)
{
    auto f = readable(caller, fileId);
    if (!f)
        return f.error();
    if (f->mime != QLatin1String("image/png") && f->mime != QLatin1String("image/jpeg"))
        return fail("unsupported_type", QStringLiteral("only images have previews"));
    const QString path = m_dataDir + QStringLiteral("/thumbs/") + f->sha256 + QStringLiteral(".jpg");
    QByteArray jpeg;
    QSize size;
    if (QFile cached(path); cached.open(QIODevice::ReadOnly)) {
        jpeg = cached.readAll();
        size = QImage::fromData(jpeg, "JPEG").size();
    }
    if (jpeg.isEmpty() || size.isEmpty()) {
        QImageReader reader(blobPath(f->sha256));
        reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
        const QSize full = reader.size();
        if (!full.isValid() || qint64(full.width()) * full.height() > kMaxPixels)
            return fail("unsupported_type", QStringLiteral("this image cannot be previewed"));
        reader.setScaledSize(full.scaled(kThumbnailEdge, kThumbnailEdge, Qt::KeepAspectRatio).boundedTo(full));
        const QImage image = reader.read();
        if (image.isNull())
            return fail("unsupported_type", QStringLiteral("this image cannot be previewed"));
        // Lower the quality until it fits one reply.
        for (int quality : {80, 65, 50, 35}) {
            QBuffer out(&jpeg);
            jpeg.clear();
            out.open(QIODevice::WriteOnly);
            image.convertToFormat(QImage::Format_RGB32).save(&out, "JPEG", quality);
            if (jpeg.size() <= kChunkSize)
                break;
        }
        if (jpeg.isEmpty() || jpeg.size() > kChunkSize)
            return fail("internal_error", QStringLiteral("the preview could not be made"));
        size = image.size();
        QDir().mkpath(m_dataDir + QStringLiteral("/thumbs"));
        QSaveFile save(path); // a crash never leaves half a preview behind
        if (save.open(QIODevice::WriteOnly)) {
            save.write(jpeg);
            if (!save.commit())
                qWarning("files: cannot keep the preview of %s", qPrintable(f->id));
        }
    }
    return QJsonObject{{QStringLiteral("data"), QString::fromLatin1(jpeg.toBase64())},
                       {QStringLiteral("mime"), QStringLiteral("image/jpeg")},
                       {QStringLiteral("width"), size.width()},
                       {QStringLiteral("height"), size.height()}};
}

} // namespace azc::files
