"""p931-7: department site (Sở LĐ-TB&XH Phú Yên), no dateline; one-cell-per-line table; footer with address, phone, counter."""
from lib import F, period, change, target, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH PHÚ YÊN
Giới thiệu | Tin tức | Bảo trợ xã hội - Trẻ em | Văn bản

Kết quả thực hiện chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt

Năm 2024, Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên đã tham mưu UBND tỉnh triển khai đồng bộ các chính sách trợ giúp xã hội đối với trẻ em. Toàn tỉnh có 1.846 trẻ em mồ côi, bị bỏ rơi đang hưởng trợ cấp xã hội hằng tháng tại cộng đồng, tăng 4,6% so với năm 2023, với kinh phí chi trả khoảng 14,7 tỷ đồng.

Một số chỉ tiêu chăm sóc trẻ em có hoàn cảnh đặc biệt
Đơn vị tính: trẻ em
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Trẻ em hưởng trợ cấp hằng tháng tại cộng đồng
1.765
1.846
1.900
Trẻ em nuôi dưỡng tại cơ sở trợ giúp xã hội
138
127
120
Trẻ em được nhận chăm sóc thay thế
52
64
80
Trẻ em được nhận làm con nuôi
17
21
25

Các huyện có số trẻ được nhận chăm sóc thay thế nhiều nhất năm 2024 là Sơn Hòa (11 trẻ), Sông Hinh (9 trẻ) và Đồng Xuân (8 trẻ). Trung tâm Công tác xã hội tỉnh hiện có 46 giường nuôi dưỡng trẻ em, công suất sử dụng đạt khoảng 85%.

Thời gian tới, Sở tiếp tục phối hợp với Quỹ Bảo trợ trẻ em tỉnh vận động nguồn lực, phấn đấu mỗi năm hỗ trợ học bổng cho trên 200 em, mức hỗ trợ từ 1,5 đến 3 triệu đồng/em.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH PHÚ YÊN
Địa chỉ: số 12 Trần Hưng Đạo, phường 1, TP Tuy Hòa, tỉnh Phú Yên
Điện thoại: 0257.3841.227 - Fax: 0257.3841.228
Tổng lượt truy cập: 1.284.306 | Đang trực tuyến: 37
"""

Y2024 = period("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Năm 2024", period("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("Kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Trẻ em hưởng trợ cấp hằng tháng tại cộng đồng", ["1.765", "1.846", "1.900"]),
        ("Trẻ em nuôi dưỡng tại cơ sở trợ giúp xã hội", ["138", "127", "120"]),
        ("Trẻ em được nhận chăm sóc thay thế", ["52", "64", "80"]),
        ("Trẻ em được nhận làm con nuôi", ["17", "21", "25"])]

FIGS = [
    F("có 1.846 trẻ em", "1.846", 1846, "count", "trẻ em",
      change=change("increase", 4.6, "%", "năm 2023"),
      subject="trẻ em mồ côi, bị bỏ rơi đang hưởng trợ cấp xã hội hằng tháng tại cộng đồng", period=Y2024),
    F("khoảng 14,7 tỷ đồng", "14,7", 14.7e9, "money", "đồng", approx="about",
      subject="kinh phí chi trả trợ cấp", period=Y2024),
]
for label, cells in ROWS:
    for j, ((col, per, status), cell) in enumerate(zip(COLS, cells)):
        if j == 0:
            anchor = label + "\n" + cell
        else:
            anchor = "\n".join(cells[j - 1:j + 1])
        kw = dict(subject=f"{label} {col}", period=per)
        if status:
            kw["status"] = status
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "count", "trẻ em", **kw))

LIST = "trẻ được nhận chăm sóc thay thế"
FIGS += [
    F("Sơn Hòa (11 trẻ)", "11", 11, "count", "trẻ", subject=LIST, location="Sơn Hòa", period=Y2024),
    F("Sông Hinh (9 trẻ)", "9", 9, "count", "trẻ", subject=LIST, location="Sông Hinh", period=Y2024),
    F("Đồng Xuân (8 trẻ)", "8", 8, "count", "trẻ", subject=LIST, location="Đồng Xuân", period=Y2024),
    F("có 46 giường", "46", 46, "count", "giường",
      subject="giường nuôi dưỡng trẻ em của Trung tâm Công tác xã hội tỉnh"),
    F("khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="công suất sử dụng giường nuôi dưỡng"),
    F("trên 200 em", "200", 200, "count", "em", approx="over", status="target",
      subject="em được hỗ trợ học bổng mỗi năm"),
    F("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/em", value_max=3e6, status="target",
      subject="mức hỗ trợ học bổng"),
]

NOTES = [
    "Sở LĐ-TB&XH Phú Yên site: no dateline (no published); footer address, phone/fax, 'Tổng lượt truy cập: 1.284.306', 'Đang trực tuyến: 37' are furniture.",
    "One-cell-per-line table (Đơn vị tính: trẻ em; columns Năm 2023 | Năm 2024 | Kế hoạch 2025): subject = row label + column label,",
    "period from the column header (scored), 'Kế hoạch 2025' column gives status target. The table's Năm 2024 cell 1.846 restates the lead's figure: both are figures.",
    "'phấn đấu mỗi năm … trên 200 em, mức hỗ trợ từ 1,5 đến 3 triệu đồng/em' both under the target cue (the range continues the clause).",
    "Distractors: số 12 Trần Hưng Đạo, phường 1, phone/fax numbers, counters, 'Quỹ Bảo trợ trẻ em tỉnh'.",
]

write("p931-7", TEXT, NOTES, FIGS, location="Phú Yên")
