import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// Points: partners' loyalty points across every partner, each with its page
// (terms in words, the Swap panel, its history), the requests partners sent
// the user, and every swap the user made, as three tabs. The models live
// here so switching tabs keeps them loaded.
Item {
    id: page
    objectName: "pointsPage"
    property string tab: "points"
    property string selected: ""

    BridgePointsModel {
        id: pointsModel
        objectName: "bridgePoints"
        // The first point is shown until the user picks one; a point that left the list is let go.
        onRevisionChanged: if (page.selected === "" || pointsModel.byCode(page.selected).code === undefined)
                               page.selected = pointsModel.count > 0 ? pointsModel.get(0).code : ""
    }
    BridgeConsentsModel { id: consentsModel; objectName: "bridgeConsents" }
    WalletBalancesModel { id: walletBalances; objectName: "pointsBalances" }
    BridgeSwapsModel { id: allSwaps; objectName: "bridgeAllSwaps" }

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        PageHeader {
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            title: qsTr("Points")
            subtitle: qsTr("Loyalty points of our partners, backed by reserves: swap them for coin and back at the partner's terms.")
        }
        Rectangle {
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
                    model: [{ key: "points", text: qsTr("My points") },
                            { key: "requests", text: consentsModel.count > 0 ? qsTr("Requests from partners (%1)").arg(consentsModel.count) : qsTr("Requests from partners") },
                            { key: "history", text: qsTr("Swap history") }]
                    delegate: AppButton {
                        required property var modelData
                        objectName: "pointsTab_" + modelData.key
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
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            Layout.bottomMargin: 16
            sourceComponent: page.tab === "requests" ? requestsView : page.tab === "history" ? historyView : pointsView
        }
    }

    Component {
        id: pointsView
        RowLayout {
            spacing: 16
            ListView {
                id: list
                objectName: "pointList"
                Layout.preferredWidth: 320
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: pointsModel
                ScrollBar.vertical: ScrollBar {}
                delegate: PointRow {
                    width: list.width
                    current: page.selected === itemId
                    onClicked: page.selected = itemId
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 24
                    visible: list.count === 0 && !pointsModel.busy
                    iconName: "points"
                    text: qsTr("No partner offers points yet.")
                }
            }
            PointView {
                visible: page.selected !== ""
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 600 // not the content's width: that follows ours (a polish loop otherwise)
                points: pointsModel
                balances: walletBalances
                code: page.selected
            }
            Item {
                visible: page.selected === ""
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
    Component { id: requestsView; ConsentsView { consents: consentsModel } }
    Component {
        id: historyView
        ScrollView {
            id: historyScroll
            contentWidth: availableWidth
            clip: true
            ColumnLayout {
                width: historyScroll.availableWidth
                spacing: 10
                Card {
                    Layout.fillWidth: true
                    title: qsTr("Every swap")
                    subtitle: qsTr("Made in the app or at a partner's request, newest first.")
                    Repeater {
                        model: allSwaps
                        delegate: SwapRow { Layout.fillWidth: true }
                    }
                    AppButton {
                        visible: allSwaps.canLoadMore
                        kind: "ghost"
                        text: qsTr("Show more")
                        onClicked: allSwaps.loadMore()
                    }
                    PlainLabel {
                        visible: allSwaps.count === 0 && !allSwaps.loading
                        text: qsTr("You have not swapped any points yet.")
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
