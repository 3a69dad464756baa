"""p1229-3: formal report UBND tỉnh Thái Bình, sweet corn and baby corn for export in 2024; flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 48/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 20 tháng 3 năm 2025

BÁO CÁO
Kết quả sản xuất ngô ngọt, ngô bao tử phục vụ xuất khẩu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, năng suất, sản lượng
Năm 2024, toàn tỉnh gieo trồng 2.436 ha ngô ngọt và ngô bao tử phục vụ chế biến xuất khẩu, bằng 101,5% kế hoạch, tăng 8,2% so với năm 2023. Trong đó, ngô ngọt 1.758 ha, năng suất bình quân 15,2 tấn/ha, sản lượng 26.722 tấn; ngô bao tử 678 ha, năng suất 8,6 tấn/ha, sản lượng 5.831 tấn.

2. Diện tích theo địa phương
Đơn vị tính: ha
Huyện | Ngô ngọt | Ngô bao tử | Tổng diện tích
Hưng Hà | 512 | 186 | 698
Đông Hưng | 438 | 152 | 590
Quỳnh Phụ | 365 | 214 | 579
Thái Thụy | 247 | 58 | 305
Các huyện còn lại | 196 | 68 | 264
Tổng cộng | 1.758 | 678 | 2.436

3. Liên kết tiêu thụ
Toàn tỉnh có 6 doanh nghiệp và 23 hợp tác xã tham gia liên kết; diện tích có hợp đồng bao tiêu 2.105 ha, chiếm 86,4% tổng diện tích. Giá trị xuất khẩu sản phẩm ngô chế biến ước đạt 9,7 triệu USD.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu gieo trồng 2.600 ha, trong đó ngô bao tử 800 ha; 100% diện tích liên kết được cấp mã số vùng trồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Ngô ngọt": "diện tích ngô ngọt", "Ngô bao tử": "diện tích ngô bao tử",
        "Tổng diện tích": "tổng diện tích ngô ngọt, ngô bao tử"}
PLACES = {"Hưng Hà", "Đông Hưng", "Quỳnh Phụ", "Thái Thụy"}


def cell(anchor, number, value, row, col):
    kw = {}
    subject = COLS[col]
    if row in PLACES:
        kw["location"] = row
    else:
        subject = f"{subject} {row.lower()}"
    return F(anchor, number, value, "measure", "ha", subject=subject, period=I(Y24), **kw)


FIGS = [
    F("gieo trồng 2.436 ha", "2.436", 2436, "measure", "ha", percent=101.5,
      change=C("increase", 8.2, "%", "năm 2023"),
      subject="diện tích ngô ngọt và ngô bao tử phục vụ chế biến xuất khẩu gieo trồng", period=Y24),
    F("ngô ngọt 1.758 ha", "1.758", 1758, "measure", "ha", total=2436,
      subject="diện tích ngô ngọt", period=I(Y24)),
    F("bình quân 15,2 tấn/ha", "15,2", 15.2, "measure", "tấn/ha",
      subject="năng suất bình quân ngô ngọt", period=I(Y24)),
    F("sản lượng 26.722 tấn", "26.722", 26722, "measure", "tấn", subject="sản lượng ngô ngọt", period=I(Y24)),
    F("ngô bao tử 678 ha", "678", 678, "measure", "ha", total=2436,
      subject="diện tích ngô bao tử", period=I(Y24)),
    F("năng suất 8,6 tấn/ha", "8,6", 8.6, "measure", "tấn/ha",
      subject="năng suất ngô bao tử", period=I(Y24)),
    F("sản lượng 5.831 tấn", "5.831", 5831, "measure", "tấn", subject="sản lượng ngô bao tử", period=I(Y24)),
    cell("Hưng Hà | 512", "512", 512, "Hưng Hà", "Ngô ngọt"),
    cell("512 | 186", "186", 186, "Hưng Hà", "Ngô bao tử"),
    cell("186 | 698", "698", 698, "Hưng Hà", "Tổng diện tích"),
    cell("Đông Hưng | 438", "438", 438, "Đông Hưng", "Ngô ngọt"),
    cell("438 | 152", "152", 152, "Đông Hưng", "Ngô bao tử"),
    cell("152 | 590", "590", 590, "Đông Hưng", "Tổng diện tích"),
    cell("Quỳnh Phụ | 365", "365", 365, "Quỳnh Phụ", "Ngô ngọt"),
    cell("365 | 214", "214", 214, "Quỳnh Phụ", "Ngô bao tử"),
    cell("214 | 579", "579", 579, "Quỳnh Phụ", "Tổng diện tích"),
    cell("Thái Thụy | 247", "247", 247, "Thái Thụy", "Ngô ngọt"),
    cell("247 | 58", "58", 58, "Thái Thụy", "Ngô bao tử"),
    cell("58 | 305", "305", 305, "Thái Thụy", "Tổng diện tích"),
    cell("còn lại | 196", "196", 196, "Các huyện còn lại", "Ngô ngọt"),
    cell("196 | 68", "68", 68, "Các huyện còn lại", "Ngô bao tử"),
    cell("68 | 264", "264", 264, "Các huyện còn lại", "Tổng diện tích"),
    cell("Tổng cộng | 1.758", "1.758", 1758, "Tổng cộng", "Ngô ngọt"),
    cell("1.758 | 678", "678", 678, "Tổng cộng", "Ngô bao tử"),
    cell("678 | 2.436", "2.436", 2436, "Tổng cộng", "Tổng diện tích"),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp tham gia liên kết tiêu thụ ngô ngọt, ngô bao tử", period=I(Y24)),
    F("và 23 hợp tác xã", "23", 23, "count", "hợp tác xã",
      subject="hợp tác xã tham gia liên kết tiêu thụ ngô ngọt, ngô bao tử", period=I(Y24)),
    F("bao tiêu 2.105 ha", "2.105", 2105, "measure", "ha", percent=86.4,
      subject="diện tích có hợp đồng bao tiêu", period=I(Y24)),
    F("ước đạt 9,7 triệu", "9,7", 9700000, "money", "USD", status="estimate",
      subject="giá trị xuất khẩu sản phẩm ngô chế biến", period=I(Y24)),
    F("gieo trồng 2.600 ha", "2.600", 2600, "measure", "ha", status="target",
      subject="diện tích ngô ngọt, ngô bao tử gieo trồng", period=Y25),
    F("ngô bao tử 800 ha", "800", 800, "measure", "ha", status="target", total=2600,
      subject="diện tích ngô bao tử", period=Y25),
    F("; 100% diện tích", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ diện tích liên kết được cấp mã số vùng trồng", period=Y25),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH THÁI BÌNH', 'Số: 48/BC-UBND', 'Thái Bình, ngày 20 tháng 3 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: ha'; row labels are districts (-> location) except 'Các huyện còn lại' and 'Tổng cộng' (subject, location Thái Bình).",
    "Cell subject = caption indicator 'diện tích' + column label; period 'năm 2024' inherited from the title and section 1. Table cells get no totals.",
    "'chiếm 86,4% tổng diện tích' gives the share only (the whole is not restated as a number, no total cue).",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the target period (inherited); 'Phấn đấu' governs the sentence including the clause after ';'.",
    "Distractors: Số: 48/BC-UBND, section numbers I./II./1.-3., 'Lưu: VT, NNTNMT', the dateline.",
]

if __name__ == "__main__":
    write("p1229-3", TEXT, NOTES, FIGS, published="2025-03-20", location="Thái Bình")
