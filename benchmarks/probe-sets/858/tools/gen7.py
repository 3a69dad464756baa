"""p858-7: department site (Sở LĐ-TB&XH Quảng Nam), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

HEAD = ["Nghề đào tạo", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
ROWS = [("Cắt tóc, gội đầu", ["215", "248", "260"]),
        ("Chăm sóc móng", ["302", "367", "400"]),
        ("Chăm sóc da, trang điểm", ["128", "155", "190"]),
        ("Tổng cộng", ["645", "770", "850"])]
TABLE = "\n".join(HEAD + [x for label, cells in ROWS for x in [label] + cells])

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NAM
Trang chủ / Giáo dục nghề nghiệp / Tin hoạt động

Quảng Nam: Học nghề làm đẹp giúp lao động nữ nông thôn có thu nhập ổn định

Năm 2023, các cơ sở giáo dục nghề nghiệp trong tỉnh đã đào tạo nghề làm đẹp cho 770 lao động nữ nông thôn, tăng 19,4% so với năm 2022; tỷ lệ có việc làm sau học nghề đạt 84,2%. Riêng các huyện miền núi Nam Trà My, Bắc Trà My, Tây Giang có 137 học viên, chiếm 17,8%.

Học viên được hỗ trợ chi phí đào tạo từ 2,5 đến 3,5 triệu đồng/người tùy nghề; người khuyết tật được hỗ trợ tối đa 6 triệu đồng/người/khóa. Nhiều lớp được mở tại trung tâm giáo dục nghề nghiệp các huyện và tại các xã dọc Quốc lộ 14E.

Kết quả đào tạo nghề làm đẹp cho lao động nữ nông thôn
Đơn vị tính: người
""" + TABLE + """

Năm 2024, Sở đặt mục tiêu đào tạo 850 lao động nữ nông thôn nhóm nghề làm đẹp, trong đó ít nhất 40% học viên là người dân tộc thiểu số hoặc thuộc hộ nghèo, cận nghèo.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NAM
Địa chỉ: Số 62 Hùng Vương, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.379 - Fax: 0235.3852.012
Đang truy cập: 37 | Tổng lượt truy cập: 3.184.260
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLP = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31")]
COLS = ["năm 2022", "năm 2023", "kế hoạch 2024"]

FIGS = [
    F("cho 770 lao động", "770", 770, "count", "lao động nữ nông thôn",
      "lao động nữ nông thôn được đào tạo nghề làm đẹp", Y23, change=C("increase", 19.4, "%", "năm 2022")),
    F("đạt 84,2%", "84,2", 84.2, "percent", "%", "tỷ lệ có việc làm sau học nghề", Y23),
    F("có 137 học viên", "137", 137, "count", "học viên", "học viên các huyện miền núi", I(Y23), percent=17.8),
    F("từ 2,5 đến 3,5 triệu", "2,5", 2.5e6, "money", "đồng/người", "hỗ trợ chi phí đào tạo", value_max=3.5e6),
    F("tối đa 6 triệu đồng", "6", 6e6, "money", "đồng/người/khóa", "hỗ trợ người khuyết tật", approx="at_most"),
]
for label, cells in ROWS:
    for i, cell in enumerate(cells):
        anchor = "\n".join([label] + cells[: i + 1])
        name = "tổng cộng người học nghề làm đẹp" if label == "Tổng cộng" else f"người học nghề {label.lower()}"
        kw = {"status": "target"} if i == 2 else {}
        FIGS.append(F(anchor, cell, float(cell), "count", "người", f"{name} {COLS[i]}", COLP[i], **kw))
FIGS += [
    F("đào tạo 850 lao động", "850", 850, "count", "lao động nữ nông thôn",
      "lao động nữ nông thôn được đào tạo nhóm nghề làm đẹp", Y24, status="target"),
    F("ít nhất 40% học viên", "40", 40, "percent", "%",
      "học viên là người dân tộc thiểu số hoặc thuộc hộ nghèo, cận nghèo", Y24, approx="at_least", status="target"),
]

NOTES = [
    "Sở LĐ-TB&XH Quảng Nam: đào tạo nghề làm đẹp cho lao động nữ nông thôn 2022-2024; no dateline (published absent); footer with address, phone, counters.",
    "Table pasted one cell per line: header cells, then each row's label and cells. Unit from 'Đơn vị tính: người'; period from the column header;",
    "'Kế hoạch 2024' column -> status target. Table cells carry no total (the Tổng cộng row is its own figure).",
    "'137 học viên' of three mountain districts: no single district, so Quảng Nam; 'chiếm 17,8%' is its percent ('Riêng' is no part-of cue for a total).",
    "'ít nhất 40% học viên' after 'trong đó' is a share of the target, a percent figure (target). Distractors: Quốc lộ 14E, Số 62 Hùng Vương, phone/fax, counters.",
]

write("p858-7", TEXT, FIGS, NOTES, published=None, location="Quảng Nam")
