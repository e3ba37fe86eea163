// Fuzz target for chat image previews (files::makeThumbnail): the bytes of
// anything uploaded as PNG or JPEG, decoded on the backend's preview
// thread. Built like fuzz_amount_parse.cpp (see there). The pixel budget is
// smaller than the server's so each input stays fast; the code path is the
// same.
//
// Properties: never crashes, never decodes beyond the budget; a preview is
// a JPEG that decodes, fits the edge and the byte limit, and has the size
// it says.

#include "files/thumbnail_maker.h"

#include <QBuffer>
#include <QImage>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    const azc::files::ThumbnailBudget budget{64, 4'000'000, 16 * 1024};
    const auto made = azc::files::makeThumbnail(&device, budget);
    if (!made) {
        check(made.error().reason == QLatin1String("unsupported_type")
              || made.error().reason == QLatin1String("internal_error"));
        return 0;
    }
    check(made->jpeg.startsWith("\xff\xd8") && made->jpeg.size() <= budget.maxBytes);
    check(made->size.width() <= budget.edge && made->size.height() <= budget.edge && !made->size.isEmpty());
    const QImage back = QImage::fromData(made->jpeg, "JPEG");
    check(back.size() == made->size);
    return 0;
}
