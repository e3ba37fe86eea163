#include "files/thumbnail_maker.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace azc::files {

namespace {

Error cannotPreview()
{
    return fail("unsupported_type", QStringLiteral("this image cannot be previewed"));
}

} // namespace

Result<Thumbnail> makeThumbnail(QIODevice *image, const ThumbnailBudget &budget)
{
    QImageReader reader(image);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    // Whatever the header claims, never more than the pixel budget in memory
    // (Qt's limit is in megabytes of the decoded 32-bit image).
    reader.setAllocationLimit(int(qMax<qint64>(1, budget.maxPixels * 4 / (1024 * 1024))));
    const QSize full = reader.size();
    if (!full.isValid() || full.isEmpty() || qint64(full.width()) * full.height() > budget.maxPixels)
        return cannotPreview();
    reader.setScaledSize(full.scaled(budget.edge, budget.edge, Qt::KeepAspectRatio).boundedTo(full));
    QImage decoded = reader.read();
    if (decoded.isNull())
        return cannotPreview();
    // Some formats ignore the scaled size: make sure the preview is small.
    if (decoded.width() > budget.edge || decoded.height() > budget.edge)
        decoded = decoded.scaled(budget.edge, budget.edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QImage rgb = decoded.convertToFormat(QImage::Format_RGB32);
    Thumbnail out;
    out.size = rgb.size();
    for (int quality : {80, 65, 50, 35}) {
        out.jpeg.clear();
        QBuffer buffer(&out.jpeg);
        buffer.open(QIODevice::WriteOnly);
        rgb.save(&buffer, "JPEG", quality);
        if (!out.jpeg.isEmpty() && out.jpeg.size() <= budget.maxBytes)
            return out;
    }
    return fail("internal_error", QStringLiteral("the preview could not be made"));
}

} // namespace azc::files
