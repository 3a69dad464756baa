"""p1134-7: department site (Sở Xây dựng Hà Nội), no dateline, one-cell-per-line table of toilets by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Duy trì hệ thống nhà vệ sinh công cộng miễn phí tại các quận trung tâm

Hệ thống nhà vệ sinh công cộng trên địa bàn 4 quận trung tâm do Công ty TNHH MTV Môi trường đô thị Hà Nội quản lý, vận hành theo hợp đồng đặt hàng với Sở Xây dựng. Năm 2024, giá trị hợp đồng duy trì vệ sinh đạt 38,6 tỷ đồng, tăng 4,1% so với năm 2023; toàn bộ nhà vệ sinh phục vụ miễn phí cho người dân và du khách.

Số nhà vệ sinh công cộng tại các quận trung tâm:
Đơn vị tính: nhà
Quận
Năm 2023
Năm 2024
Kế hoạch 2025
Hoàn Kiếm
62
68
75
Ba Đình
41
44
50
Đống Đa
38
40
46
Hai Bà Trưng
35
37
42
Tổng số
176
189
213

Các nhà vệ sinh quanh hồ Hoàn Kiếm và khu phố cổ phục vụ bình quân 1.800 lượt người/ngày, dịp cuối tuần có phố đi bộ tăng lên từ 2.500 đến 3.000 lượt. Mỗi nhà được bố trí 2 ca trực, công nhân vệ sinh hưởng lương khoảng 7,2 triệu đồng/người/tháng.

Năm 2024, Sở tiếp nhận 54 ý kiến phản ánh qua Tổng đài 1022 và ứng dụng iHanoi, giảm 17% so với năm trước. Trong đó, 31 ý kiến về việc nhà vệ sinh mở cửa muộn, đóng cửa sớm, 23 ý kiến về tình trạng mất vệ sinh.

SỞ XÂY DỰNG HÀ NỘI
Địa chỉ: 52 Lê Đại Hành, quận Hai Bà Trưng, Hà Nội
Điện thoại: 024.3976.2414
Lượt truy cập: 3.206.517 | Đang online: 48
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {"Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Năm 2024": P("Năm 2024", "2024-01-01", "2024-12-31"),
        "Kế hoạch 2025": P("Kế hoạch 2025", "2025-01-01", "2025-12-31")}
ROWS = [("Hoàn Kiếm", "Hoàn Kiếm", ["62", "68", "75"]),
        ("Ba Đình", "Ba Đình", ["41", "44", "50"]),
        ("Đống Đa", "Đống Đa", ["38", "40", "46"]),
        ("Hai Bà Trưng", "Hai Bà Trưng", ["35", "37", "42"]),
        ("Tổng số", None, ["176", "189", "213"])]


def table():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for col, num in zip(COLS, cells):
            subj = "nhà vệ sinh công cộng " + ("tổng số " if place is None else "") + col.lower()
            kw = {"location": place} if place else {}
            if col.startswith("Kế hoạch"):
                kw["status"] = "target"
            out.append(F(f"{prev}\n{num}\n", num, int(num), "count", "nhà", subject=subj, period=COLS[col], **kw))
            prev = num
    return out


FIGS = [
    F("địa bàn 4 quận", "4", 4, "count", "quận", optional=True, subject="quận trung tâm"),
    F("đạt 38,6 tỷ", "38,6", 38600000000, "money", "đồng",
      change=C("increase", 4.1, "%", "năm 2023"),
      subject="giá trị hợp đồng duy trì vệ sinh nhà vệ sinh công cộng", period=Y24),
] + table() + [
    F("bình quân 1.800 lượt", "1.800", 1800, "measure", "lượt người/ngày",
      subject="lượt người sử dụng các nhà vệ sinh quanh hồ Hoàn Kiếm và khu phố cổ", location="Hoàn Kiếm"),
    F("từ 2.500 đến 3.000", "2.500", 2500, "count", "lượt", value_max=3000,
      subject="lượt người sử dụng dịp cuối tuần có phố đi bộ", location="Hoàn Kiếm"),
    F("bố trí 2 ca", "2", 2, "measure", "ca trực/nhà", subject="ca trực mỗi nhà vệ sinh"),
    F("khoảng 7,2 triệu", "7,2", 7200000, "money", "đồng/người/tháng", approx="about",
      subject="lương công nhân vệ sinh"),
    F("tiếp nhận 54 ý kiến", "54", 54, "count", "ý kiến phản ánh",
      change=C("decrease", 17, "%", "năm trước"), subject="ý kiến phản ánh về nhà vệ sinh công cộng", period=Y24),
    F("31 ý kiến", "31", 31, "count", "ý kiến", total=54,
      subject="ý kiến phản ánh về việc nhà vệ sinh mở cửa muộn, đóng cửa sớm", period=I(Y24)),
    F("23 ý kiến", "23", 23, "count", "ý kiến", total=54,
      subject="ý kiến phản ánh về tình trạng mất vệ sinh", period=I(Y24)),
]

NOTES = [
    "Department site (Sở Xây dựng Hà Nội) with no dateline: no published. Footer address, phone, 'Lượt truy cập: 3.206.517 | Đang online: 48'.",
    "One-cell-per-line table ('Đơn vị tính: nhà'): row labels are districts → location; subject = indicator + column label; period from the",
    "column headers (scored), 'Kế hoạch 2025' → target. 'Tổng số' row: location Hà Nội (default), subject with 'tổng số'. Cells get no totals.",
    "'4 quận trung tâm' only sets the scope (optional). The hồ Hoàn Kiếm / phố cổ figures → location Hoàn Kiếm; 'bình quân ... lượt người/ngày' → measure;",
    "'tăng lên từ 2.500 đến 3.000 lượt' ('tăng lên' + number = the new level, not a change) → count 'lượt', range. 'Mỗi nhà được bố trí 2 ca trực' → measure ca trực/nhà.",
    "revised after the first run: 2.500-3.000 lượt was measure; made count to match the set's rule (a time frame alone, here 'dịp cuối tuần', with the",
    "unit written without '/' → count, as '2.500 lượt người mỗi ngày' in p1134-5 and '900 lượt' in p1134-6; per-entity or written '/' → measure).",
    "Distractors: '52 Lê Đại Hành', phone 024.3976.2414, 'Tổng đài 1022', counters; 'năm trước' is a baseline (2023).",
]

if __name__ == "__main__":
    write("p1134-7", TEXT, NOTES, FIGS, published=None, location="Hà Nội")
