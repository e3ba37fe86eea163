#include "foundation/barcode.h"

#include <QPainter>
#include <QUrl>

namespace azc {

namespace {

// The 107 Code 128 symbols as bar/space widths (6 digits each; stop has 7).
const char *const kPatterns[] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312",
    "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132", "221231", "213212",
    "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211", "212123", "212321", "232121",
    "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331",
    "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123",
    "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111", "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112", "142211", "241211", "221114",
    "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112",
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};
constexpr int kStartB = 104;
constexpr int kStop = 106;

} // namespace

QList<int> code128Widths(const QString &text)
{
    QList<int> symbols{kStartB};
    int checksum = kStartB;
    int position = 1;
    for (QChar c : text) {
        const int code = c.unicode();
        if (code < 32 || code > 127)
            return {};
        const int value = code - 32;
        symbols.append(value);
        checksum += value * position++;
    }
    symbols.append(checksum % 103);
    symbols.append(kStop);
    QList<int> widths;
    for (int s : symbols)
        for (const char *p = kPatterns[s]; *p; ++p)
            widths.append(*p - '0');
    return widths;
}

QImage renderCode128(const QString &text, int module, int height)
{
    const QList<int> widths = code128Widths(text);
    if (widths.isEmpty() || module < 1 || height < 1)
        return {};
    int modules = 20;
    for (int w : widths)
        modules += w;
    QImage image(modules * module, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    int x = 10 * module;
    bool bar = true;
    for (int w : widths) {
        if (bar)
            painter.fillRect(x, 0, w * module, height, Qt::black);
        x += w * module;
        bar = !bar;
    }
    return image;
}

QImage BarcodeImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    const int modules = 20 + int(code128Widths(text).size()) * 11 / 6 + 2;
    const int module = requestedSize.width() > 0 ? qMax(1, requestedSize.width() / qMax(1, modules)) : 2;
    const QImage image = renderCode128(text, module, requestedSize.height() > 0 ? requestedSize.height() : 80);
    if (size)
        *size = image.size();
    return image;
}

} // namespace azc
