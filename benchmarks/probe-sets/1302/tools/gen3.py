"""p1302-3: formal report (UBND thành phố Đà Nẵng, Số: 287/BC-UBND): student housing 2024, flattened '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND THÀNH PHỐ ĐÀ NẴNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển nhà ở cho sinh viên năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chỗ ở nội trú
Năm 2024, các cơ sở giáo dục đại học trên địa bàn thành phố bố trí 19.850 chỗ ở nội trú, tăng 6,2% so với năm 2023, đạt 96,4% kế hoạch; tỷ lệ sinh viên được ở ký túc xá ước đạt 21,5%.

Đơn vị tính: chỗ ở
Loại hình | Năm 2023 | Năm 2024 | Kế hoạch 2025
Ký túc xá trường công lập | 12.640 | 13.280 | 14.000
Ký túc xá trường ngoài công lập | 4.870 | 5.310 | 5.800
Nhà ở xã hội cho sinh viên | 1.180 | 1.260 | 2.200
Tổng cộng | 18.690 | 19.850 | 22.000

2. Hỗ trợ sinh viên
Thành phố miễn 100% tiền phòng cho 356 sinh viên mồ côi, khuyết tật và giảm 50% cho 1.024 sinh viên thuộc hộ cận nghèo, tổng kinh phí khoảng 2,7 tỷ đồng, vượt 12% dự toán.

3. Quản lý nhà trọ
Tính đến ngày 30/11/2024, toàn thành phố có 6.215 cơ sở cho thuê trọ với khoảng 68 nghìn phòng, trong đó quận Liên Chiểu chiếm khoảng 42%. Giá thuê bình quân năm 2024 là 1,8 triệu đồng/phòng/tháng, tăng 8% so với năm 2023.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 tăng thêm ít nhất 2.000 chỗ ở, đưa tỷ lệ sinh viên được ở ký túc xá lên 24%; khởi công 2 dự án nhà ở xã hội cho sinh viên tại quận Liên Chiểu với khoảng 1.500 chỗ.

Nơi nhận:
- Bộ Xây dựng;
- Bộ Giáo dục và Đào tạo;
- Thường trực Thành ủy;
- Lưu: VT, SXD.
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
ASOF = period("Tính đến ngày 30/11/2024", None, "2024-11-30")
COLS = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}
LC = "Liên Chiểu"


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, int(number.replace(".", "")), "count", "chỗ ở",
             subject=f"chỗ ở {row} {col.lower()}", per=COLS[col], **kw)


R1, R2, R3, R4 = ("ký túc xá trường công lập", "ký túc xá trường ngoài công lập",
                  "nhà ở xã hội cho sinh viên", "tổng cộng")
FIGS = [
    F("bố trí 19.850 chỗ", "19.850", 19850, "count", "chỗ ở", percent=96.4,
      change=change("increase", 6.2, "%", "năm 2023"),
      subject="chỗ ở nội trú các cơ sở giáo dục đại học bố trí", per=Y24),
    F("ước đạt 21,5%", "21,5", 21.5, "percent", "%", status="estimate",
      subject="tỷ lệ sinh viên được ở ký túc xá", per=Y24),
    cell("lập | 12.640", "12.640", R1, "Năm 2023"),
    cell("12.640 | 13.280", "13.280", R1, "Năm 2024"),
    cell("13.280 | 14.000", "14.000", R1, "Kế hoạch 2025"),
    cell("lập | 4.870", "4.870", R2, "Năm 2023"),
    cell("4.870 | 5.310", "5.310", R2, "Năm 2024"),
    cell("5.310 | 5.800", "5.800", R2, "Kế hoạch 2025"),
    cell("viên | 1.180", "1.180", R3, "Năm 2023"),
    cell("1.180 | 1.260", "1.260", R3, "Năm 2024"),
    cell("1.260 | 2.200", "2.200", R3, "Kế hoạch 2025"),
    cell("Tổng cộng | 18.690", "18.690", R4, "Năm 2023"),
    cell("18.690 | 19.850", "19.850", R4, "Năm 2024"),
    cell("19.850 | 22.000", "22.000", R4, "Kế hoạch 2025"),
    F("miễn 100%", "100", 100, "percent", "%",
      subject="tiền phòng được miễn cho sinh viên mồ côi, khuyết tật"),
    F("cho 356 sinh viên", "356", 356, "count", "sinh viên",
      subject="sinh viên mồ côi, khuyết tật được miễn tiền phòng"),
    F("giảm 50%", "50", 50, "percent", "%",
      subject="tiền phòng được giảm cho sinh viên thuộc hộ cận nghèo"),
    F("cho 1.024 sinh viên", "1.024", 1024, "count", "sinh viên",
      subject="sinh viên thuộc hộ cận nghèo được giảm tiền phòng"),
    F("khoảng 2,7 tỷ", "2,7", 2.7e9, "money", "đồng", approx="about",
      change=change("increase", 12, "%", "dự toán"),
      subject="tổng kinh phí hỗ trợ tiền phòng"),
    F("có 6.215 cơ sở", "6.215", 6215, "count", "cơ sở cho thuê trọ",
      subject="cơ sở cho thuê trọ toàn thành phố", per=ASOF),
    F("khoảng 68 nghìn", "68", 68000, "count", "phòng", approx="about",
      subject="phòng của các cơ sở cho thuê trọ", per=ASOF),
    F("chiếm khoảng 42%", "42", 42, "percent", "%", approx="about",
      subject="tỷ trọng phòng trọ của quận Liên Chiểu", per=ASOF, location=LC),
    F("là 1,8 triệu", "1,8", 1.8e6, "money", "đồng/phòng/tháng",
      change=change("increase", 8, "%", "năm 2023"),
      subject="giá thuê trọ bình quân", per=Y24b),
    F("ít nhất 2.000 chỗ", "2.000", 2000, "count", "chỗ ở", approx="at_least", status="target",
      subject="chỗ ở tăng thêm", per=Y25),
    F("lên 24%", "24", 24, "percent", "%", status="target",
      subject="tỷ lệ sinh viên được ở ký túc xá", per=Y25),
    F("khởi công 2 dự án", "2", 2, "count", "dự án", status="target",
      subject="dự án nhà ở xã hội cho sinh viên khởi công", per=Y25, location=LC),
    F("khoảng 1.500 chỗ", "1.500", 1500, "count", "chỗ", approx="about", status="target",
      subject="chỗ ở của các dự án nhà ở xã hội cho sinh viên", per=Y25, location=LC),
]

NOTES = [
    "Formal report: 'UBND THÀNH PHỐ ĐÀ NẴNG', 'Số: 287/BC-UBND', 'Đà Nẵng, ngày 18 tháng 12 năm 2024' (published), sections I/II,",
    "1-3, 'Nơi nhận'. Distractors: the document number, letterhead date, section numbers, 'Lưu: VT, SXD'.",
    "Flattened '|' table, 'Đơn vị tính: chỗ ở'; rows are housing types (not places), location Đà Nẵng; subject = row + column label;",
    "period from the column header (scored); 'Kế hoạch 2025' → target; cells get no total.",
    "'19.850 chỗ ..., tăng 6,2% so với năm 2023, đạt 96,4% kế hoạch' → change + percent; 'ước đạt 21,5%' is an estimate percent.",
    "'miễn 100% tiền phòng' and 'giảm 50%' are policy shares (percent figures, like '60% tiền học phí' in FIGURES.md), not changes.",
    "'vượt 12% dự toán' after the amount is a change with baseline dự toán. No period in that section: none given.",
    "'trong đó quận Liên Chiểu chiếm khoảng 42%' is a percent figure located in Liên Chiểu.",
    "Section II 'Phấn đấu năm 2025 ...' governs all clauses of the sentence (target); the Liên Chiểu projects are located there.",
]

if __name__ == "__main__":
    write("p1302-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Đà Nẵng")
