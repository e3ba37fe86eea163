#include "foundation/qr_decoder.h"

#include <zbar.h>

namespace azc {

QString decodeCodeInImage(const QImage &source)
{
    if (source.isNull())
        return {};
    // zbar reads 8-bit grey ("Y800"); a scanner per call keeps it re-entrant.
    const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(grey.width() * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
    zbar::ImageScanner scanner;
    scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    scanner.set_config(zbar::ZBAR_CODE128, zbar::ZBAR_CFG_ENABLE, 1);
    zbar::Image image(unsigned(grey.width()), unsigned(grey.height()), "Y800", pixels.constData(),
                      unsigned(pixels.size()));
    if (scanner.scan(image) <= 0)
        return {};
    for (auto symbol = image.symbol_begin(); symbol != image.symbol_end(); ++symbol)
        return QString::fromStdString(symbol->get_data());
    return {};
}

} // namespace azc
