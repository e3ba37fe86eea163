import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The P2P section: the market (ads of others, with filters), my trades, my
// ads and my payment methods as tabs; opening a trade (taking an ad, or a row
// of My trades) shows the trade screen in their place until "Back".
Item {
    id: page
    objectName: "p2pPage"
    property string tab: "market"
    property string openTradeId: ""

    function openTrade(tradeId) { openTradeId = tradeId }

    // One list for the tab's badge and the My trades tab.
    P2pTradesModel { id: myTrades; objectName: "p2pMyTrades" }
    P2pPaymentMethodsModel { id: myMethods; objectName: "p2pPaymentMethods" }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 16
        spacing: 12

        Rectangle {
            visible: page.openTradeId === ""
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            implicitHeight: tabRow.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            RowLayout {
                id: tabRow
                anchors.fill: parent
                anchors.margins: 4
                spacing: 4
                Repeater {
                    model: [{ key: "market", text: qsTr("Market") },
                            { key: "trades", text: myTrades.activeCount > 0 ? qsTr("My trades (%1 open)").arg(myTrades.activeCount) : qsTr("My trades") },
                            { key: "ads", text: qsTr("My ads") },
                            { key: "methods", text: qsTr("Payment methods") }]
                    delegate: AppButton {
                        required property var modelData
                        objectName: "p2pTab_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        kind: page.tab === modelData.key ? "primary" : "ghost"
                        text: modelData.text
                        onClicked: page.tab = modelData.key
                    }
                }
            }
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: {
                if (page.openTradeId !== "") return tradeView
                switch (page.tab) {
                case "trades": return tradesView
                case "ads": return adsView
                case "methods": return methodsView
                default: return marketView
                }
            }
        }
    }

    Component { id: marketView; P2pMarket { methods: myMethods; onTradeOpened: id => page.openTrade(id) } }
    Component { id: tradesView; P2pTradesList { trades: myTrades; onTradeOpened: id => page.openTrade(id) } }
    Component { id: adsView; P2pMyAds { methods: myMethods; onShowMethods: page.tab = "methods" } }
    Component { id: methodsView; P2pPaymentMethods { methods: myMethods } }
    Component {
        id: tradeView
        P2pTradeView {
            tradeId: page.openTradeId
            showBack: true
            onBack: page.openTradeId = ""
        }
    }
}
