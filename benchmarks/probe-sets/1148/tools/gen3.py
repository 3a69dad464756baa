"""p1148-3: formal report (UBND tỉnh Hải Dương), hazardous industrial waste 2023, flattened | table by sector."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 22 tháng 12 năm 2023

BÁO CÁO
Công tác quản lý chất thải nguy hại công nghiệp năm 2023

I. TÌNH HÌNH PHÁT SINH VÀ XỬ LÝ
1. Khối lượng phát sinh
Ước cả năm 2023, các cơ sở công nghiệp trên địa bàn tỉnh phát sinh khoảng 23.600 tấn chất thải nguy hại (CTNH), tăng 6,3% so với năm 2022; khối lượng được chuyển giao xử lý ước đạt 23.000 tấn, bằng 97,5% lượng phát sinh.

2. Khối lượng CTNH phát sinh theo nhóm ngành
Đơn vị tính: tấn
Nhóm ngành | Năm 2022 | Ước năm 2023
Điện tử, linh kiện | 7.850 | 8.420
Da giày, dệt may | 3.240 | 3.150
Cơ khí, luyện kim | 5.190 | 5.670
Nhiệt điện | 2.280 | 2.310
Ngành khác | 3.640 | 4.050
Tổng cộng | 22.200 | 23.600

3. Cơ sở xử lý
Trên địa bàn tỉnh có 5 cơ sở được cấp phép xử lý CTNH (3 cơ sở do Bộ Tài nguyên và Môi trường cấp phép, 2 cơ sở do UBND tỉnh cấp phép), tổng công suất khoảng 410 tấn/ngày.

II. CÔNG TÁC THANH TRA, KIỂM TRA
Trong năm, Sở Tài nguyên và Môi trường chủ trì thanh tra, kiểm tra 72 cơ sở; xử phạt vi phạm hành chính 15 cơ sở với tổng số tiền 2.130 triệu đồng, tăng 420 triệu đồng so với năm 2022. Lỗi phổ biến là không lập sổ đăng ký chủ nguồn thải, lưu giữ CTNH quá 12 tháng, chuyển giao cho đơn vị không có giấy phép.

III. NHIỆM VỤ NĂM 2024
Phấn đấu tỷ lệ CTNH công nghiệp được thu gom, xử lý đạt trên 98%; kiểm tra ít nhất 80 cơ sở có khối lượng CTNH phát sinh lớn (từ 1.200 kg/năm trở lên).

Nơi nhận:
- Bộ TN&MT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT2.
"""

Y23 = P("Ước cả năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Ước năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    per = C22 if col == "Năm 2022" else C23
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value, "measure", "tấn",
             subject=f"khối lượng CTNH phát sinh {row} {col.lower()}", period=per, **kw)


FIGS = [
    F("khoảng 23.600 tấn", "23.600", 23600, "measure", "tấn", approx="about", status="estimate",
      change=C("increase", 6.3, "%", "năm 2022"),
      subject="chất thải nguy hại phát sinh từ các cơ sở công nghiệp", period=Y23),
    F("ước đạt 23.000 tấn", "23.000", 23000, "measure", "tấn", percent=97.5, status="estimate",
      subject="khối lượng CTNH được chuyển giao xử lý", period=Y23),
    cell("linh kiện | 7.850", "7.850", 7850, "điện tử, linh kiện", "Năm 2022"),
    cell("7.850 | 8.420", "8.420", 8420, "điện tử, linh kiện", "Ước năm 2023"),
    cell("dệt may | 3.240", "3.240", 3240, "da giày, dệt may", "Năm 2022"),
    cell("3.240 | 3.150", "3.150", 3150, "da giày, dệt may", "Ước năm 2023"),
    cell("luyện kim | 5.190", "5.190", 5190, "cơ khí, luyện kim", "Năm 2022"),
    cell("5.190 | 5.670", "5.670", 5670, "cơ khí, luyện kim", "Ước năm 2023"),
    cell("Nhiệt điện | 2.280", "2.280", 2280, "nhiệt điện", "Năm 2022"),
    cell("2.280 | 2.310", "2.310", 2310, "nhiệt điện", "Ước năm 2023"),
    cell("Ngành khác | 3.640", "3.640", 3640, "ngành khác", "Năm 2022"),
    cell("3.640 | 4.050", "4.050", 4050, "ngành khác", "Ước năm 2023"),
    cell("Tổng cộng | 22.200", "22.200", 22200, "tổng cộng", "Năm 2022"),
    cell("22.200 | 23.600", "23.600", 23600, "tổng cộng", "Ước năm 2023"),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở được cấp phép xử lý CTNH"),
    F("(3 cơ sở", "3", 3, "count", "cơ sở", total=5,
      subject="cơ sở xử lý CTNH do Bộ Tài nguyên và Môi trường cấp phép"),
    F("2 cơ sở do UBND", "2", 2, "count", "cơ sở", total=5, subject="cơ sở xử lý CTNH do UBND tỉnh cấp phép"),
    F("khoảng 410 tấn/ngày", "410", 410, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất các cơ sở xử lý CTNH"),
    F("kiểm tra 72 cơ sở", "72", 72, "count", "cơ sở", subject="cơ sở được thanh tra, kiểm tra", period=IN_YEAR),
    F("chính 15 cơ sở", "15", 15, "count", "cơ sở", subject="cơ sở bị xử phạt vi phạm hành chính", period=IN_YEAR),
    F("tiền 2.130 triệu", "2.130", 2130000000, "money", "đồng",
      change=C("increase", 420000000, "đồng", "năm 2022"), subject="tổng số tiền xử phạt", period=IN_YEAR),
    F("quá 12 tháng", "12", 12, "measure", "tháng", approx="over", optional=True,
      subject="thời gian lưu giữ CTNH"),
    F("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
      subject="tỷ lệ CTNH công nghiệp được thu gom, xử lý", period=Y24),
    F("ít nhất 80 cơ sở", "80", 80, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở có khối lượng CTNH phát sinh lớn được kiểm tra", period=Y24),
    F("từ 1.200 kg/năm", "1.200", 1200, "measure", "kg/năm", approx="at_least", optional=True,
      subject="ngưỡng khối lượng CTNH phát sinh lớn"),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH HẢI DƯƠNG', 'Số: 318/BC-UBND', 'Hải Dương, ngày 22 tháng 12 năm 2023' (published), 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn', rows are industry groups (items, not places): subject = caption + row + column label;",
    "periods from the column headers (scored); 'Ước năm 2023' column → estimate. Table cells get no totals; the 'Tổng cộng' row is its own figure.",
    "'Ước cả năm 2023' governs both clauses (the second repeats 'ước đạt'). '(3 cơ sở ..., 2 cơ sở ...)' is a bracketed breakdown adding up to 5.",
    "Distractors: 'Số: 318/BC-UBND', section numbers I.-III., 1.-3., 'KT2'. 'quá 12 tháng' (storage limit) and 'từ 1.200 kg/năm trở lên' (definition) optional.",
    "'Trong năm' = 2023 (report year). Section III heading 'NHIỆM VỤ NĂM 2024' gives the target period (inherited).",
]

if __name__ == "__main__":
    write("p1148-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Hải Dương")
