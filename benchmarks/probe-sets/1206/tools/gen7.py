"""p1206-7: department site (Sở LĐ-TB&XH Quảng Nam), no dateline, one-cell-per-line table of devices."""
from lib import F, P, I, C, T, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NAM
Giới thiệu | Tin tức | Người có công | Bảo trợ xã hội | Liên hệ

Quảng Nam: Hỗ trợ phương tiện trợ giúp cho người khuyết tật

Thực hiện Đề án trợ giúp người khuyết tật giai đoạn 2021-2030, 6 tháng đầu năm 2024, Sở đã phối hợp với các địa phương cấp 1.036 phương tiện trợ giúp cho người khuyết tật, đạt 54,5% kế hoạch năm.

Số phương tiện trợ giúp cấp cho người khuyết tật:
Đơn vị tính: chiếc
Loại phương tiện
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Xe lăn
1.120
590
1.050
Xe lắc
265
148
290
Chân tay giả
204
117
220
Máy trợ thính
296
181
340
Tổng số
1.885
1.036
1.900

Chân tay giả chủ yếu được cấp cho người khuyết tật do bom mìn ở các huyện Đại Lộc, Quế Sơn, Duy Xuyên. Tại huyện Nam Trà My, gia đình ông Hồ Văn Đen (thôn 2, xã Trà Mai) có 2 người khuyết tật vận động; năm 2023, cả hai đều được cấp xe lăn và hỗ trợ 1,5 triệu đồng/người để sửa nhà vệ sinh.

Toàn tỉnh hiện có 47 cơ sở y tế có khoa hoặc tổ phục hồi chức năng; tỷ lệ xã, phường, thị trấn đạt tiêu chí phục hồi chức năng dựa vào cộng đồng là 62%.

Bài viết liên quan:
- Tập huấn kỹ năng chăm sóc người khuyết tật lần thứ 4
- Giải thể thao người khuyết tật tỉnh mở rộng năm 2024

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NAM
Địa chỉ: Số 2 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.421 | Fax: 0235.3852.680
Tổng lượt truy cập: 2.486.930 | Đang trực tuyến: 41
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2023", Y23c, "actual"), ("6 tháng đầu năm 2024", H1, "actual"), ("kế hoạch năm 2024", K24, "target")]
ROWS = [("Xe lăn", [1120, 590, 1050]), ("Xe lắc", [265, 148, 290]), ("Chân tay giả", [204, 117, 220]),
        ("Máy trợ thính", [296, 181, 340]), ("Tổng số", [1885, 1036, 1900])]


def fmt(n):
    return f"{n:,}".replace(",", ".")


def table():
    out = []
    for row, vals in ROWS:
        prev = row
        for (col, per, st), v in zip(COLS, vals):
            kw = {"status": st} if st != "actual" else {}
            out.append(F(f"{prev}\n{fmt(v)}", fmt(v), v, "count", "chiếc",
                         subject=f"{row.lower()} cấp cho người khuyết tật {col}", period=per, **kw))
            prev = fmt(v)
    return out


FIGS = [
    F("cấp 1.036 phương tiện", "1.036", 1036, "count", "phương tiện trợ giúp", percent=54.5,
      subject="phương tiện trợ giúp cấp cho người khuyết tật", period=H1),
] + table() + [
    F("có 2 người", "2", 2, "count", "người khuyết tật vận động",
      subject="người khuyết tật vận động trong gia đình ông Hồ Văn Đen", location="Nam Trà My"),
    F("cả hai đều", "hai", 2, "count", "người", optional=True, subject="người được cấp xe lăn",
      period=Y23, location="Nam Trà My"),
    F("hỗ trợ 1,5 triệu", "1,5", 1500000, "money", "đồng/người",
      subject="hỗ trợ sửa nhà vệ sinh", period=Y23, location="Nam Trà My"),
    F("có 47 cơ sở", "47", 47, "count", "cơ sở y tế", subject="cơ sở y tế có khoa hoặc tổ phục hồi chức năng"),
    F("là 62%", "62", 62, "percent", "%",
      subject="tỷ lệ xã, phường, thị trấn đạt tiêu chí phục hồi chức năng dựa vào cộng đồng"),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Quảng Nam) with no dateline: no published. Menu, related links, footer address, phone/fax, counters.",
    "One-cell-per-line table ('Đơn vị tính: chiếc'): periods from column headers (scored); 'Kế hoạch năm 2024' -> target.",
    "Cell subject = row label + caption indicator + column label (FIGURES.md Tables). Cells get no totals; 'Tổng số' row is its own figures.",
    "Distractors: 'giai đoạn 2021-2030', 'thôn 2', 'lần thứ 4', 'năm 2024' in a related link, 'Số 2 Trần Phú', phones,",
    "'Tổng lượt truy cập: 2.486.930', 'Đang trực tuyến: 41'. 'đạt 54,5% kế hoạch năm' -> percent of 1.036.",
    "Family passage in huyện Nam Trà My -> location Nam Trà My; 'cả hai' repeats the 2 people (optional). 'hiện' figures: no period.",
]

if __name__ == "__main__":
    write("p1206-7", TEXT, NOTES, FIGS, published=None, location="Quảng Nam")
