"""p1512-7: department site (Sở Công Thương Long An), no dateline: folding metal household goods; one-cell-per-line table by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Giới thiệu | Tin tức | Khuyến công | Xúc tiến thương mại | Văn bản

Ngành sản xuất đồ gia dụng kim loại gấp gọn phát triển mạnh

Long An hiện có 42 cơ sở, doanh nghiệp sản xuất cầu là, giá phơi, kệ và bàn ghế gấp bằng kim loại, tổng vốn đăng ký khoảng 2.150 tỷ đồng. Năm 2023, các cơ sở này sản xuất hơn 3,4 triệu sản phẩm, doanh thu đạt 1.280 tỷ đồng, xếp thứ 3 khu vực Đồng bằng sông Cửu Long về giá trị sản xuất đồ gia dụng kim loại.

Sản lượng đồ gia dụng gấp gọn theo địa bàn
Đơn vị tính: nghìn sản phẩm
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Huyện Đức Hòa
1.526
1.690
110,7
Huyện Bến Lức
1.048
1.121
107,0
Huyện Cần Giuộc
603
655
108,6
Các huyện khác
235
244
103,8
Tổng số
3.412
3.710
108,7

Để hỗ trợ ngành, năm 2024 Trung tâm Khuyến công và Tư vấn phát triển công nghiệp bố trí 1,8 tỷ đồng kinh phí khuyến công, hỗ trợ 6 cơ sở đầu tư máy uốn ống, robot hàn, mỗi cơ sở tối đa 300 triệu đồng. Cơ sở quan tâm liên hệ Phòng Quản lý công nghiệp, số điện thoại 0272.3826.531.

Bài viết khác:
- Long An: Hội chợ hàng Việt về nông thôn năm 2024
- Hướng dẫn hồ sơ đề nghị hỗ trợ khuyến công địa phương

Liên kết website | Sơ đồ trang
Địa chỉ: Số 75 Nguyễn Huệ, Phường 1, TP Tân An, tỉnh Long An
Lượt truy cập: 1.204.377 | Đang online: 25
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)"]
ROWS = [
    ("Huyện Đức Hòa", "Đức Hòa", ["1.526", "1.690", "110,7"]),
    ("Huyện Bến Lức", "Bến Lức", ["1.048", "1.121", "107,0"]),
    ("Huyện Cần Giuộc", "Cần Giuộc", ["603", "655", "108,6"]),
    ("Các huyện khác", None, ["235", "244", "103,8"]),
    ("Tổng số", None, ["3.412", "3.710", "108,7"]),
]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            v = float(n.replace(".", "").replace(",", "."))
            kw = {"location": place} if place else {}
            base = "sản lượng đồ gia dụng gấp gọn" + ("" if place else f" {label.lower()}")
            if col.startswith("So với"):
                out.append(F(f"{prev}\n{n}", n, v, "percent", "%", subject=f"{base} so với cùng kỳ",
                             period=I(E24), **kw))
            elif col == "Năm 2023":
                out.append(F(f"{prev}\n{n}", n, v * 1e3, "count", "sản phẩm", subject=f"{base} năm 2023",
                             period=Y23, **kw))
            else:
                out.append(F(f"{prev}\n{n}", n, v * 1e3, "count", "sản phẩm", status="estimate",
                             subject=f"{base} ước thực hiện 2024", period=E24, **kw))
            prev = n
    return out


FIGS = [
    F("có 42 cơ sở", "42", 42, "count", "cơ sở, doanh nghiệp",
      subject="cơ sở, doanh nghiệp sản xuất cầu là, giá phơi, kệ và bàn ghế gấp bằng kim loại"),
    F("khoảng 2.150 tỷ", "2.150", 2150e9, "money", "đồng", approx="about", subject="tổng vốn đăng ký"),
    F("hơn 3,4 triệu", "3,4", 3.4e6, "count", "sản phẩm", approx="over",
      subject="sản phẩm các cơ sở sản xuất", period=Y23),
    F("đạt 1.280 tỷ", "1.280", 1280e9, "money", "đồng", subject="doanh thu của các cơ sở", period=Y23),
    F("xếp thứ 3", "3", 3, "rank", "hạng",
      subject="giá trị sản xuất đồ gia dụng kim loại khu vực Đồng bằng sông Cửu Long", period=Y23),
] + cells() + [
    F("bố trí 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", subject="kinh phí khuyến công", period=Y24),
    F("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở",
      subject="cơ sở được hỗ trợ đầu tư máy uốn ống, robot hàn", period=Y24),
    F("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most",
      subject="mức hỗ trợ mỗi cơ sở", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Long An) without a dateline: menu, related links, footer address, 'Lượt truy cập', 'Đang online'. published = none.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn sản phẩm': count cells in sản phẩm ×10^3; place rows (Đức Hòa, Bến Lức, Cần Giuộc) give location;",
    "'Các huyện khác' and 'Tổng số' stay in Long An. 'Ước thực hiện 2024' column → estimate, period 2024 (scored); 'Năm 2023' → 2023.",
    "'So với cùng kỳ (%)' cells: percent figures, status actual (their header carries no cue), period inherited from 'Ước thực hiện 2024'. No totals in the table.",
    "'xếp thứ 3 khu vực Đồng bằng sông Cửu Long' is Long An's rank (location Long An), in the 'Năm 2023' sentence.",
    "'mỗi cơ sở tối đa 300 triệu đồng' is a cap per establishment: money, at_most, unit đồng/cơ sở.",
    "Distractors: phone 0272.3826.531, 'Số 75 Nguyễn Huệ, Phường 1', 'Lượt truy cập: 1.204.377', 'Đang online: 25', 'năm 2024' in a link.",
]

if __name__ == "__main__":
    write("p1512-7", TEXT, NOTES, FIGS, location="Long An")
