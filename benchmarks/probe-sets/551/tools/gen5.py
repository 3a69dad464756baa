"""p551-5: Báo Quảng Ninh (Party newspaper) — thanh tra an toàn lao động ngành than, TNLĐ 8 tháng 2024, bồi thường, huấn luyện."""
from lib import F, P, I, CH, TG, emit

TEXT = """Báo Quảng Ninh > Xã hội

Siết chặt an toàn lao động trong ngành than

Từ đầu năm đến nay, Sở Lao động – Thương binh và Xã hội tỉnh Quảng Ninh đã phối hợp với Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV) tổ chức 14 đoàn thanh tra, kiểm tra tại 62 đơn vị sản xuất, gấp 1,5 lần cùng kỳ năm 2023.

Qua thanh tra đã phát hiện 537 thiếu sót, vi phạm về an toàn, vệ sinh lao động; trong đó có 86 vi phạm liên quan đến kiểm định máy, thiết bị có yêu cầu nghiêm ngặt. Đoàn thanh tra đã ra quyết định xử phạt 11 đơn vị với tổng số tiền gần 1,23 tỷ đồng, đình chỉ hoạt động 4 thiết bị không bảo đảm an toàn.

Theo thống kê, 8 tháng năm 2024, toàn tỉnh xảy ra 23 vụ tai nạn lao động làm 24 người bị nạn, trong đó có 7 người chết, giảm 3 người so với cùng kỳ. Riêng ngành than xảy ra 15 vụ, làm chết 5 người. Vụ việc nghiêm trọng nhất xảy ra ngày 14/6 tại lò chợ vỉa 14-5 của Công ty Than Hạ Long, khiến 2 công nhân tử vong.

Các doanh nghiệp đã chi trả bồi thường, trợ cấp cho người bị nạn và thân nhân hơn 6,8 tỷ đồng; mức hỗ trợ mỗi trường hợp tử vong từ 450 đến 600 triệu đồng.

Năm 2024, TKV đặt mục tiêu 100% công nhân hầm lò được huấn luyện, sát hạch an toàn trước khi vào ca. Tính đến ngày 31/8/2024, TKV đã huấn luyện cho 38.650 lượt người, đạt 91,2% kế hoạch.

Ông Nguyễn Văn Hùng, Phó Giám đốc Sở, cho biết thời gian tới sẽ tiếp tục thanh tra đột xuất các đơn vị khai thác than hầm lò dọc Quốc lộ 18.

MINH ĐỨC
18/09/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("tổ chức 14 đoàn", "14", 14, "count", "đoàn", "đoàn thanh tra, kiểm tra", YTD),
    F("tại 62 đơn vị", "62", 62, "count", "đơn vị", "đơn vị sản xuất được thanh tra, kiểm tra", YTD,
      change=CH("increase", 1.5, "lần", "cùng kỳ năm 2023")),
    F("phát hiện 537 thiếu sót", "537", 537, "count", "thiếu sót, vi phạm", "thiếu sót, vi phạm về an toàn, vệ sinh lao động",
      I(YTD)),
    F("có 86 vi phạm", "86", 86, "count", "vi phạm",
      "vi phạm liên quan đến kiểm định máy, thiết bị có yêu cầu nghiêm ngặt", I(YTD), total=537),
    F("xử phạt 11 đơn vị", "11", 11, "count", "đơn vị", "đơn vị bị xử phạt", I(YTD)),
    F("gần 1,23 tỷ đồng", "1,23", 1.23e9, "money", "đồng", "tổng số tiền xử phạt", I(YTD), approx="nearly"),
    F("hoạt động 4 thiết bị", "4", 4, "count", "thiết bị", "thiết bị không bảo đảm an toàn bị đình chỉ hoạt động", I(YTD)),
    F("xảy ra 23 vụ", "23", 23, "count", "vụ", "vụ tai nạn lao động", M8),
    F("làm 24 người", "24", 24, "count", "người", "người bị nạn", M8),
    F("có 7 người chết", "7", 7, "count", "người", "người chết", M8, total=24,
      change=CH("decrease", 3, "người", "cùng kỳ")),
    F("xảy ra 15 vụ", "15", 15, "count", "vụ", "vụ xảy ra trong ngành than", I(M8)),
    F("chết 5 người", "5", 5, "count", "người", "người chết ngành than", I(M8)),
    F("khiến 2 công nhân", "2", 2, "count", "công nhân", "công nhân tử vong trong vụ việc nghiêm trọng nhất"),
    F("hơn 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "bồi thường, trợ cấp cho người bị nạn và thân nhân",
      approx="over"),
    F("từ 450 đến 600 triệu", "450", 450e6, "money", "đồng", "mức hỗ trợ mỗi trường hợp tử vong", value_max=600e6),
    F("mục tiêu 100%", "100", 100, "percent", "%", "công nhân hầm lò được huấn luyện, sát hạch an toàn trước khi vào ca",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("cho 38.650 lượt", "38.650", 38650, "count", "lượt người", "lượt người được TKV huấn luyện",
      P("Tính đến ngày 31/8/2024", None, "2024-08-31"), percent=91.2),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper), byline + bare date `18/09/2024` at the end: thanh tra an toàn lao động ngành than,",
    "tai nạn lao động 8 tháng năm 2024, bồi thường, huấn luyện TKV. Location Quảng Ninh.",
    "`Từ đầu năm đến nay` ends at the date line. `gấp 1,5 lần cùng kỳ năm 2023` after 62 đơn vị is its change (increase, lần).",
    "`trong đó có 86 vi phạm` -> part of 537; `trong đó có 7 người chết, giảm 3 người` -> part of 24 người, with its change.",
    "`Riêng ngành than` has no part-of cue in the spec: no total. `mỗi trường hợp` range is money, unit đồng.",
    "Distractors: lò chợ vỉa 14-5 (a seam name), ngày 14/6, Quốc lộ 18, Tính đến ngày 31/8/2024, date line 18/09/2024.",
    "revised after first scoring: subject of 15 vụ cut back to the sentence's own words.",
]

if __name__ == "__main__":
    emit("p551-5", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Quảng Ninh")
