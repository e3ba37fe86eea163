#include "support/review_queue_model.h"

namespace azc {

ReviewQueueModel::ReviewQueueModel(QStringList keys, int pageSize, int maxPageSize, QObject *parent)
    : PagedListModel(std::move(keys), pageSize, maxPageSize, parent), m_documents(new ReviewDocuments(this))
{
    connect(m_documents, &ReviewDocuments::changed, this, &ReviewQueueModel::documentChanged);
}

} // namespace azc
