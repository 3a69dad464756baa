"""p1166-7: department site (Sở Nội vụ Lâm Đồng), no dateline; district archives, one-cell-per-line table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NỘI VỤ TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Đẩy nhanh chỉnh lý tài liệu tồn đọng tại Lưu trữ cấp huyện

Lâm Đồng hiện có 12/12 huyện, thành phố đã bố trí kho lưu trữ chuyên dụng với tổng diện tích hơn 3.400 m2; trong đó 4 kho được xây mới từ năm 2020. Năm 2023, Lưu trữ cấp huyện chỉnh lý 1.262 mét giá tài liệu, tăng 9,8% so với năm 2022, lập 64.380 hồ sơ. Tuy vậy, ở cấp xã mới có chưa đến 10% tài liệu được chỉnh lý.

Kết quả chỉnh lý tài liệu tại một số địa phương:
Đơn vị tính: mét giá
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Đà Lạt
265
290
300
Bảo Lộc
180
204
220
Đức Trọng
142
158
170
Di Linh
96
118
130
Tổng số
683
770
820

Huyện Đam Rông mới chỉnh lý được từ 20 đến 35 mét giá mỗi năm do thiếu kinh phí. Đơn giá chỉnh lý bình quân khoảng 2,4 triệu đồng/mét giá.

Năm 2024, Sở Nội vụ phấn đấu giải quyết khoảng 60% khối tài liệu tồn đọng tại Lưu trữ cấp huyện, ưu tiên hỗ trợ kinh phí cho các huyện khó khăn với mức 150 triệu đồng/huyện.

Bài viết liên quan:
- Tập huấn nghiệp vụ văn thư, lưu trữ lần thứ 5
- Công bố danh mục tài liệu hạn chế sử dụng năm 2023

SỞ NỘI VỤ TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.415
Tổng lượt truy cập: 2.806.114 | Đang trực tuyến: 41
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {
    "Năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), {}),
    "Năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), {}),
    "Kế hoạch 2024": (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), {"status": "target"}),
}
IND = "chỉnh lý tài liệu"


def row(label, cells, place):
    out = []
    for (anchor, number), col in zip(cells, COLS):
        p, kw = COLS[col]
        subj = f"{IND} {col.lower()}" if place else f"{IND} {label.lower()} {col.lower()}"
        out.append(fig(anchor, number, int(number), "measure", "mét giá", subject=subj, period=p,
                       **({"location": label} if place else {}), **kw))
    return out


TABLE = (row("Đà Lạt", [("Đà Lạt\n265", "265"), ("265\n290", "290"), ("290\n300", "300")], True)
         + row("Bảo Lộc", [("Bảo Lộc\n180", "180"), ("180\n204", "204"), ("204\n220", "220")], True)
         + row("Đức Trọng", [("Đức Trọng\n142", "142"), ("142\n158", "158"), ("158\n170", "170")], True)
         + row("Di Linh", [("Di Linh\n96", "96"), ("96\n118", "118"), ("118\n130", "130")], True)
         + row("Tổng số", [("Tổng số\n683", "683"), ("683\n770", "770"), ("770\n820", "820")], False))

FIGS = [
    fig("có 12/12 huyện", "12", 12, "count", "huyện, thành phố", total=12,
        subject="huyện, thành phố bố trí kho lưu trữ chuyên dụng"),
    fig("hơn 3.400 m2", "3.400", 3400, "measure", "m2", approx="over",
        subject="tổng diện tích kho lưu trữ chuyên dụng"),
    fig("trong đó 4 kho", "4", 4, "count", "kho",
        subject="kho lưu trữ chuyên dụng xây mới từ năm 2020"),
    fig("chỉnh lý 1.262 mét giá", "1.262", 1262, "measure", "mét giá",
        change=chg("increase", 9.8, "%", "năm 2022"), subject="tài liệu Lưu trữ cấp huyện chỉnh lý", period=Y23),
    fig("lập 64.380 hồ sơ", "64.380", 64380, "count", "hồ sơ",
        subject="hồ sơ Lưu trữ cấp huyện lập", period=Y23),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="tài liệu cấp xã được chỉnh lý"),
] + TABLE + [
    fig("từ 20 đến 35 mét giá", "20", 20, "measure", "mét giá/năm", value_max=35, location="Đam Rông",
        subject="tài liệu chỉnh lý mỗi năm"),
    fig("khoảng 2,4 triệu", "2,4", 2400000, "money", "đồng/mét giá", approx="about",
        subject="đơn giá chỉnh lý bình quân"),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", status="target",
        subject="khối tài liệu tồn đọng tại Lưu trữ cấp huyện được giải quyết", period=Y24),
    fig("150 triệu", "150", 150000000, "money", "đồng/huyện", status="target",
        subject="hỗ trợ kinh phí cho các huyện khó khăn", period=Y24),
]

NOTES = [
    "Department site (Sở Nội vụ Lâm Đồng) with no dateline: no published. Menu, related links, footer address, phone, counters.",
    "Distractors: 'từ năm 2020', 'lần thứ 5', 'năm 2023' in a link title, 'Số 36 Trần Phú, Phường 4', phone 0263.3822.415,",
    "'Tổng lượt truy cập: 2.806.114', 'Đang trực tuyến: 41'.",
    "'trong đó 4 kho' follows an area (3.400 m2), not a count of kho: no total. 12/12 → total 12. 'chưa đến 10%' → under.",
    "One-cell-per-line table, 'Đơn vị tính: mét giá', rows are places: row label → location, subject = caption indicator + column label;",
    "'Tổng số' row keeps the province (Lâm Đồng) with 'tổng số' in the subject. Periods from the column headers (scored);",
    "'Kế hoạch 2024' → target. Cells get no totals. 'từ 20 đến 35 mét giá mỗi năm' is a rate (mét giá/năm) for huyện Đam Rông.",
    "'Năm 2024, … phấn đấu …, ưu tiên hỗ trợ … 150 triệu đồng/huyện': the continuing clause stays target.",
]

if __name__ == "__main__":
    write("p1166-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
