"""p1027-3: formal report of UBND tỉnh Kon Tum, H1/2024, flattened '|' table by district."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH KON TUM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 18 tháng 7 năm 2024

BÁO CÁO
Kết quả bảo tồn trang phục, nghề dệt thổ cẩm truyền thống 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác truyền dạy
Trong 6 tháng đầu năm 2024, các huyện đã tổ chức 21 lớp truyền dạy nghề dệt thổ cẩm, may trang phục truyền thống, đạt 70% kế hoạch năm, với 630 học viên người Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng. Kết quả cụ thể tại các huyện như sau:

Đơn vị tính: lớp, học viên, bộ, triệu đồng
Huyện | Số lớp | Học viên | Bộ trang phục hỗ trợ | Kinh phí
Đăk Glei | 6 | 180 | 240 | 912
Kon Plông | 5 | 150 | 205 | 780
Sa Thầy | 4 | 120 | 160 | 615
Ngọc Hồi | 6 | 180 | 235 | 893
Tổng cộng | 21 | 630 | 840 | 3.200

2. Hỗ trợ nghệ nhân, tổ hợp tác
Toàn tỉnh có 54 nghệ nhân dệt thổ cẩm, trong đó 3 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú. 6 tháng đầu năm, tỉnh hỗ trợ 12 tổ hợp tác dệt thổ cẩm mua khung dệt, sợi màu với mức 50 triệu đồng/tổ; các tổ bán ra 2.860 sản phẩm, doanh thu khoảng 1,45 tỷ đồng, tăng 22% so với cùng kỳ năm 2023.

II. KHÓ KHĂN, HẠN CHẾ
Người biết dệt chủ yếu là phụ nữ trên 50 tuổi; giá sợi công nghiệp tăng khoảng 15% nên sản phẩm khó cạnh tranh với hàng dệt máy.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu mở thêm 9 lớp truyền dạy, hỗ trợ 360 bộ trang phục cho học sinh các trường phổ thông dân tộc nội trú; dự kiến giải ngân 1,37 tỷ đồng.

Nơi nhận:
- Ủy ban Dân tộc;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
TAB = I(H1)

COLS = [("Số lớp", "lớp", "count", 1), ("Học viên", "học viên", "count", 1),
        ("Bộ trang phục hỗ trợ", "bộ", "count", 1), ("Kinh phí", "đồng", "money", 1_000_000)]
ROWS = [("Đăk Glei", ["6", "180", "240", "912"]),
        ("Kon Plông", ["5", "150", "205", "780"]),
        ("Sa Thầy", ["4", "120", "160", "615"]),
        ("Ngọc Hồi", ["6", "180", "235", "893"]),
        ("Tổng cộng", ["21", "630", "840", "3.200"])]


def table_figs():
    out = []
    for place, cells in ROWS:
        line = f"{place} | " + " | ".join(cells)
        for j, (col, unit, kind, mult) in enumerate(COLS):
            # anchor: the row label plus the cells up to and including this one
            anchor = f"{place} | " + " | ".join(cells[:j + 1])
            assert anchor in line
            num = cells[j]
            value = float(num.replace(".", "").replace(",", ".")) * mult
            if value.is_integer():
                value = int(value)
            if place == "Tổng cộng":
                out.append(F(anchor, num, value, kind, unit, f"Tổng cộng {col.lower()}", TAB))
            else:
                out.append(F(anchor, num, value, kind, unit, col, TAB, location=place))
    return out


FIGS = [
    F("tổ chức 21 lớp", "21", 21, "count", "lớp", "lớp truyền dạy nghề dệt thổ cẩm, may trang phục truyền thống",
      H1, percent=70),
    F("với 630 học viên", "630", 630, "count", "học viên", "học viên lớp truyền dạy", H1),
    *table_figs(),
    F("có 54 nghệ nhân", "54", 54, "count", "nghệ nhân", "nghệ nhân dệt thổ cẩm"),
    F("3 nghệ nhân", "3", 3, "count", "nghệ nhân", "nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú", total=54),
    F("hỗ trợ 12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác dệt thổ cẩm được hỗ trợ mua khung dệt, sợi màu",
      H1b),
    F("50 triệu đồng/tổ", "50", 50_000_000, "money", "đồng/tổ", "mức hỗ trợ tổ hợp tác dệt thổ cẩm", H1b),
    F("bán ra 2.860 sản phẩm", "2.860", 2860, "count", "sản phẩm", "sản phẩm các tổ hợp tác bán ra", H1b),
    F("khoảng 1,45 tỷ đồng", "1,45", 1_450_000_000, "money", "đồng", "doanh thu của các tổ hợp tác dệt thổ cẩm",
      H1b, approx="about", change=C("increase", 22, "%", "cùng kỳ năm 2023")),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", "tuổi của người biết dệt", approx="over", optional=True),
    F("tăng khoảng 15%", "15", 15, "percent", "%", "giá sợi công nghiệp tăng", approx="about"),
    F("thêm 9 lớp", "9", 9, "count", "lớp", "lớp truyền dạy mở thêm", H2, status="target"),
    F("hỗ trợ 360 bộ", "360", 360, "count", "bộ trang phục", "bộ trang phục hỗ trợ cho học sinh trường phổ thông dân tộc nội trú",
      H2, status="target"),
    F("giải ngân 1,37 tỷ đồng", "1,37", 1_370_000_000, "money", "đồng", "kinh phí giải ngân", H2, status="forecast"),
]

NOTES = [
    "Báo cáo số 287/BC-UBND của UBND tỉnh Kon Tum: bảo tồn trang phục, nghề dệt thổ cẩm 6 tháng đầu năm 2024, bảng '|' theo huyện.",
    "'Kon Tum, ngày 18 tháng 7 năm 2024' gives published. Số hiệu, section numbers I.-III., 1.-2. are not figures.",
    "Table: every cell is a figure; district rows take the district as location and the column label as subject; the 'Tổng cộng' row",
    "is a figure of its own (Kon Tum). Unit per column from 'Đơn vị tính: lớp, học viên, bộ, triệu đồng' (Kinh phí ×10^6 đồng).",
    "The table's period stands in the sentence above it (inherited). '70% kế hoạch năm' is the percent of the 21 classes.",
    "'Trong số' style part: 3 of 54 nghệ nhân ('trong đó'). 'trên 50 tuổi' is a category threshold (optional).",
    "Section III heading gives the period of the plan figures (inherited): 'Phấn đấu' → target, 'dự kiến' → forecast.",
    "'giá sợi tăng khoảng 15%' has no base amount: a percent figure without change.",
]

write(3, TEXT, FIGS, NOTES, published="2024-07-18", location="Kon Tum")
