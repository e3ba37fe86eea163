#pragma once
// The mini-program catalogue as the user browses it (search, categories,
// install/remove), or only theirs (installed or recently opened, most
// recent first). Reloads when the platform lists, rolls back or suspends one.

#include "foundation/remote_list_model.h"

namespace azc {

class ProgramCatalogueModel : public RemoteListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MiniProgramCatalogue)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(bool mineOnly READ mineOnly WRITE setMineOnly NOTIFY mineOnlyChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY categoriesChanged)
public:
    explicit ProgramCatalogueModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &q);
    QString category() const { return m_category; }
    void setCategory(const QString &c);
    bool mineOnly() const { return m_mineOnly; }
    void setMineOnly(bool mine);
    QStringList categories() const { return m_categories; }

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE void install(const QString &programId);
    Q_INVOKABLE void remove(const QString &programId);

signals:
    void queryChanged();
    void categoryChanged();
    void mineOnlyChanged();
    void categoriesChanged();

protected:
    void onAttached() override;

private:
    QString m_query, m_category;
    bool m_mineOnly = false;
    QStringList m_categories;
};

} // namespace azc
