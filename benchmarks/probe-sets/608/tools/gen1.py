from lib import F, P, INH, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Quảng Bình tinh giản 412 biên chế trong năm 2023
Cập nhật: 18/01/2024 08:45 | Lượt xem: 1.284

Theo báo cáo của Sở Nội vụ tại hội nghị tổng kết công tác nội vụ ngày 16/01/2024, năm 2023 toàn tỉnh Quảng Bình đã giải quyết tinh giản biên chế đối với 412 người, tăng 8,7% so với năm 2022 và đạt 103% kế hoạch. Trong đó, khối hành chính 96 người, khối sự nghiệp 268 người, cán bộ, công chức cấp xã 48 người. Tổng kinh phí chi trả chính sách theo Nghị định số 29/2023/NĐ-CP là 58,6 tỷ đồng, bình quân khoảng 142 triệu đồng/người.

Các địa phương có số người tinh giản nhiều là thành phố Đồng Hới (57 người), thị xã Ba Đồn (44 người), huyện Bố Trạch (41 người) và huyện Quảng Ninh (38 người).

Tính đến ngày 31/12/2023, tổng số biên chế công chức trong các cơ quan, tổ chức hành chính của tỉnh là 2.415 người, giảm 10,6% so với năm 2015; số người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị sự nghiệp công lập là 21.870 người, giảm 11,2% so với năm 2015.

Bên cạnh đó, thực hiện Quyết định số 1568/QĐ-UBND ngày 05/6/2023 của UBND tỉnh, tỉnh đã sắp xếp, giảm được 27 đơn vị sự nghiệp công lập, 6 phòng chuyên môn cấp huyện và 112 thôn, tổ dân phố.

Năm 2024, UBND tỉnh giao chỉ tiêu tinh giản tối thiểu 5% biên chế so với năm 2022; phấn đấu đến năm 2026 giảm thêm khoảng 350 biên chế sự nghiệp.

Sở Nội vụ tỉnh Quảng Bình - Số 6 Hùng Vương, TP. Đồng Hới. Điện thoại: 0232.3822.134
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")

FIGS = [
    F("tinh giản 412 biên chế", "412", 412, "count", "biên chế", "biên chế tinh giản",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("đối với 412 người", "412", 412, "count", "người", "người được giải quyết tinh giản biên chế", Y23,
      percent=103, change=CH("increase", 8.7, baseline="năm 2022")),
    F("hành chính 96 người", "96", 96, "count", "người", "người tinh giản khối hành chính", INH(Y23), total=412),
    F("sự nghiệp 268 người", "268", 268, "count", "người", "người tinh giản khối sự nghiệp", INH(Y23), total=412),
    F("cấp xã 48 người", "48", 48, "count", "người", "người tinh giản cán bộ, công chức cấp xã", INH(Y23), total=412),
    F("là 58,6 tỷ đồng", "58,6", 58.6e9, "money", "đồng", "tổng kinh phí chi trả chính sách tinh giản biên chế", INH(Y23)),
    F("khoảng 142 triệu đồng/người", "142", 142e6, "money", "đồng/người", "kinh phí chi trả bình quân", INH(Y23),
      approx="about"),
    F("(57 người)", "57", 57, "count", "người", "người tinh giản", INH(Y23), location="Đồng Hới"),
    F("(44 người)", "44", 44, "count", "người", "người tinh giản", INH(Y23), location="Ba Đồn"),
    F("(41 người)", "41", 41, "count", "người", "người tinh giản", INH(Y23), location="Bố Trạch"),
    F("(38 người)", "38", 38, "count", "người", "người tinh giản", INH(Y23), location="Quảng Ninh"),
    F("là 2.415 người", "2.415", 2415, "count", "người",
      "biên chế công chức trong các cơ quan, tổ chức hành chính", ASOF,
      change=CH("decrease", 10.6, baseline="năm 2015")),
    F("là 21.870 người", "21.870", 21870, "count", "người",
      "người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị sự nghiệp công lập", ASOF,
      change=CH("decrease", 11.2, baseline="năm 2015")),
    F("giảm được 27 đơn vị", "27", 27, "count", "đơn vị sự nghiệp công lập",
      "đơn vị sự nghiệp công lập giảm qua sắp xếp", INH(Y23)),
    F("6 phòng chuyên môn", "6", 6, "count", "phòng chuyên môn cấp huyện",
      "phòng chuyên môn cấp huyện giảm qua sắp xếp", INH(Y23)),
    F("112 thôn", "112", 112, "count", "thôn, tổ dân phố", "thôn, tổ dân phố giảm qua sắp xếp", INH(Y23)),
    F("tối thiểu 5% biên chế", "5", 5, "percent", "%", "chỉ tiêu tinh giản biên chế so với năm 2022",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("khoảng 350 biên chế", "350", 350, "count", "biên chế", "biên chế sự nghiệp giảm thêm",
      P("đến năm 2026", None, "2026-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình: kết quả tinh giản biên chế năm 2023 (province portal, breadcrumb, Cập nhật line, Lượt xem).",
    "Dateline 'Cập nhật: 18/01/2024 08:45'; 'Lượt xem: 1.284', decree/decision numbers, address and phone are not figures.",
    "96 + 268 + 48 = 412 after 'Trong đó' (across a sentence break): total 412. District list after 'là' has no part-of cue: no total.",
    "'huyện Quảng Ninh' is the district of Quảng Bình (not the province Quảng Ninh). 'giảm được 27 đơn vị' stands alone: a count, not a change.",
    "'tối thiểu 5% biên chế so với năm 2022' is a target rate (percent figure, no change).",
]

if __name__ == "__main__":
    emit("p608-1", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Quảng Bình")
