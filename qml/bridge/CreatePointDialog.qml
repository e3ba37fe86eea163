import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import AzCoiner

// Creating a point (a new loyalty unit: code, name, decimals, the coin its
// reserve is held in, an icon) or registering the organisation's ERC-20
// token (its network and contract). A point starts as a draft: it is swapped
// once a policy for it is approved.
Dialog {
    id: dialog
    objectName: "createPointDialog"
    property PartnerConsole partner
    property string errorText: ""
    readonly property bool token: pointKind.currentIndex === 1

    function start() {
        errorText = ""
        pointCode.text = ""
        pointName.text = ""
        pointDecimals.text = "2"
        pointNetwork.text = ""
        pointContract.text = ""
        pointKind.currentIndex = 0
        pointCoin.currentIndex = 0
        partner.clearIcon()
        open()
    }

    FileDialog {
        id: iconFile
        title: qsTr("Choose an icon")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg)")]
        onAccepted: dialog.partner.uploadIcon(selectedFile)
    }
    Connections {
        target: dialog.partner
        enabled: dialog.visible
        function onCreated(point) {
            Errors.inform(qsTr("%1 created. Propose its policy under Policies to open it.").arg(point.code))
            dialog.close()
        }
        function onCreateFailed(message) { dialog.errorText = message }
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 48 : 520)
    padding: 22
    title: dialog.token ? qsTr("Register a token") : qsTr("Create a point")
    background: Rectangle { radius: 14; color: Theme.surface; border.color: Theme.border }
    header: PlainLabel {
        // Popups live in the window overlay, outside the mirrored shell: mirror here too.
        LayoutMirroring.enabled: Language.rightToLeft
        text: dialog.title
        padding: 22
        bottomPadding: 0
        font.pixelSize: 18
        font.weight: Font.DemiBold
        color: Theme.text
        horizontalAlignment: Text.AlignLeft
        elide: Text.ElideRight
    }

    ColumnLayout {
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        anchors.fill: parent
        spacing: 10

        AppComboBox {
            id: pointKind
            objectName: "createPointKind"
            Layout.fillWidth: true
            model: [qsTr("A loyalty point of our own"), qsTr("Our ERC-20 token")]
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            FormField {
                id: pointCode
                objectName: "createPointCode"
                label: qsTr("Code")
                placeholderText: qsTr("e.g. NOVA")
                maximumLength: 10
                validator: RegularExpressionValidator { regularExpression: /^[A-Za-z0-9]{0,10}$/ }
                Layout.preferredWidth: 1
            }
            FormField {
                id: pointDecimals
                objectName: "createPointDecimals"
                label: qsTr("Decimals")
                maximumLength: 2
                validator: RegularExpressionValidator { regularExpression: /^\d{0,2}$/ }
                Layout.preferredWidth: 1
            }
        }
        FormField {
            id: pointName
            objectName: "createPointName"
            label: qsTr("Name")
            maximumLength: 40
        }
        PlainLabel { text: qsTr("Reserve held in"); color: Theme.textMuted; font.pixelSize: 13 }
        AppComboBox {
            id: pointCoin
            objectName: "createPointCoin"
            Layout.fillWidth: true
            model: ["AZC", "USDT"]
        }
        FormField {
            id: pointNetwork
            objectName: "createPointNetwork"
            visible: dialog.token
            label: qsTr("Network (as custody names it)")
            maximumLength: 40
        }
        FormField {
            id: pointContract
            objectName: "createPointContract"
            visible: dialog.token
            label: qsTr("Contract address")
            placeholderText: "0x…"
            maximumLength: 42
        }
        RowLayout {
            visible: !dialog.token
            Layout.fillWidth: true
            spacing: 10
            PointIcon { fileId: dialog.partner ? dialog.partner.iconFileId : ""; name: pointName.text || pointCode.text; size: 40 }
            AppButton {
                objectName: "createPointIcon"
                enabled: !!dialog.partner && !dialog.partner.uploadingIcon
                text: dialog.partner && dialog.partner.uploadingIcon ? qsTr("Uploading…") : qsTr("Choose icon")
                onClicked: iconFile.open()
            }
            Item { Layout.fillWidth: true }
        }
        PlainLabel {
            objectName: "createPointError"
            visible: text !== ""
            Layout.fillWidth: true
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            AppButton { kind: "ghost"; text: qsTr("Cancel"); onClicked: dialog.close() }
            AppButton {
                objectName: "createPointSave"
                kind: "primary"
                enabled: pointCode.text.length >= 2 && pointName.text.trim().length >= 2 && pointDecimals.text !== ""
                         && (!dialog.token || (pointNetwork.text.trim() !== "" && pointContract.text.trim() !== ""))
                         && !!dialog.partner && !dialog.partner.busy && !dialog.partner.uploadingIcon
                text: dialog.token ? qsTr("Register") : qsTr("Create")
                onClicked: {
                    dialog.errorText = ""
                    dialog.partner.createPoint({ kind: dialog.token ? "token" : "point", code: pointCode.text, name: pointName.text,
                                                 decimals: pointDecimals.text, coin: pointCoin.currentText,
                                                 network: pointNetwork.text, contract: pointContract.text })
                }
            }
        }
    }
}
