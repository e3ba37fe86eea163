import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// One point's page: who issues it and what the user holds, a banner while
// it is paused, its policy in words, the Swap panel, and the point's swaps
// and wallet history.
ScrollView {
    id: view
    property BridgePointsModel points
    property WalletBalancesModel balances
    property string code: ""
    readonly property var point: { if (!points) return ({}); void points.revision; return points.byCode(code) }
    property string historyTab: "swaps"

    objectName: "pointView"
    contentWidth: availableWidth
    clip: true

    BridgeSwapsModel { id: swaps; objectName: "pointSwaps"; point: view.code }
    BridgeHistoryModel { id: history; objectName: "pointHistory"; point: view.code }

    ColumnLayout {
        width: view.availableWidth
        spacing: 14

        // Who and how much.
        Card {
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                spacing: 14
                PointIcon { fileId: view.point.iconFileId || ""; name: view.point.name || ""; size: 56 }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel {
                        Layout.fillWidth: true
                        text: view.point.name || ""
                        font.pixelSize: 20
                        font.weight: Font.Bold
                        color: Theme.text
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignLeft
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · backed by %3").arg(view.point.orgName || "").arg(BridgeWords.kind(view.point.kind)).arg(view.point.coin || "")
                        color: Theme.textMuted
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignLeft
                    }
                }
                ColumnLayout {
                    spacing: 4
                    PlainLabel { Layout.alignment: Qt.AlignRight; text: qsTr("Your balance"); color: Theme.textMuted; font.pixelSize: 12 }
                    PlainLabel {
                        objectName: "pointBalance"
                        Layout.alignment: Qt.AlignRight
                        text: (view.point.balance || "0") + " " + (view.point.code || "")
                        font.pixelSize: 20
                        font.weight: Font.Bold
                        color: Theme.text
                    }
                    StatusChip { Layout.alignment: Qt.AlignRight; text: BridgeWords.pointStatus(view.point.status); tone: BridgeWords.pointTone(view.point.status) }
                }
            }
        }

        Rectangle {
            objectName: "pointPausedBanner"
            visible: view.point.status === "paused"
            Layout.fillWidth: true
            implicitHeight: pausedText.implicitHeight + 28
            radius: Theme.radius
            color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.14)
            border.color: Theme.warning
            PlainLabel {
                id: pausedText
                anchors.fill: parent
                anchors.margins: 14
                wrapMode: Text.WordWrap
                color: Theme.text
                horizontalAlignment: Text.AlignLeft
                text: qsTr("This point is paused: nothing can be swapped until the platform resumes it. Your balance is kept.")
            }
        }

        // The Swap panel and the terms side by side when there is room, stacked otherwise.
        GridLayout {
            Layout.fillWidth: true
            columns: view.availableWidth >= 980 ? 2 : 1
            columnSpacing: 14
            rowSpacing: 14
            SwapPanel {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                point: view.point
                balances: view.balances
            }
            // The policy in words.
            Card {
                objectName: "pointPolicy"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Terms")
                subtitle: view.point.policy ? "" : qsTr("The partner has no approved policy for this point yet.")
                Repeater {
                    model: BridgeWords.policyLines(view.point)
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 12
                        PlainLabel { text: modelData.label; color: Theme.textMuted; Layout.preferredWidth: 130; wrapMode: Text.WordWrap }
                        PlainLabel { text: modelData.value; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.WordWrap; horizontalAlignment: Text.AlignLeft }
                    }
                }
                PlainLabel {
                    Layout.fillWidth: true
                    visible: !!view.point.policy
                    wrapMode: Text.WordWrap
                    color: view.point.covered ? Theme.textMuted : Theme.warning
                    font.pixelSize: 12
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Reserve now: %1 %2 for %3 %4 outstanding (%5 % covered).")
                          .arg(view.point.reserve || "0").arg(view.point.coin || "").arg(view.point.outstanding || "0")
                          .arg(view.point.code || "").arg(view.point.coveragePercent || "0")
                }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("History")
            actions: [
                AppButton { objectName: "pointHistoryTab_swaps"; kind: view.historyTab === "swaps" ? "primary" : "ghost"; text: qsTr("Swaps"); onClicked: view.historyTab = "swaps" },
                AppButton { objectName: "pointHistoryTab_wallet"; kind: view.historyTab === "wallet" ? "primary" : "ghost"; text: qsTr("Wallet"); onClicked: view.historyTab = "wallet" }
            ]
            Repeater {
                model: view.historyTab === "swaps" ? swaps : null
                delegate: SwapRow { Layout.fillWidth: true }
            }
            AppButton {
                visible: view.historyTab === "swaps" && swaps.canLoadMore
                kind: "ghost"
                text: qsTr("Show more")
                onClicked: swaps.loadMore()
            }
            Repeater {
                model: view.historyTab === "wallet" ? history : null
                delegate: RowLayout {
                    required property string signedAmount
                    required property bool incoming
                    required property string code
                    required property var createdAt
                    Layout.fillWidth: true
                    spacing: 12
                    PlainLabel { text: Labels.dateTime(Number(createdAt)); color: Theme.textMuted; font.pixelSize: 12; Layout.preferredWidth: 150 }
                    PlainLabel { text: code; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight; horizontalAlignment: Text.AlignLeft }
                    PlainLabel { text: signedAmount + " " + view.code; color: incoming ? Theme.success : Theme.danger; font.weight: Font.DemiBold }
                }
            }
            PlainLabel {
                visible: (view.historyTab === "swaps" ? swaps.count : history.count) === 0
                text: view.historyTab === "swaps" ? qsTr("No swaps of this point yet.") : qsTr("Nothing has moved in this point yet.")
                color: Theme.textMuted
            }
        }
    }
}
