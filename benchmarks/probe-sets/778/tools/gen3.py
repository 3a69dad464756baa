"""p778-3: Cao Bằng formal report — border markets, 9 months of 2024, flattened '|' table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH CAO BẰNG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động chợ biên giới, chợ cửa khẩu 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng chợ
Toàn tỉnh có 14 chợ biên giới, chợ cửa khẩu, trong đó 6 chợ đã được đầu tư kiên cố, 8 chợ bán kiên cố. Từ năm 2021 đến nay, tổng vốn đầu tư cải tạo các chợ đạt 63,5 tỷ đồng.

2. Hoạt động trao đổi hàng hóa
9 tháng năm 2024, tổng giá trị hàng hóa trao đổi qua các chợ ước đạt 1.126,8 tỷ đồng, bằng 78,4% kế hoạch năm, tăng 12,5% so với cùng kỳ. Số lượt cư dân biên giới qua lại ước đạt 112.600 lượt.

Bảng 1. Kết quả hoạt động chợ biên giới theo huyện 9 tháng năm 2024
Huyện | Số chợ (chợ) | Hộ kinh doanh (hộ) | Giá trị trao đổi (tỷ đồng)
Trùng Khánh | 4 | 244 | 508,8
Hà Quảng | 4 | 131 | 287,5
Hạ Lang | 3 | 89 | 204,1
Thạch An | 3 | 52 | 126,4
Tổng cộng | 14 | 516 | 1.126,8

3. Quản lý thị trường
Lực lượng chức năng đã kiểm tra 86 vụ, xử lý 57 vụ vi phạm, thu nộp ngân sách hơn 1,2 tỷ đồng; tịch thu 3,6 tấn hàng hóa không rõ nguồn gốc.

II. KHÓ KHĂN, HẠN CHẾ
Một số chợ như chợ mốc 119 (xã Ngọc Khê) còn tạm bợ; đoạn Quốc lộ 3 và Tỉnh lộ 206 xuống cấp, ảnh hưởng vận chuyển hàng hóa.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 giá trị trao đổi hàng hóa qua chợ đạt 1.440 tỷ đồng; dự kiến khởi công chợ cửa khẩu Lý Vạn với tổng mức đầu tư 18 tỷ đồng.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T = INH(M9)

def cell(anchor, number, value, kind, unit, subject, loc):
    return F(anchor, number, value, kind, unit, subject, T, location=loc)

FIGS = [
    F("có 14 chợ biên giới", "14", 14, "count", "chợ", "chợ biên giới, chợ cửa khẩu"),
    F("trong đó 6 chợ", "6", 6, "count", "chợ", "chợ đã được đầu tư kiên cố", total=14),
    F("8 chợ bán kiên cố", "8", 8, "count", "chợ", "chợ bán kiên cố", total=14),
    F("đạt 63,5 tỷ đồng", "63,5", 63500000000, "money", "đồng", "tổng vốn đầu tư cải tạo các chợ",
      P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-07")),
    F("ước đạt 1.126,8 tỷ đồng", "1.126,8", 1126800000000, "money", "đồng",
      "tổng giá trị hàng hóa trao đổi qua các chợ", M9,
      percent=78.4, change=CH("increase", 12.5, "%", "cùng kỳ"), status="estimate"),
    F("ước đạt 112.600 lượt", "112.600", 112600, "count", "lượt", "lượt cư dân biên giới qua lại",
      T, status="estimate"),
    # table: row label = district (location), column label = subject; unit from the header
    cell("Trùng Khánh | 4", "4", 4, "count", "chợ", "Số chợ", "Trùng Khánh"),
    cell("| 244 |", "244", 244, "count", "hộ", "Hộ kinh doanh", "Trùng Khánh"),
    cell("| 508,8", "508,8", 508800000000, "money", "đồng", "Giá trị trao đổi", "Trùng Khánh"),
    cell("Hà Quảng | 4", "4", 4, "count", "chợ", "Số chợ", "Hà Quảng"),
    cell("| 131 |", "131", 131, "count", "hộ", "Hộ kinh doanh", "Hà Quảng"),
    cell("| 287,5", "287,5", 287500000000, "money", "đồng", "Giá trị trao đổi", "Hà Quảng"),
    cell("Hạ Lang | 3", "3", 3, "count", "chợ", "Số chợ", "Hạ Lang"),
    cell("| 89 |", "89", 89, "count", "hộ", "Hộ kinh doanh", "Hạ Lang"),
    cell("| 204,1", "204,1", 204100000000, "money", "đồng", "Giá trị trao đổi", "Hạ Lang"),
    cell("Thạch An | 3", "3", 3, "count", "chợ", "Số chợ", "Thạch An"),
    cell("| 52 |", "52", 52, "count", "hộ", "Hộ kinh doanh", "Thạch An"),
    cell("| 126,4", "126,4", 126400000000, "money", "đồng", "Giá trị trao đổi", "Thạch An"),
    cell("Tổng cộng | 14", "14", 14, "count", "chợ", "Tổng cộng số chợ", "Cao Bằng"),
    cell("| 516 |", "516", 516, "count", "hộ", "Tổng cộng hộ kinh doanh", "Cao Bằng"),
    cell("| 1.126,8", "1.126,8", 1126800000000, "money", "đồng", "Tổng cộng giá trị trao đổi", "Cao Bằng"),
    F("kiểm tra 86 vụ", "86", 86, "count", "vụ", "vụ kiểm tra", T),
    F("xử lý 57 vụ", "57", 57, "count", "vụ", "vụ vi phạm được xử lý", T),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "thu nộp ngân sách", T, approx="over"),
    F("tịch thu 3,6 tấn", "3,6", 3.6, "measure", "tấn", "hàng hóa không rõ nguồn gốc bị tịch thu", T),
    F("đạt 1.440 tỷ đồng", "1.440", 1440000000000, "money", "đồng",
      "giá trị trao đổi hàng hóa qua chợ", P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("tổng mức đầu tư 18 tỷ đồng", "18", 18000000000, "money", "đồng",
      "tổng mức đầu tư chợ cửa khẩu Lý Vạn", status="forecast"),
]

COMMENTS = [
    "Cao Bằng formal report (Số: 318/BC-UBND, Cao Bằng, ngày 07 tháng 10 năm 2024): border markets, 9 months of 2024, with a flattened '|' table.",
    "Table: every numeric cell is a figure; row label (district) → location, column label → subject, unit and tỷ multiplier from the header;",
    "the 'Tổng cộng' row is the province's. No 'Ước'/'Kế hoạch' column, so the cells are actual; period from the table title (inherited).",
    "No total on the district cells (a total row is not a part-of cue in FIGURES.md). 'Từ năm 2021 đến nay' ends at the report date.",
    "'kiểm tra 86 vụ, xử lý 57 vụ' has no part-of cue: no total. 'dự kiến' → forecast; 'Phấn đấu cả năm 2024' → target.",
    "Distractors: Số: 318/BC-UBND, section numbers I./1./III., 'Bảng 1', 'chợ mốc 119', Quốc lộ 3, Tỉnh lộ 206, 'QUÝ IV/2024' heading.",
]

if __name__ == "__main__":
    emit("p778-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Cao Bằng")
