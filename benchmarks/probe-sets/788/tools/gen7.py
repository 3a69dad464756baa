"""p788-7: Chi cục Chăn nuôi và Thú y Hà Tĩnh (department site, no dateline), one-cell-per-line table 2022/2023/plan 2024."""
from lib import F, asof, build, change, inherit, year

ROWS = [  # label, unit line, cells
    ("Số nhà yến", "nhà", ("318", "386", "450")),
    ("Số nhà yến có chim vào ở", "nhà", ("205", "264", "320")),
    ("Sản lượng tổ yến", "kg", ("1.150", "1.480", "1.900")),
    ("Giá trị sản xuất", "tỷ đồng", ("23,6", "28,9", "36,0")),
]
COLS = (("Năm 2022", 2022, "actual"), ("Năm 2023", 2023, "actual"), ("Kế hoạch 2024", 2024, "target"))

table_lines = "\n".join(["Chỉ tiêu", "Đơn vị tính"] + [c[0] for c in COLS]
                        + [x for label, unit, cells in ROWS for x in (label, unit, *cells)])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ TĨNH
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Nuôi chim yến: hướng đi mới của nông dân vùng biển

Những năm gần đây, nghề nuôi chim yến ở Hà Tĩnh phát triển nhanh, tập trung tại các huyện ven biển. Năm 2023, toàn tỉnh có 386 nhà yến, tăng 68 nhà so với năm 2022; trong đó huyện Cẩm Xuyên có 142 nhà, Thạch Hà 97 nhà, thị xã Kỳ Anh 63 nhà. Sản lượng tổ yến năm 2023 đạt gần 1,5 tấn, giá bán bình quân 19 triệu đồng/kg. Nhiều hộ có thu nhập trên 500 triệu đồng/năm từ nuôi yến.

Kết quả phát triển nghề nuôi chim yến tỉnh Hà Tĩnh:
""" + table_lines + """

Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, đến năm 2025 Hà Tĩnh phấn đấu có 550 nhà yến, sản lượng đạt 2,5 tấn. Chi cục khuyến cáo người dân chỉ xây nhà yến cách khu dân cư tối thiểu 300 m, không sử dụng loa phát âm thanh dẫn dụ chim vào ban đêm.

CHI CỤC CHĂN NUÔI VÀ THÚ Y HÀ TĨNH
Địa chỉ: Số 148 đường Hà Huy Tập, TP. Hà Tĩnh
Điện thoại: 0239.3855.624
Đang truy cập: 27 | Tổng lượt truy cập: 1.284.517
"""

Y23 = year(2023, "Năm 2023")
T2025 = asof("đến năm 2025", "2025-12-31")


def table():
    out = []
    for label, unit, cells in ROWS:
        for i, c in enumerate(cells):
            anchor = f"{unit}\n{c}" if i == 0 else f"{cells[i - 1]}\n{c}"
            head, y, status = COLS[i]
            n = float(c.replace(".", "").replace(",", "."))
            if unit == "tỷ đồng":
                kind, u, v = "money", "đồng", n * 1e9
            else:
                kind, u, v = ("measure", "kg", n) if unit == "kg" else ("count", "nhà", n)
            out.append(F(anchor, c, v, kind, u, f"{label} {head.lower()}", year(y, head), status=status))
    return out


FIGS = [
    F("có 386 nhà yến", "386", 386, "count", "nhà yến", "nhà yến", Y23,
      change=change("increase", 68, "nhà", "năm 2022")),
    F("Cẩm Xuyên có 142 nhà", "142", 142, "count", "nhà", "nhà yến", inherit(Y23), total=386, location="Cẩm Xuyên"),
    F("Thạch Hà 97 nhà", "97", 97, "count", "nhà", "nhà yến", inherit(Y23), total=386, location="Thạch Hà"),
    F("Kỳ Anh 63 nhà", "63", 63, "count", "nhà", "nhà yến", inherit(Y23), total=386, location="Kỳ Anh"),
    F("gần 1,5 tấn", "1,5", 1.5, "measure", "tấn", "sản lượng tổ yến", year(2023), approx="nearly"),
    F("bình quân 19 triệu", "19", 19e6, "money", "đồng/kg", "giá bán tổ yến bình quân", year(2023)),
    F("trên 500 triệu", "500", 500e6, "money", "đồng/năm", "thu nhập từ nuôi yến của nhiều hộ", inherit(Y23),
      approx="over"),
    *table(),
    F("có 550 nhà yến", "550", 550, "count", "nhà yến", "nhà yến", T2025, status="target"),
    F("đạt 2,5 tấn", "2,5", 2.5, "measure", "tấn", "sản lượng tổ yến", T2025, status="target"),
    F("tối thiểu 300 m", "300", 300, "measure", "m", "khoảng cách nhà yến đến khu dân cư", approx="at_least",
      optional=True),
]

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y Hà Tĩnh: nghề nuôi chim yến. No dateline (published absent); footer address, phone, visit counters.",
    "One-cell-per-line table (Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Kế hoạch 2024): every cell a figure; unit from the",
    "'Đơn vị tính' cell ('tỷ đồng' → money ×10^9 đồng); period from the column header; 'Kế hoạch 2024' → status target.",
    "The caption names the province: location Hà Tĩnh. 142 + 97 + 63 after 'trong đó' take total 386 (same unit, same year).",
    "'tối thiểu 300 m' is a siting rule (optional, at_least). Not figures: 'Kế hoạch số 215/KH-UBND', 'Số 148', phone,",
    "'Đang truy cập: 27', 'Tổng lượt truy cập: 1.284.517'. The income sentence follows the 2023 sentence: inherited period.",
]

if __name__ == "__main__":
    build("p788-7", TEXT, FIGS, COMMENTS, published=None, location="Hà Tĩnh")
