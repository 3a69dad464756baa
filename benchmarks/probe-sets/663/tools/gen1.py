"""p663-1: Thái Bình province portal — người khuyết tật by severity and district, monthly allowances."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Thái Bình: Hơn 41.000 người khuyết tật được hưởng trợ cấp hằng tháng

Cập nhật: 03/12/2024 08:45

Nhân Ngày Quốc tế Người khuyết tật 3/12, Sở Lao động - Thương binh và Xã hội tỉnh Thái Bình cho biết, tính đến ngày 30/9/2024, toàn tỉnh có 52.617 người khuyết tật, chiếm khoảng 2,8% dân số. Trong đó, người khuyết tật đặc biệt nặng 9.842 người, khuyết tật nặng 31.205 người, khuyết tật nhẹ 11.570 người.

Người khuyết tật tập trung đông ở các huyện Quỳnh Phụ (7.915 người), Hưng Hà (7.402 người), Thái Thụy (7.136 người) và Vũ Thư (6.288 người).

Hiện toàn tỉnh có 41.047 người khuyết tật đang hưởng trợ cấp xã hội hằng tháng, chiếm 78% tổng số người khuyết tật, tăng 1.215 người so với cùng kỳ năm 2023. 9 tháng năm 2024, kinh phí chi trả trợ cấp cho người khuyết tật là 214,6 tỷ đồng, đạt 76,3% dự toán năm.

Theo Nghị định số 76/2024/NĐ-CP có hiệu lực từ ngày 1/7/2024, mức chuẩn trợ giúp xã hội được nâng từ 360.000 đồng lên 500.000 đồng/tháng. Theo đó, người khuyết tật đặc biệt nặng được hưởng từ 1.000.000 đến 1.250.000 đồng/người/tháng tùy độ tuổi. 100% người khuyết tật hưởng trợ cấp được cấp thẻ bảo hiểm y tế miễn phí.

Tỷ lệ chi trả trợ cấp qua tài khoản ngân hàng mới đạt 23,4%; phấn đấu đến năm 2025 đạt trên 50%.

Mọi thông tin cần hỗ trợ xin liên hệ đường dây nóng 0227.3831.246 hoặc Phòng Bảo trợ xã hội, số 8 đường Trần Thủ Độ, TP Thái Bình.

Lượt xem: 1.382
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")

FIGS = [
    F("Hơn 41.000 người khuyết tật", "41.000", 41000, "count", "người khuyết tật",
      "người khuyết tật được hưởng trợ cấp hằng tháng", approx="over"),
    F("có 52.617 người khuyết tật", "52.617", 52617, "count", "người khuyết tật",
      "người khuyết tật toàn tỉnh", ASOF, percent=2.8),
    F("đặc biệt nặng 9.842 người", "9.842", 9842, "count", "người",
      "người khuyết tật đặc biệt nặng", I(ASOF), total=52617),
    F("khuyết tật nặng 31.205 người", "31.205", 31205, "count", "người",
      "người khuyết tật nặng", I(ASOF), total=52617),
    F("khuyết tật nhẹ 11.570 người", "11.570", 11570, "count", "người",
      "người khuyết tật nhẹ", I(ASOF), total=52617),
    F("Quỳnh Phụ (7.915 người)", "7.915", 7915, "count", "người",
      "người khuyết tật", I(ASOF), location="Quỳnh Phụ"),
    F("Hưng Hà (7.402 người)", "7.402", 7402, "count", "người",
      "người khuyết tật", I(ASOF), location="Hưng Hà"),
    F("Thái Thụy (7.136 người)", "7.136", 7136, "count", "người",
      "người khuyết tật", I(ASOF), location="Thái Thụy"),
    F("Vũ Thư (6.288 người)", "6.288", 6288, "count", "người",
      "người khuyết tật", I(ASOF), location="Vũ Thư"),
    F("có 41.047 người khuyết tật", "41.047", 41047, "count", "người khuyết tật",
      "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng", percent=78,
      change=CH("increase", 1215, "người", "cùng kỳ năm 2023")),
    F("là 214,6 tỷ đồng", "214,6", 214.6e9, "money", "đồng",
      "kinh phí chi trả trợ cấp cho người khuyết tật",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=76.3),
    F("từ 360.000 đồng", "360.000", 360000, "money", "đồng/tháng",
      "mức chuẩn trợ giúp xã hội trước khi nâng"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng",
      "mức chuẩn trợ giúp xã hội"),
    F("từ 1.000.000 đến 1.250.000 đồng", "1.000.000", 1000000, "money", "đồng/người/tháng",
      "mức trợ cấp người khuyết tật đặc biệt nặng", value_max=1250000),
    F("100% người khuyết tật", "100", 100, "percent", "%",
      "người khuyết tật hưởng trợ cấp được cấp thẻ bảo hiểm y tế miễn phí"),
    F("mới đạt 23,4%", "23,4", 23.4, "percent", "%",
      "tỷ lệ chi trả trợ cấp qua tài khoản ngân hàng"),
    F("đạt trên 50%", "50", 50, "percent", "%",
      "tỷ lệ chi trả trợ cấp qua tài khoản ngân hàng",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Province portal (Thái Bình): người khuyết tật by severity and district, monthly allowances, as of 30/9/2024.",
    "Dateline 'Cập nhật: 03/12/2024 08:45'. Not figures: '3/12' (the day's name), '30/9/2024', 'Nghị định số 76/2024/NĐ-CP',",
    "'1/7/2024' (the decree's effective date, locates no figure), phone 0227.3831.246, 'số 8 đường Trần Thủ Độ', 'Lượt xem: 1.382'.",
    "Severity parts after 'Trong đó' (new sentence) take the whole 52.617; district items have no cue and do not add up: no total.",
    "'nâng từ 360.000 đồng lên 500.000 đồng/tháng': two money figures (the change amount is not stated).",
    "'phấn đấu đến năm 2025 đạt trên 50%' is a target figure of its own (own clause, own period).",
]

if __name__ == "__main__":
    emit("p663-1", TEXT, COMMENTS, FIGS, published="2024-12-03", location="Thái Bình")
