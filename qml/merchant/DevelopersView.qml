import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// For the business's developers: API keys for its servers (docs/openapi.yaml
// says how to sign requests) and webhook endpoints with their delivery log.
ScrollView {
    id: view
    property MerchantDevelopers developers
    readonly property var scopes: ["read", "invoices:write", "refunds:write", "payouts:write"]
    property var chosen: ["read", "invoices:write"]
    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: view.availableWidth - 64
        x: 32
        spacing: 14

        // A secret is shown once, right after it was made.
        Rectangle {
            objectName: "revealedSecret"
            visible: view.developers.revealedSecret !== ""
            Layout.fillWidth: true
            implicitHeight: secretColumn.implicitHeight + 24
            radius: 10
            color: Theme.surfaceAlt
            border.color: Theme.warning
            ColumnLayout {
                id: secretColumn
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                PlainLabel {
                    Layout.fillWidth: true
                    text: qsTr("The secret of %1. Copy it now: it is not shown again.").arg(view.developers.revealedFor)
                    color: Theme.text
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    PlainLabel { Layout.fillWidth: true; text: view.developers.revealedSecret; font.family: "monospace"; color: Theme.text; elide: Text.ElideMiddle }
                    AppButton { text: qsTr("Copy"); onClicked: Clipboard.setText(view.developers.revealedSecret) }
                    AppButton { kind: "ghost"; text: qsTr("Done"); onClicked: view.developers.forgetSecret() }
                }
            }
        }
        PlainLabel { visible: text !== ""; text: view.developers.errorText; color: Theme.danger; wrapMode: Text.WordWrap; Layout.fillWidth: true }

        Card {
            objectName: "apiKeysCard"
            Layout.fillWidth: true
            title: qsTr("API keys")
            subtitle: qsTr("Your servers sign every request with a key's secret. Give each key only what it needs, and the addresses it may come from.")
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                FormField { id: keyLabel; objectName: "keyLabel"; label: qsTr("Label"); placeholderText: qsTr("shop server"); Layout.preferredWidth: 180 }
                FormField { id: allowFrom; objectName: "keyAllowFrom"; label: qsTr("Allowed addresses (optional)"); placeholderText: "203.0.113.7, 10.0.0.0/8"; Layout.fillWidth: true }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: view.scopes
                    delegate: AppCheckBox {
                        required property string modelData
                        text: MerchantWords.scope(modelData)
                        checked: view.chosen.indexOf(modelData) >= 0
                        onToggled: view.chosen = checked ? view.chosen.concat([modelData]) : view.chosen.filter(s => s !== modelData)
                    }
                }
            }
            AppButton {
                objectName: "keyCreate"
                kind: "primary"
                text: qsTr("Create key")
                enabled: view.chosen.length > 0
                onClicked: view.developers.createKey(keyLabel.text, view.chosen, allowFrom.text)
            }
            Repeater {
                model: view.developers.keys
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    opacity: modelData.revokedAt > 0 ? 0.45 : 1
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        PlainLabel { text: (modelData.label || qsTr("Key")) + "  ·  " + modelData.id; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                        PlainLabel {
                            Layout.fillWidth: true
                            text: modelData.scopes.map(s => MerchantWords.scope(s)).join(", ") + "  ·  …" + modelData.secretHint
                                  + (modelData.allowFrom.length ? "  ·  " + modelData.allowFrom.join(", ") : "")
                                  + (modelData.lastUsedAt > 0 ? "  ·  " + qsTr("used %1").arg(Labels.dateTime(modelData.lastUsedAt)) : "")
                            color: Theme.textMuted; font.pixelSize: 12; elide: Text.ElideRight
                        }
                    }
                    StatusChip { visible: modelData.revokedAt > 0; text: qsTr("Revoked"); tone: "danger" }
                    AppButton { visible: modelData.revokedAt === 0; kind: "ghost"; text: qsTr("Rotate"); onClicked: view.developers.rotateKey(modelData.id) }
                    AppButton { visible: modelData.revokedAt === 0; kind: "ghost"; text: qsTr("Revoke"); onClicked: view.developers.revokeKey(modelData.id) }
                }
            }
        }

        Card {
            objectName: "webhooksCard"
            Layout.fillWidth: true
            title: qsTr("Webhooks")
            subtitle: qsTr("We POST each event (invoice paid, refund, payout…) to your URL, signed, and retry for a day until you answer 2xx.")
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                FormField { id: hookUrl; objectName: "webhookUrl"; label: qsTr("Endpoint URL"); placeholderText: "https://shop.example/azcoiner/webhook"; Layout.fillWidth: true }
                AppButton {
                    objectName: "webhookAdd"
                    Layout.alignment: Qt.AlignBottom
                    kind: "primary"
                    text: qsTr("Add")
                    enabled: hookUrl.text.trim() !== ""
                    onClicked: { view.developers.addWebhook(hookUrl.text); hookUrl.text = "" }
                }
            }
            Repeater {
                model: view.developers.endpoints
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    PlainLabel { Layout.fillWidth: true; text: modelData.url; color: Theme.text; elide: Text.ElideMiddle }
                    StatusChip {
                        text: modelData.enabled ? qsTr("On") : modelData.disabledReason === "failing" ? qsTr("Off: kept failing") : qsTr("Removed")
                        tone: modelData.enabled ? "success" : "danger"
                    }
                    PlainLabel { visible: modelData.pending > 0; text: qsTr("%n waiting", "", modelData.pending); color: Theme.warning; font.pixelSize: 12 }
                    AppButton { objectName: "webhookLog"; kind: "ghost"; text: qsTr("Deliveries"); onClicked: view.developers.showDeliveries(modelData.id) }
                    AppButton { visible: !modelData.enabled && modelData.disabledReason === "failing"; kind: "ghost"; text: qsTr("Turn on"); onClicked: view.developers.enableWebhook(modelData.id) }
                    AppButton { visible: modelData.enabled; kind: "ghost"; text: qsTr("Remove"); onClicked: view.developers.removeWebhook(modelData.id) }
                }
            }
        }

        Card {
            objectName: "deliveriesCard"
            visible: view.developers.endpointId !== ""
            Layout.fillWidth: true
            title: qsTr("Delivery log")
            Repeater {
                model: view.developers.deliveries
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    PlainLabel { text: Labels.dateTime(modelData.createdAt); color: Theme.textMuted; font.pixelSize: 12 }
                    PlainLabel { Layout.fillWidth: true; text: modelData.type + "  ·  " + modelData.eventId; color: Theme.text; elide: Text.ElideRight }
                    PlainLabel {
                        text: qsTr("%n attempt(s)", "", modelData.attempts) + (modelData.lastError ? " · " + modelData.lastError : (modelData.lastStatus ? " · HTTP " + modelData.lastStatus : ""))
                        color: Theme.textMuted; font.pixelSize: 12
                    }
                    StatusChip { text: MerchantWords.deliveryStatus(modelData.status); tone: MerchantWords.deliveryTone(modelData.status) }
                    AppButton { kind: "ghost"; text: qsTr("Send again"); onClicked: view.developers.redeliver(modelData.id) }
                }
            }
        }
        Item { Layout.preferredHeight: 16 }
    }
}
