import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The fee table and the transfer limits per verification level, each with
// an editor: pick a row (or an asset and flow / level) and save new values.
Item {
    id: view
    objectName: "feesLimitsView"
    property string tab: "fees"

    TreasuryFeesModel { id: fees; objectName: "treasuryFees" }
    TreasuryLimitsModel { id: limits; objectName: "treasuryLimits" }
    AssetsModel { id: assets; scope: "treasury" }

    function loadFee() {
        const r = fees.ruleFor(feeAsset.currentValue || "", feeFlow.currentValue || "")
        feeFixed.text = r.fixed || "0"; feeRate.text = r.rate || "0"; feeMin.text = r.min || "0"; feeMax.text = r.max || "0"
    }
    function loadLimit() {
        const r = limits.ruleFor(limitAsset.currentValue || "", limitTier.currentIndex)
        limitPer.text = r.perTransfer || "0"; limitDaily.text = r.daily || "0"; limit2fa.text = r.twoFactorAbove || "0"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        RowLayout {
            spacing: 8
            AppButton { objectName: "feesTab"; text: qsTr("Fees"); kind: view.tab === "fees" ? "secondary" : "ghost"; onClicked: view.tab = "fees" }
            AppButton { objectName: "limitsTab"; text: qsTr("Limits"); kind: view.tab === "limits" ? "secondary" : "ghost"; onClicked: view.tab = "limits" }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: view.tab === "fees" ? 0 : 1

            // Fees.
            RowLayout {
                spacing: 18
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.margins: 12
                            spacing: 12
                            Repeater {
                                model: [qsTr("Asset"), qsTr("Flow"), qsTr("Fixed"), qsTr("Rate"), qsTr("Minimum"), qsTr("Maximum")]
                                delegate: PlainLabel {
                                    required property string modelData
                                    text: modelData
                                    color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold
                                    Layout.fillWidth: true; Layout.preferredWidth: 1
                                }
                            }
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        ListView {
                            objectName: "feesList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: fees
                            ScrollBar.vertical: ScrollBar {}
                            delegate: ItemDelegate {
                                id: feeRow
                                required property string asset
                                required property string flow
                                required property string fixed
                                required property string ratePercent
                                required property string min
                                required property string max
                                width: ListView.view.width
                                height: 44
                                highlighted: feeAsset.currentValue === asset && feeFlow.currentValue === flow
                                onClicked: {
                                    feeAsset.currentIndex = feeAsset.indexOfValue(asset)
                                    feeFlow.currentIndex = feeFlow.indexOfValue(flow)
                                    view.loadFee()
                                }
                                contentItem: RowLayout {
                                    spacing: 12
                                    PlainLabel { text: feeRow.asset; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: TreasuryWords.feeFlow(feeRow.flow); color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight }
                                    PlainLabel { text: feeRow.fixed; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: feeRow.ratePercent + " %"; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: feeRow.min; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: feeRow.max === "0" ? qsTr("no cap") : feeRow.max; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                }
                            }
                        }
                    }
                }
                Card {
                    Layout.preferredWidth: 320
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Edit a fee")
                    subtitle: qsTr("fee = fixed + amount × rate, at least the minimum, at most the maximum.")
                    AppComboBox {
                        id: feeAsset
                        objectName: "feeAsset"
                        Layout.fillWidth: true
                        model: assets
                        textRole: "code"
                        valueRole: "code"
                        onActivated: view.loadFee()
                    }
                    AppComboBox {
                        id: feeFlow
                        objectName: "feeFlow"
                        Layout.fillWidth: true
                        model: fees.flows.map(f => ({ value: f, text: TreasuryWords.feeFlow(f) }))
                        textRole: "text"
                        valueRole: "value"
                        onActivated: view.loadFee()
                    }
                    FormField { id: feeFixed; objectName: "feeFixed"; label: qsTr("Fixed part") }
                    FormField { id: feeRate; objectName: "feeRate"; label: qsTr("Rate (a fraction: 0.001 = 0.1 %)") }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        FormField { id: feeMin; objectName: "feeMin"; label: qsTr("Minimum"); Layout.preferredWidth: 1 }
                        FormField { id: feeMax; objectName: "feeMax"; label: qsTr("Maximum (0 = none)"); Layout.preferredWidth: 1 }
                    }
                    AppButton {
                        objectName: "feeSave"
                        kind: "primary"
                        text: qsTr("Save fee")
                        enabled: feeAsset.currentValue !== undefined && !fees.busy
                        onClicked: fees.setFee(feeAsset.currentValue, feeFlow.currentValue, feeFixed.text, feeRate.text, feeMin.text, feeMax.text)
                    }
                }
            }

            // Limits.
            RowLayout {
                spacing: 18
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.margins: 12
                            spacing: 12
                            Repeater {
                                model: [qsTr("Asset"), qsTr("Level"), qsTr("Per transfer"), qsTr("Per 24 hours"), qsTr("2FA above")]
                                delegate: PlainLabel {
                                    required property string modelData
                                    text: modelData
                                    color: Theme.textMuted; font.pixelSize: 12; font.weight: Font.DemiBold
                                    Layout.fillWidth: true; Layout.preferredWidth: 1
                                }
                            }
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        ListView {
                            objectName: "limitsList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: limits
                            ScrollBar.vertical: ScrollBar {}
                            delegate: ItemDelegate {
                                id: limitRow
                                required property string asset
                                required property int tier
                                required property string perTransfer
                                required property string daily
                                required property string twoFactorAbove
                                width: ListView.view.width
                                height: 44
                                highlighted: limitAsset.currentValue === asset && limitTier.currentIndex === tier
                                onClicked: {
                                    limitAsset.currentIndex = limitAsset.indexOfValue(asset)
                                    limitTier.currentIndex = tier
                                    view.loadLimit()
                                }
                                contentItem: RowLayout {
                                    spacing: 12
                                    PlainLabel { text: limitRow.asset; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: qsTr("Level %1").arg(limitRow.tier); color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: limitRow.perTransfer; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: limitRow.daily === "0" ? qsTr("not allowed") : limitRow.daily; color: limitRow.daily === "0" ? Theme.warning : Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                    PlainLabel { text: limitRow.twoFactorAbove; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                }
                            }
                        }
                    }
                }
                Card {
                    Layout.preferredWidth: 320
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Edit a limit")
                    subtitle: qsTr("Per verification level; a daily limit of 0 means the level cannot send the asset.")
                    AppComboBox {
                        id: limitAsset
                        objectName: "limitAsset"
                        Layout.fillWidth: true
                        model: assets
                        textRole: "code"
                        valueRole: "code"
                        onActivated: view.loadLimit()
                    }
                    AppComboBox {
                        id: limitTier
                        objectName: "limitTier"
                        Layout.fillWidth: true
                        model: [Labels.tier(0), Labels.tier(1), Labels.tier(2)]
                        onActivated: view.loadLimit()
                    }
                    FormField { id: limitPer; objectName: "limitPerTransfer"; label: qsTr("Per transfer") }
                    FormField { id: limitDaily; objectName: "limitDaily"; label: qsTr("Per 24 hours") }
                    FormField { id: limit2fa; objectName: "limitTwoFactor"; label: qsTr("Ask for a 2FA code above") }
                    AppButton {
                        objectName: "limitSave"
                        kind: "primary"
                        text: qsTr("Save limit")
                        enabled: limitAsset.currentValue !== undefined && !limits.busy
                        onClicked: limits.setLimit(limitAsset.currentValue, limitTier.currentIndex, limitPer.text, limitDaily.text, limit2fa.text)
                    }
                }
            }
        }
    }

    Connections { target: fees; function onCountChanged() { view.loadFee() } }
    Connections { target: limits; function onCountChanged() { view.loadLimit() } }
    Connections {
        target: assets
        function onLoaded() {
            if (feeAsset.currentIndex < 0) feeAsset.currentIndex = 0
            if (limitAsset.currentIndex < 0) limitAsset.currentIndex = 0
            view.loadFee(); view.loadLimit()
        }
    }
}
