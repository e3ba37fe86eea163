#include "miniprograms/program_catalogue.h"

#include "foundation/event_hub.h"

#include <QJsonArray>

namespace azc {

ProgramCatalogueModel::ProgramCatalogueModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
                       QStringLiteral("category"), QStringLiteral("icon"), QStringLiteral("developer"),
                       QStringLiteral("installed"), QStringLiteral("lastOpenedAt")},
                      parent)
{
}

void ProgramCatalogueModel::setQuery(const QString &q)
{
    if (q == m_query)
        return;
    m_query = q;
    emit queryChanged();
    reload();
}

void ProgramCatalogueModel::setCategory(const QString &c)
{
    if (c == m_category)
        return;
    m_category = c;
    emit categoryChanged();
    reload();
}

void ProgramCatalogueModel::setMineOnly(bool mine)
{
    if (mine == m_mineOnly)
        return;
    m_mineOnly = mine;
    emit mineOnlyChanged();
    reload();
}

void ProgramCatalogueModel::onAttached()
{
    events()->on(Topic::MiniProgramsChanged, this, [this](const ServerEvent &) { reload(); });
    reload();
}

void ProgramCatalogueModel::reload()
{
    if (!context())
        return;
    if (m_mineOnly) {
        request(QStringLiteral("miniprograms.installed"), {},
                [this](const QJsonObject &r) { setRowsFrom(r.value(QStringLiteral("programs"))); });
        return;
    }
    QJsonObject params;
    if (!m_query.trimmed().isEmpty())
        params.insert(QStringLiteral("query"), m_query.trimmed().left(100));
    if (!m_category.isEmpty())
        params.insert(QStringLiteral("category"), m_category);
    request(QStringLiteral("miniprograms.catalogue"), params, [this](const QJsonObject &r) {
        setRowsFrom(r.value(QStringLiteral("programs")));
        QStringList cats;
        for (const QJsonValue &c : r.value(QStringLiteral("categories")).toArray())
            cats.append(c.toString());
        if (cats != m_categories) {
            m_categories = cats;
            emit categoriesChanged();
        }
    });
}

void ProgramCatalogueModel::install(const QString &programId)
{
    request(QStringLiteral("miniprograms.install"), {{QStringLiteral("programId"), programId}}, [this](const QJsonObject &) { reload(); });
}

void ProgramCatalogueModel::remove(const QString &programId)
{
    request(QStringLiteral("miniprograms.remove"), {{QStringLiteral("programId"), programId}}, [this](const QJsonObject &) { reload(); });
}

} // namespace azc
