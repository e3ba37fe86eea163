// Fuzz target for file type sniffing: files::sniffMime, what
// FileService::finish checks an upload's first 16 bytes with. Built like
// fuzz_amount_parse.cpp (see there). Only calls core/files; never edits it.
//
// Properties: never crashes; the answer is one of the three allowed types or
// empty, and is exactly what the file's signature says (PNG's 8 bytes,
// JPEG's SOI + marker, "%PDF-"); the first 16 bytes decide it (what the
// service passes); bytes after a recognised signature never change it.

#include "files/file_service.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

bool startsWith(const QByteArray &data, const char *magic, size_t length)
{
    return size_t(data.size()) >= length && std::memcmp(data.constData(), magic, length) == 0;
}

// The signatures, written out independently of file_service.cpp.
QString expected(const QByteArray &head)
{
    if (startsWith(head, "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a", 8))
        return QStringLiteral("image/png");
    if (startsWith(head, "\xff\xd8\xff", 3))
        return QStringLiteral("image/jpeg");
    if (startsWith(head, "\x25\x50\x44\x46\x2d", 5))
        return QStringLiteral("application/pdf");
    return QString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString mime = azc::files::sniffMime(bytes);
    check(mime == expected(bytes));
    check(mime.isEmpty() || mime == QLatin1String("image/png") || mime == QLatin1String("image/jpeg")
          || mime == QLatin1String("application/pdf"));
    check(azc::files::sniffMime(bytes.left(16)) == mime);
    if (!mime.isEmpty()) {
        check(azc::files::sniffMime(bytes + bytes) == mime);
        check(azc::files::sniffMime(bytes + QByteArray(size % 7, '\0')) == mime);
    }
    return 0;
}
