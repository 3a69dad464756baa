"""p1039-3: UBND tỉnh Bạc Liêu formal report on swiftlet farming 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẠC LIÊU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Bạc Liêu, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình phát triển nghề nuôi chim yến năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số lượng nhà yến
Tính đến ngày 30/11/2024, toàn tỉnh có 2.418 nhà yến, tăng 136 nhà so với cuối năm 2023; trong đó 2.105 nhà đã có chim yến về làm tổ (chiếm 87,1%). Số nhà yến đã kê khai cơ sở chăn nuôi là 1.964 nhà, đạt 81,2%.

Số nhà yến và sản lượng tổ yến 11 tháng năm 2024 theo địa bàn:
Đơn vị tính: nhà; kg
STT | Địa phương | Số nhà yến | Sản lượng tổ yến
1 | Thị xã Giá Rai | 612 | 3.950
2 | Huyện Phước Long | 538 | 3.420
3 | Huyện Hồng Dân | 471 | 2.870
4 | Huyện Đông Hải | 402 | 2.310
5 | Các địa phương khác | 395 | 2.150
Tổng cộng | | 2.418 | 14.700

2. Sản lượng, giá trị
Sản lượng tổ yến 11 tháng năm 2024 đạt 14,7 tấn, tăng 8,1% so với cùng kỳ; ước cả năm đạt 16,2 tấn, bằng 101,3% kế hoạch. Giá tổ yến thô bình quân 11 tháng khoảng 17,5 triệu đồng/kg, giảm 12% so với năm 2023. Giá trị tổ yến thu hoạch 11 tháng ước đạt 257 tỷ đồng.

3. Công tác quản lý
Năm 2024, các ngành chức năng kiểm tra 326 cơ sở nuôi chim yến, phát hiện 41 cơ sở phát loa dẫn dụ vượt 70 dBA, xử phạt vi phạm hành chính 185 triệu đồng. Đã cấp mã số vùng nuôi cho 58 cơ sở đáp ứng yêu cầu xuất khẩu chính ngạch sang Trung Quốc.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu sản lượng tổ yến năm 2025 đạt 17,5 tấn; 100% nhà yến kê khai cơ sở chăn nuôi; dự kiến bố trí 2,5 tỷ đồng hỗ trợ xây dựng nhãn hiệu chứng nhận "Yến sào Bạc Liêu".

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TABLE_ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30", inherited=True)
TABLE_M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30", inherited=True)


def row(label, loc, n_anchor, n_num, n_val, kg_anchor, kg_num, kg_val):
    sub = "" if loc else f" {label}"
    return [
        F(n_anchor, n_num, n_val, "count", "nhà", f"số nhà yến{sub}", TABLE_ASOF, location=loc or "Bạc Liêu"),
        F(kg_anchor, kg_num, kg_val, "measure", "kg", f"sản lượng tổ yến{sub}", TABLE_M11,
          location=loc or "Bạc Liêu"),
    ]


FIGS = [
    F("có 2.418 nhà yến", "2.418", 2418, "count", "nhà yến", "nhà yến", ASOF,
      change=C("increase", 136, "nhà", "cuối năm 2023")),
    F("đó 2.105 nhà", "2.105", 2105, "count", "nhà", "nhà yến đã có chim yến về làm tổ", ASOF,
      total=2418, percent=87.1),
    F("là 1.964 nhà", "1.964", 1964, "count", "nhà", "nhà yến đã kê khai cơ sở chăn nuôi", I(ASOF),
      percent=81.2),
]
FIGS += row("Giá Rai", "Giá Rai", "| 612 |", "612", 612, "| 3.950", "3.950", 3950)
FIGS += row("Phước Long", "Phước Long", "| 538 |", "538", 538, "| 3.420", "3.420", 3420)
FIGS += row("Hồng Dân", "Hồng Dân", "| 471 |", "471", 471, "| 2.870", "2.870", 2870)
FIGS += row("Đông Hải", "Đông Hải", "| 402 |", "402", 402, "| 2.310", "2.310", 2310)
FIGS += row("các địa phương khác", None, "| 395 |", "395", 395, "| 2.150", "2.150", 2150)
FIGS += [
    F("| 2.418 |", "2.418", 2418, "count", "nhà", "tổng cộng số nhà yến", TABLE_ASOF),
    F("| 14.700", "14.700", 14700, "measure", "kg", "tổng cộng sản lượng tổ yến", TABLE_M11),
    F("đạt 14,7 tấn", "14,7", 14.7, "measure", "tấn", "sản lượng tổ yến", M11,
      change=C("increase", 8.1, "%", "cùng kỳ")),
    F("đạt 16,2 tấn", "16,2", 16.2, "measure", "tấn", "sản lượng tổ yến cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="estimate", percent=101.3),
    F("khoảng 17,5 triệu", "17,5", 17.5e6, "money", "đồng/kg", "giá tổ yến thô bình quân",
      P("11 tháng", "2024-01-01", "2024-11-30"), approx="about",
      change=C("decrease", 12, "%", "năm 2023")),
    F("ước đạt 257 tỷ đồng", "257", 257e9, "money", "đồng", "giá trị tổ yến thu hoạch",
      P("11 tháng", "2024-01-01", "2024-11-30"), status="estimate"),
    F("kiểm tra 326 cơ sở", "326", 326, "count", "cơ sở", "cơ sở nuôi chim yến được kiểm tra", Y24),
    F("phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở phát loa dẫn dụ vượt 70 dBA", Y24),
    F("vượt 70 dBA", "70", 70, "measure", "dBA", "âm lượng loa dẫn dụ", approx="over", optional=True),
    F("185 triệu đồng", "185", 185e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", Y24),
    F("cho 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở được cấp mã số vùng nuôi xuất khẩu chính ngạch",
      I(Y24)),
    F("đạt 17,5 tấn", "17,5", 17.5, "measure", "tấn", "sản lượng tổ yến", Y25, status="target"),
    F("; 100% nhà yến", "100", 100, "percent", "%", "nhà yến kê khai cơ sở chăn nuôi", Y25,
      status="target"),
    F("bố trí 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng",
      "kinh phí hỗ trợ xây dựng nhãn hiệu chứng nhận Yến sào Bạc Liêu", Y25, status="forecast"),
]

NOTES = [
    "Formal report: letterhead UBND TỈNH BẠC LIÊU, Số: 287/BC-UBND, 'Bạc Liêu, ngày 18 tháng 12 năm 2024', sections I/II, 1-3.",
    "Flattened '|' table with 'Đơn vị tính: nhà; kg', district column (location), row numbers 1-5 (not figures), Tổng cộng row.",
    "Table cells: no totals (the Tổng cộng row is its own figure); periods from the line above the table (inherited).",
    "'Các địa phương khác' is not a named place: location Bạc Liêu, the label goes into the subject.",
    "'bằng 101,3% kế hoạch' after a figure is its percent (cf. h14 'đạt 70% so kế hoạch').",
    "'41 cơ sở' found among the 326 inspected has no part-of cue: no total. '70 dBA' (a rule threshold) optional.",
    "The Phấn đấu sentence: its '100%' and '2,5 tỷ' clauses carry 'năm 2025' from the first clause of the same sentence (scored).",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2024-12-18", location="Bạc Liêu")
