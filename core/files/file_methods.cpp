#include "files/file_methods.h"

#include "files/file_service.h"
#include "server/method_table.h"

namespace azc::files {

using server::Param;
using server::RateClass;
using server::Role;

void declareFileMethods(server::MethodTable &t, FileService &files)
{
    FileService *f = &files;
    t.declare({.name = QStringLiteral("files.beginUpload"), .role = Role::User,
               .params = {Param::string(QStringLiteral("name"), 1, 128), Param::string(QStringLiteral("mime"), 1, 64),
                Param::integer(QStringLiteral("size"), 1, FileService::kMaxSize * 1024),
                Param::string(QStringLiteral("sha256"), 64, 64).matching(QStringLiteral("[0-9a-fA-F]{64}")),
                Param::string(QStringLiteral("purpose"), 1, 16).matching(QStringLiteral("kyc|chat|bundle"))},
               .rateClass = RateClass::Write, .handler = [f](server::CallContext &ctx, const QJsonObject &p) {
                   return f->begin(ctx.user().userId, p.value(QStringLiteral("name")).toString(),
                                   p.value(QStringLiteral("mime")).toString(),
                                   p.value(QStringLiteral("size")).toInteger(),
                                   p.value(QStringLiteral("sha256")).toString(),
                                   p.value(QStringLiteral("purpose")).toString());
               }});
    t.declare({.name = QStringLiteral("files.uploadChunk"), .role = Role::User,
               .params = {Param::string(QStringLiteral("uploadId"), 1, 64),
                Param::integer(QStringLiteral("offset"), 0, FileService::kMaxSize),
                Param::string(QStringLiteral("data"), 1, (FileService::kChunkSize / 3) * 4 + 4)
                    .matching(QStringLiteral("[A-Za-z0-9+/]*={0,2}"))},
               .rateClass = RateClass::Upload, .handler = [f](server::CallContext &ctx, const QJsonObject &p) {
                   return f->chunk(ctx.user().userId, p.value(QStringLiteral("uploadId")).toString(),
                                   p.value(QStringLiteral("offset")).toInteger(),
                                   QByteArray::fromBase64(p.value(QStringLiteral("data")).toString().toLatin1()));
               }});
    t.declare({.name = QStringLiteral("files.finishUpload"), .role = Role::User, .params = {Param::string(QStringLiteral("uploadId"), 1, 64)},
               .rateClass = RateClass::Write, .handler = [f](server::CallContext &ctx, const QJsonObject &p) -> Result<QJsonObject> {
                   auto stored = f->finish(ctx.user().userId, p.value(QStringLiteral("uploadId")).toString());
                   if (!stored)
                       return stored.error();
                   return QJsonObject{{QStringLiteral("file"), stored->toJson()}};
               }});
    t.declare({.name = QStringLiteral("files.download"), .role = Role::User,
               .params = {Param::string(QStringLiteral("fileId"), 1, 64),
                Param::integer(QStringLiteral("offset"), 0, FileService::kMaxSize),
                Param::integer(QStringLiteral("length"), 1, FileService::kChunkSize).optional()},
               .rateClass = RateClass::Upload, .handler = [f](server::CallContext &ctx, const QJsonObject &p) {
                   return f->read(ctx.user(), p.value(QStringLiteral("fileId")).toString(),
                                  p.value(QStringLiteral("offset")).toInteger(),
                                  p.value(QStringLiteral("length")).toInteger());
               }});
    t.declare({.name = QStringLiteral("files.thumbnail"), .role = Role::User, .params = {Param::string(QStringLiteral("fileId"), 1, 64)},
               .rateClass = RateClass::Upload, .asyncHandler = [f](server::CallContext &ctx, const QJsonObject &p, server::Reply reply) {
                   f->thumbnail(ctx.user(), p.value(QStringLiteral("fileId")).toString(), reply);
               }});
}

} // namespace azc::files
