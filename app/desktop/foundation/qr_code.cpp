#include "foundation/qr_code.h"

#include <QUrl>
#include <qrencode.h>

namespace azc {

QImage renderQrCode(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int kQuietZone = 4;
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1)) // bit 0: a dark module
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + kQuietZone) * moduleSize + dy);
                std::fill_n(line + (x + kQuietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    QRcode_free(code);
    return image;
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    // Whole pixels per module keep the edges sharp for the camera.
    const int wanted = requestedSize.width() > 0 ? requestedSize.width() : 240;
    QImage probe = renderQrCode(text, 1);
    if (probe.isNull())
        return {};
    const QImage image = renderQrCode(text, qMax(1, wanted / probe.width()));
    if (size)
        *size = image.size();
    return image;
}

} // namespace azc
