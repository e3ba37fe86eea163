import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// "Is my balance included?" The latest published snapshot, and for one asset
// the user's inclusion proof, checked on this computer: the tree is rebuilt
// from the user's own balance up to the published root and total.
Flickable {
    id: view
    objectName: "verifyBalanceView"
    property bool active: false
    signal back()

    contentHeight: column.implicitHeight + 40
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ReserveProofModel { id: proof; objectName: "reserveProof" }
    onActiveChanged: if (active) proof.reload()

    readonly property string verdictTone: proof.verdict === ReserveProofModel.Verified ? "success"
                                        : proof.verdict === ReserveProofModel.Failed ? "danger"
                                        : proof.verdict === ReserveProofModel.NotIncluded ? "warning" : "neutral"

    ColumnLayout {
        id: column
        x: 32
        width: Math.min(view.width - 64, 960)
        spacing: 18

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            AppButton {
                objectName: "verifyBack"
                kind: "ghost"
                text: qsTr("Back to wallet")
                onClicked: view.back()
            }
            Item { Layout.fillWidth: true }
        }
        PageHeader {
            title: qsTr("Verify my balance is included")
            subtitle: qsTr("AZCoiner publishes a fingerprint (a Merkle sum tree) of everything it owes its users. Your app checks here, without trusting the server, that your balance is counted in it.")
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Latest published snapshot")
            subtitle: proof.hasSnapshot
                      ? qsTr("Published %1 by %2").arg(Labels.dateTime(proof.snapshot.createdAt))
                            .arg(proof.snapshot.publishedBy ? proof.snapshot.publishedBy.displayName : "")
                      : qsTr("No proof of reserves has been published yet.")

            Repeater {
                model: proof.snapshotAssets
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 16
                    PlainLabel { text: modelData.asset; font.weight: Font.Bold; color: Theme.text; Layout.preferredWidth: 60 }
                    PlainLabel {
                        text: qsTr("Owed to users: %1 %2").arg(modelData.total).arg(modelData.asset)
                        color: Theme.text
                        Layout.preferredWidth: 300
                        elide: Text.ElideRight
                    }
                    PlainLabel { text: qsTr("%n account(s)", "", modelData.leaves); color: Theme.textMuted; Layout.preferredWidth: 110 }
                    PlainLabel {
                        text: qsTr("root %1").arg(modelData.root.substring(0, 16) + "…")
                        color: Theme.textMuted
                        font.family: "monospace"
                        font.pixelSize: 12
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: proof.hasSnapshot
            title: qsTr("Check my balance")
            subtitle: qsTr("Pick an asset. The proof is fetched and verified on this computer.")

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                AppComboBox {
                    id: assetBox
                    objectName: "verifyAsset"
                    Layout.preferredWidth: 200
                    model: proof.snapshotAssets.map(a => a.asset)
                }
                AppButton {
                    objectName: "verifyButton"
                    kind: "primary"
                    text: qsTr("Verify")
                    icon.source: "../icons/shield.svg"
                    enabled: assetBox.currentText !== "" && proof.verdict !== ReserveProofModel.Checking
                    onClicked: proof.verify(assetBox.currentText)
                }
                Item { Layout.fillWidth: true }
            }

            Rectangle {
                visible: proof.verdict !== ReserveProofModel.None
                Layout.fillWidth: true
                implicitHeight: verdictColumn.implicitHeight + 32
                radius: 10
                readonly property color tone: view.verdictTone === "success" ? Theme.success
                                            : view.verdictTone === "danger" ? Theme.danger
                                            : view.verdictTone === "warning" ? Theme.warning : Theme.textMuted
                color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.16 : 0.08)
                border.color: Qt.rgba(tone.r, tone.g, tone.b, 0.5)

                ColumnLayout {
                    id: verdictColumn
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 10
                    StatusChip {
                        objectName: "verdictChip"
                        tone: view.verdictTone
                        text: proof.verdict === ReserveProofModel.Verified ? qsTr("Verified")
                            : proof.verdict === ReserveProofModel.Failed ? qsTr("Not verified")
                            : proof.verdict === ReserveProofModel.NotIncluded ? qsTr("Not in this snapshot")
                            : qsTr("Checking")
                    }
                    PlainLabel {
                        objectName: "verdictText"
                        text: proof.verdictText
                        color: Theme.text
                        font.pixelSize: 15
                        font.weight: Font.DemiBold
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        visible: proof.verdict === ReserveProofModel.Verified || proof.verdict === ReserveProofModel.Failed
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 16
                        rowSpacing: 6
                        PlainLabel { text: qsTr("Your balance in the tree"); color: Theme.textMuted }
                        PlainLabel { objectName: "verifyBalance"; text: proof.balance + " " + proof.asset; color: Theme.text; Layout.fillWidth: true }
                        PlainLabel { text: qsTr("Path to the root"); color: Theme.textMuted }
                        PlainLabel { objectName: "verifyPathLength"; text: qsTr("%n step(s) among %1 accounts", "", proof.pathLength).arg(proof.leaves); color: Theme.text; Layout.fillWidth: true }
                        PlainLabel { text: qsTr("Published total"); color: Theme.textMuted }
                        PlainLabel { objectName: "verifyPublishedTotal"; text: proof.publishedTotal + " " + proof.asset; color: Theme.text; Layout.fillWidth: true }
                        PlainLabel { text: qsTr("Published root"); color: Theme.textMuted; Layout.alignment: Qt.AlignTop }
                        PlainLabel {
                            text: proof.publishedRoot
                            color: Theme.text
                            font.family: "monospace"
                            font.pixelSize: 12
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: 8 }
    }
}
