from lib import F, per, chg, tgt, build

TEXT = """UBND TỈNH NGHỆ AN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ bia và thu thuế tiêu thụ đặc biệt 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Trên địa bàn tỉnh có 3 nhà máy bia đang hoạt động với tổng công suất 260 triệu lít/năm. 6 tháng đầu năm 2024, sản lượng bia toàn tỉnh đạt 101,5 triệu lít, tăng 2,9% so với cùng kỳ, bằng 46,1% kế hoạch năm. Kết quả theo chủng loại như sau:
Đơn vị tính: triệu lít
Sản phẩm | 6 tháng 2023 | 6 tháng 2024 | So cùng kỳ (%)
Bia lon | 46,8 | 51,6 | 110,3
Bia chai | 39,5 | 36,8 | 93,2
Bia hơi | 12,3 | 13,1 | 106,5
Tổng cộng | 98,6 | 101,5 | 102,9

2. Tiêu thụ và thu ngân sách
Sản lượng bia tiêu thụ đạt 98,7 triệu lít, trong đó tiêu thụ nội tỉnh chiếm khoảng 42%. Thuế tiêu thụ đặc biệt từ bia nộp ngân sách đạt 1.126 tỷ đồng, bằng 48,9% dự toán, giảm 3,4% so với cùng kỳ; tổng thu từ các doanh nghiệp bia đạt 1.582 tỷ đồng.

3. Kiểm tra, xử lý vi phạm
Thực hiện Nghị định số 105/2017/NĐ-CP, lực lượng quản lý thị trường đã kiểm tra 57 vụ, xử lý 41 vụ kinh doanh bia không rõ nguồn gốc, phạt tiền 386 triệu đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu cả năm sản lượng bia đạt 220 triệu lít, thu thuế tiêu thụ đặc biệt từ bia đạt 2.300 tỷ đồng. Dự kiến quý III sản lượng đạt khoảng 62 triệu lít.

Nơi nhận:
- Bộ Công Thương;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
C23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
CY = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 3 nhà máy bia", "3", 3, "count", "nhà máy bia", "nhà máy bia đang hoạt động"),
    F("công suất 260 triệu lít/năm", "260", 260e6, "measure", "lít/năm", "tổng công suất các nhà máy bia đang hoạt động"),
    F("đạt 101,5 triệu lít", "101,5", 101.5e6, "measure", "lít", "sản lượng bia toàn tỉnh", H1,
      percent=46.1, change=chg("increase", 2.9, baseline="cùng kỳ")),
    # flattened table, unit line "Đơn vị tính: triệu lít"; the ratio column is in %
    F("Bia lon | 46,8", "46,8", 46.8e6, "measure", "lít", "Bia lon 6 tháng 2023", C23),
    F("46,8 | 51,6", "51,6", 51.6e6, "measure", "lít", "Bia lon 6 tháng 2024", C24),
    F("| 110,3", "110,3", 110.3, "percent", "%", "Bia lon so cùng kỳ", H1i),
    F("Bia chai | 39,5", "39,5", 39.5e6, "measure", "lít", "Bia chai 6 tháng 2023", C23),
    F("39,5 | 36,8", "36,8", 36.8e6, "measure", "lít", "Bia chai 6 tháng 2024", C24),
    F("| 93,2", "93,2", 93.2, "percent", "%", "Bia chai so cùng kỳ", H1i),
    F("Bia hơi | 12,3", "12,3", 12.3e6, "measure", "lít", "Bia hơi 6 tháng 2023", C23),
    F("12,3 | 13,1", "13,1", 13.1e6, "measure", "lít", "Bia hơi 6 tháng 2024", C24),
    F("| 106,5", "106,5", 106.5, "percent", "%", "Bia hơi so cùng kỳ", H1i),
    F("Tổng cộng | 98,6", "98,6", 98.6e6, "measure", "lít", "Tổng cộng 6 tháng 2023", C23),
    F("98,6 | 101,5", "101,5", 101.5e6, "measure", "lít", "Tổng cộng 6 tháng 2024", C24),
    F("| 102,9", "102,9", 102.9, "percent", "%", "Tổng cộng so cùng kỳ", H1i),
    F("đạt 98,7 triệu lít", "98,7", 98.7e6, "measure", "lít", "sản lượng bia tiêu thụ", H1i),
    F("chiếm khoảng 42%", "42", 42, "percent", "%", "tiêu thụ nội tỉnh", H1i, approx="about"),
    F("đạt 1.126 tỷ đồng", "1.126", 1.126e12, "money", "đồng", "thuế tiêu thụ đặc biệt từ bia nộp ngân sách", H1i,
      percent=48.9, change=chg("decrease", 3.4, baseline="cùng kỳ")),
    F("đạt 1.582 tỷ đồng", "1.582", 1.582e12, "money", "đồng", "tổng thu từ các doanh nghiệp bia", H1i),
    F("kiểm tra 57 vụ", "57", 57, "count", "vụ", "vụ kiểm tra của lực lượng quản lý thị trường", H1i),
    F("xử lý 41 vụ", "41", 41, "count", "vụ", "vụ kinh doanh bia không rõ nguồn gốc bị xử lý", H1i),
    F("phạt tiền 386 triệu đồng", "386", 386e6, "money", "đồng", "phạt tiền", H1i),
    F("đạt 220 triệu lít", "220", 220e6, "measure", "lít", "sản lượng bia cả năm", CY, status="target"),
    F("đạt 2.300 tỷ đồng", "2.300", 2.3e12, "money", "đồng", "thu thuế tiêu thụ đặc biệt từ bia", CY, status="target"),
    F("khoảng 62 triệu lít", "62", 62e6, "measure", "lít", "sản lượng bia quý III",
      per("quý III", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Nghệ An, Số: 287/BC-UBND, dated 12/7/2024: beer output, consumption, special consumption tax, H1/2024 (invented).",
    "Distractors: Số: 287/BC-UBND, Nghị định số 105/2017/NĐ-CP, section numbers I./II./1.-3., heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024'.",
    "Table: 'Đơn vị tính: triệu lít' applies to the volume columns; 'So cùng kỳ (%)' cells are percents; period from the column header",
    "(6 tháng 2023 / 6 tháng 2024, scored); the ratio column's period (6 tháng 2024) comes from the title: inherited.",
    "Table subjects = row label + column label. Table cells get no totals (Tổng cộng row is its own figure).",
    "'xử lý 41 vụ' after 'kiểm tra 57 vụ' has no part-of cue: no total. Sections 2-3 inherit the report period.",
    "revised after the first run: subject of 260 triệu lít/năm 'tổng công suất' → 'tổng công suất các nhà máy bia đang hoạt động' (it named no plant; cf. 'công suất nhà máy' elsewhere in the set).",
    "'Phấn đấu cả năm …' gives target to both clauses; 'cả năm' = 2024.",
]

build("p835-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Nghệ An")
