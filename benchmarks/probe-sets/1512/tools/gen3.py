"""p1512-3: formal report (Sở Công Thương Đồng Nai): folding household goods, 6 months 2024; flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ CÔNG THƯƠNG
Số: 1275/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, xuất khẩu nhóm hàng gia dụng và nội thất gấp gọn 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Trên địa bàn tỉnh có 19 doanh nghiệp sản xuất nhóm hàng này, trong đó 14 doanh nghiệp có vốn đầu tư nước ngoài, chủ yếu tại các khu công nghiệp Nhơn Trạch 3, Long Đức và Amata. 6 tháng đầu năm 2024, kim ngạch xuất khẩu nhóm hàng đạt 142,6 triệu USD, tăng 9,2% so với cùng kỳ, bằng 47,5% kế hoạch năm.

2. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn sản phẩm
Sản phẩm | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
Cầu là các loại | 1.840 | 2.015 | 109,5
Giá phơi, giá treo quần áo gấp gọn | 2.630 | 2.870 | 109,1
Bàn, ghế gấp | 955 | 1.012 | 106,0
Tổng cộng | 5.425 | 5.897 | 108,7
Trong đó: xuất khẩu | 4.610 | 5.120 | 111,1

3. Lao động, thị trường
Các doanh nghiệp sử dụng khoảng 11.300 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng. Thị trường xuất khẩu chính là Hoa Kỳ (chiếm 46%), EU (21%) và Nhật Bản (12%).

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu kim ngạch xuất khẩu cả năm 2024 đạt 300 triệu USD; hỗ trợ ít nhất 5 doanh nghiệp ứng dụng tự động hóa khâu hàn, sơn; tổ chức 2 đoàn xúc tiến thương mại tại Hoa Kỳ và Hàn Quốc.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [
    ("Cầu là các loại", "loại", ["1.840", "2.015", "109,5"]),
    ("Giá phơi, giá treo quần áo gấp gọn", "gọn", ["2.630", "2.870", "109,1"]),
    ("Bàn, ghế gấp", "gấp", ["955", "1.012", "106,0"]),
    ("Tổng cộng", "Tổng cộng", ["5.425", "5.897", "108,7"]),
    ("Trong đó: xuất khẩu", "xuất khẩu", ["4.610", "5.120", "111,1"]),
]
TOTAL_ROW = {"6 tháng 2023": 5425e3, "6 tháng 2024": 5897e3}


def cells():
    out = []
    for label, tail, nums in ROWS:
        prev = tail
        for col, n in zip(("6 tháng 2023", "6 tháng 2024", "So với cùng kỳ (%)"), nums):
            anchor = f"{prev} | {n}"
            v = float(n.replace(".", "").replace(",", "."))
            subj = f"sản lượng {label.replace('Trong đó: ', '')} {col.replace(' (%)', '')}"
            if col.startswith("So với"):
                out.append(F(anchor, n, v, "percent", "%", subject=subj, period=I(C24)))
            else:
                kw = {}
                if label.startswith("Trong đó"):
                    kw["total"] = TOTAL_ROW[col]
                out.append(F(anchor, n, v * 1e3, "count", "sản phẩm", subject=subj,
                             period=C23 if col == "6 tháng 2023" else C24, **kw))
            prev = n
    return out


FIGS = [
    F("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất nhóm hàng gia dụng và nội thất gấp gọn"),
    F("trong đó 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", total=19,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("đạt 142,6 triệu", "142,6", 142.6e6, "money", "USD", percent=47.5,
      change=C("increase", 9.2, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu nhóm hàng", period=H1),
] + cells() + [
    F("khoảng 11.300 lao động", "11.300", 11300, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp sử dụng"),
    F("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("(chiếm 46%)", "46", 46, "percent", "%", subject="thị trường xuất khẩu Hoa Kỳ", period=I(H1)),
    F("EU (21%)", "21", 21, "percent", "%", subject="thị trường xuất khẩu EU", period=I(H1)),
    F("Nhật Bản (12%)", "12", 12, "percent", "%", subject="thị trường xuất khẩu Nhật Bản", period=I(H1)),
    F("đạt 300 triệu", "300", 300e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu cả năm", period=Y24),
    F("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", approx="at_least", status="target",
      subject="doanh nghiệp được hỗ trợ ứng dụng tự động hóa khâu hàn, sơn", period=H2),
    F("tổ chức 2 đoàn", "2", 2, "count", "đoàn", status="target",
      subject="đoàn xúc tiến thương mại tại Hoa Kỳ và Hàn Quốc", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI / SỞ CÔNG THƯƠNG', 'Số: 1275/BC-SCT', 'Đồng Nai, ngày 15 tháng 7 năm 2024' (published), I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm': count cells in sản phẩm ×10^3, period from the column header (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (subject row + column), period 6 tháng 2024 inherited (the header names none).",
    "Table cells get no total, except the 'Trong đó: xuất khẩu' row: a part after 'trong đó' following the whole (the 'Tổng cộng' row, same column).",
    "Hoa Kỳ / EU / Nhật Bản are trade partners (in the subject), location stays Đồng Nai; '(chiếm 46%)' follows no amount: a percent figure.",
    "Section II 'Phấn đấu ...;' governs all three clauses (target); 5 doanh nghiệp and 2 đoàn take the section's '6 tháng cuối năm 2024' (inherited).",
    "Distractors: Số: 1275/BC-SCT, 'Nhơn Trạch 3', section numbers, letterhead date, '6 tháng đầu năm 2024' in the title.",
]

if __name__ == "__main__":
    write("p1512-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Đồng Nai")
