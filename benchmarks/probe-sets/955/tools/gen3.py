"""p955-3: formal report (UBND tỉnh Đồng Tháp), làng nghề bột, hủ tiếu; flattened | table."""
from lib import P, I, C, T, F, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình phát triển làng nghề chế biến bột, hủ tiếu 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 96/KH-UBND ngày 10/4/2023 của UBND tỉnh về phát triển làng nghề giai đoạn 2023-2025, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô làng nghề
Toàn tỉnh có 5 làng nghề chế biến bột, hủ tiếu được công nhận với 186 cơ sở sản xuất, trong đó 103 cơ sở thuộc 3 địa phương trọng điểm là TP. Sa Đéc, huyện Lai Vung và huyện Châu Thành. Các làng nghề giải quyết việc làm cho khoảng 2.900 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng.

2. Sản xuất, tiêu thụ
Sản lượng 6 tháng đầu năm 2024 ước đạt 14.425 tấn, bằng 52,4% kế hoạch năm, tăng 8,9% so với cùng kỳ; riêng quý II/2024 đạt 7.980 tấn, tăng 23,8% so với quý I/2024. Chi tiết tại bảng sau:

Bảng 1. Sản lượng bột và sản phẩm từ bột của các địa phương trọng điểm
Đơn vị tính: tấn
Địa phương | 6 tháng năm 2023 | 6 tháng năm 2024 | Tăng (%)
TP. Sa Đéc | 9.850 | 10.720 | 8,8
Lai Vung | 2.140 | 2.310 | 7,9
Châu Thành | 1.260 | 1.395 | 10,7
Tổng cộng | 13.250 | 14.425 | 8,9

Giá trị sản xuất ước đạt 318 tỷ đồng. Kim ngạch xuất khẩu hủ tiếu, bánh phở khô đạt 2,6 triệu USD, chủ yếu sang Hàn Quốc, Úc và Hoa Kỳ.

II. TỒN TẠI, HẠN CHẾ
Còn 27 cơ sở chưa có hệ thống xử lý nước thải, chiếm 14,5% tổng số cơ sở.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 sản lượng đạt 27.500 tấn, giá trị sản xuất trên 600 tỷ đồng; hỗ trợ 20 cơ sở đầu tư hệ thống xử lý nước thải.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KT.
"""

H1_24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
C23 = P("6 tháng năm 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
S = "sản lượng bột và sản phẩm từ bột"


def cell(anchor, number, value, loc, col, per, **kw):
    s = f"{S} tổng cộng" if anchor.startswith("Tổng cộng") or loc == "Đồng Tháp" else S
    if col == "%":
        return F(anchor, number, value, "percent", "%", f"{s} tăng", per, location=loc, **kw)
    return F(anchor, number, value, "measure", "tấn", f"{s} {col}", per, location=loc, **kw)


FIGS = [
    F("có 5 làng nghề", "5", 5, "count", "làng nghề", "làng nghề chế biến bột, hủ tiếu được công nhận"),
    F("với 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở sản xuất của các làng nghề chế biến bột, hủ tiếu"),
    F("trong đó 103 cơ sở", "103", 103, "count", "cơ sở", "cơ sở sản xuất thuộc 3 địa phương trọng điểm", total=186),
    F("thuộc 3 địa phương", "3", 3, "count", "địa phương", "địa phương trọng điểm", optional=True),
    F("khoảng 2.900 lao động", "2.900", 2900, "count", "lao động", "lao động được giải quyết việc làm tại các làng nghề",
      approx="about"),
    F("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động làng nghề"),
    F("ước đạt 14.425 tấn", "14.425", 14425, "measure", "tấn", "sản lượng bột, hủ tiếu", H1_24, status="estimate",
      percent=52.4, change=C("increase", 8.9, "%", "cùng kỳ")),
    F("đạt 7.980 tấn", "7.980", 7980, "measure", "tấn", "sản lượng bột, hủ tiếu", Q2,
      change=C("increase", 23.8, "%", "quý I/2024")),
    cell("Sa Đéc | 9.850", "9.850", 9850, "Sa Đéc", "6 tháng năm 2023", C23),
    cell("| 10.720 |", "10.720", 10720, "Sa Đéc", "6 tháng năm 2024", C24),
    cell("| 8,8", "8,8", 8.8, "Sa Đéc", "%", I(C24)),
    cell("Lai Vung | 2.140", "2.140", 2140, "Lai Vung", "6 tháng năm 2023", C23),
    cell("| 2.310 |", "2.310", 2310, "Lai Vung", "6 tháng năm 2024", C24),
    cell("| 7,9", "7,9", 7.9, "Lai Vung", "%", I(C24)),
    cell("Châu Thành | 1.260", "1.260", 1260, "Châu Thành", "6 tháng năm 2023", C23),
    cell("| 1.395 |", "1.395", 1395, "Châu Thành", "6 tháng năm 2024", C24),
    cell("| 10,7", "10,7", 10.7, "Châu Thành", "%", I(C24)),
    cell("Tổng cộng | 13.250", "13.250", 13250, "Đồng Tháp", "6 tháng năm 2023", C23),
    cell("| 14.425 |", "14.425", 14425, "Đồng Tháp", "6 tháng năm 2024", C24),
    cell("| 8,9", "8,9", 8.9, "Đồng Tháp", "%", I(C24)),
    F("ước đạt 318 tỷ đồng", "318", 318e9, "money", "đồng", "giá trị sản xuất làng nghề", I(H1_24), status="estimate"),
    F("đạt 2,6 triệu USD", "2,6", 2.6e6, "money", "USD", "kim ngạch xuất khẩu hủ tiếu, bánh phở khô", I(H1_24)),
    F("Còn 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở chưa có hệ thống xử lý nước thải", percent=14.5),
    F("đạt 27.500 tấn", "27.500", 27500, "measure", "tấn", "sản lượng", Y24, status="target"),
    F("trên 600 tỷ đồng", "600", 600e9, "money", "đồng", "giá trị sản xuất", Y24, approx="over", status="target"),
    F("hỗ trợ 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư hệ thống xử lý nước thải", Y24,
      status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Đồng Tháp số 287/BC-UBND (15/7/2024): làng nghề bột, hủ tiếu (Sa Đéc, Lai Vung, Châu Thành), H1/2024.",
    "Distractors: letterhead, 'Số: 287/BC-UBND', 'ngày 15 tháng 7 năm 2024', 'Kế hoạch số 96/KH-UBND ngày 10/4/2023', 'giai đoạn 2023-2025',",
    "section numbers I.-III., 1.-2., 'Bảng 1.', heading '6 THÁNG CUỐI NĂM'. '3 địa phương trọng điểm' is structure: optional.",
    "Table: unit from 'Đơn vị tính: tấn', periods from the column headers (the 'Tăng (%)' column has none of its own: inherited),",
    "row places go to location, the 'Tổng cộng' row is the province. Table cells carry no totals. 'riêng quý II/2024' is not a part-of cue (other period).",
    "Revised after first run: the 'Tổng cộng' row subjects keep the row label (spec: row label + column label).",
    "'bằng 52,4% kế hoạch năm' is the percent of 14.425 tấn. The sentences after the table inherit '6 tháng đầu năm 2024'.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, COMMENTS, published="2024-07-15", location="Đồng Tháp")
