#include "files/files_module.h"

#include "files/file_methods.h"
#include "files/file_service.h"

#include <QTimer>

namespace azc::files {

namespace {

constexpr qint64 kStaleUploadMs = 24LL * 3600 * 1000;

class FilesModule : public module::DomainModule
{
public:
    QString name() const override { return QStringLiteral("files"); }
    QList<module::Schema> schema(storage::Dialect) const override
    {
        return {{QStringLiteral("files"), FileService::migrations()}};
    }
    Status open(module::Context &c) override
    {
        m_files = &c.services.add(std::make_unique<FileService>(c.db, c.dataDir, c.clock));
        return okStatus();
    }
    Status declareMethods(module::Context &c) override
    {
        declareFileMethods(c.methods, *m_files);
        return okStatus();
    }
    // Uploads left unfinished for a day are abandoned: free their space.
    void serve(module::Context &) override
    {
        m_janitor = std::make_unique<QTimer>();
        m_janitor->setInterval(std::chrono::hours(1));
        QObject::connect(m_janitor.get(), &QTimer::timeout, [files = m_files] {
            (void)files->purgeStaleUploads(kStaleUploadMs);
        });
        m_janitor->start();
        (void)m_files->purgeStaleUploads(kStaleUploadMs);
    }
    void stop(module::Context &) override { m_janitor.reset(); }

private:
    FileService *m_files = nullptr;
    std::unique_ptr<QTimer> m_janitor;
};

} // namespace

std::unique_ptr<module::DomainModule> filesModule()
{
    return std::make_unique<FilesModule>();
}

} // namespace azc::files
