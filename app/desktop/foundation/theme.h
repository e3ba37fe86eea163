#pragma once
// Colours of the light and dark themes. QML binds to these instead of
// hard-coding colours, so switching the theme repaints everything at once.

#include <QColor>
#include <QObject>
#include <QQmlEngine>

namespace azc {

class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY changed)
    Q_PROPERTY(QColor window READ window NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor surfaceAlt READ surfaceAlt NOTIFY changed)
    Q_PROPERTY(QColor rail READ rail NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor textMuted READ textMuted NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor accentSoft READ accentSoft NOTIFY changed)
    Q_PROPERTY(QColor onAccent READ onAccent NOTIFY changed)
    Q_PROPERTY(QColor success READ success NOTIFY changed)
    Q_PROPERTY(QColor warning READ warning NOTIFY changed)
    Q_PROPERTY(QColor danger READ danger NOTIFY changed)
    Q_PROPERTY(QColor brandStart READ brandStart CONSTANT)
    Q_PROPERTY(QColor brandEnd READ brandEnd CONSTANT)
    Q_PROPERTY(int radius READ radius CONSTANT)
public:
    // No default constructor: QML must take the context's instance through create().
    explicit Theme(QObject *parent);
    static Theme *create(QQmlEngine *qml, QJSEngine *js);

    bool dark() const { return m_dark; }
    void setDark(bool dark);
    Q_INVOKABLE void toggle() { setDark(!m_dark); }

    QColor window() const { return pick("#f4f6fb", "#0f1420"); }
    QColor surface() const { return pick("#ffffff", "#171e2e"); }
    QColor surfaceAlt() const { return pick("#eef1f8", "#1f283b"); }
    QColor rail() const { return pick("#ffffff", "#131a28"); }
    QColor border() const { return pick("#dde2ee", "#2a3449"); }
    QColor text() const { return pick("#171c2b", "#e8ecf5"); }
    QColor textMuted() const { return pick("#5d6780", "#9aa5bd"); }
    QColor accent() const { return pick("#4f46e5", "#8b85ff"); }
    QColor accentSoft() const { return pick("#e8e7fd", "#2a2d5c"); }
    QColor onAccent() const { return pick("#ffffff", "#0f1420"); }
    QColor success() const { return pick("#12805c", "#41c994"); }
    QColor warning() const { return pick("#b45309", "#f0b253"); }
    QColor danger() const { return pick("#c52a3a", "#ff7081"); }
    QColor brandStart() const { return QColor("#4f46e5"); }
    QColor brandEnd() const { return QColor("#0ea5a4"); }
    int radius() const { return 12; }

signals:
    void changed();

private:
    QColor pick(const char *light, const char *darkColor) const
    {
        return QColor(QLatin1String(m_dark ? darkColor : light));
    }

    bool m_dark = false;
};

} // namespace azc
