"""p1539-3: formal report (UBND tỉnh Tây Ninh, Số: 27/BC-UBND): muối tôm and condiments 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH TÂY NINH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ muối tôm và sản phẩm gia vị năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 214 cơ sở sản xuất muối tôm, muối ớt và gia vị, tăng 18 cơ sở so với năm 2023, gồm 9 doanh nghiệp và 205 hộ kinh doanh. Tổng sản lượng ước đạt 6.480 tấn, tăng 12,4% so với năm 2023, bằng 108% kế hoạch; giá trị sản xuất ước đạt 842 tỷ đồng.

Sản lượng các sản phẩm chủ yếu
Đơn vị tính: tấn
TT | Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Muối tôm | 4.120 | 4.650 | 5.000
2 | Muối ớt các loại | 1.050 | 1.210 | 1.300
3 | Sa tế, tương ớt | 595 | 620 | 700
 | Tổng cộng | 5.765 | 6.480 | 7.000

2. Lao động, tiêu thụ
Các cơ sở giải quyết việc làm cho khoảng 3.500 lao động, thu nhập từ 6 đến 8 triệu đồng/người/tháng. Khoảng 70% sản lượng được tiêu thụ ngoài tỉnh; 3 doanh nghiệp xuất khẩu 85 tấn sang Úc, Hoa Kỳ, Hàn Quốc, kim ngạch đạt 410.000 USD.

3. Quản lý thị trường
Lực lượng chức năng kiểm tra 46 cơ sở, trong đó 8 cơ sở vi phạm về nhãn hàng hóa và an toàn thực phẩm, xử phạt 62 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 tổng sản lượng tăng từ 8% trở lên; có thêm ít nhất 3 sản phẩm đạt OCOP 3 sao; hoàn thành đăng ký nhãn hiệu chứng nhận "Muối tôm Tây Ninh" trong quý II/2025.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Đức Trọng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (Y23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    return fig(anchor, number, float(number.replace(".", "")), "measure", "tấn",
               subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Muối tôm", "muối tôm", ["4.120", "4.650", "5.000"]),
        ("Muối ớt các loại", "muối ớt các loại", ["1.050", "1.210", "1.300"]),
        ("Sa tế, tương ớt", "sa tế, tương ớt", ["595", "620", "700"]),
        ("Tổng cộng", "tổng cộng", ["5.765", "6.480", "7.000"])]
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", change=chg("increase", 18, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất muối tôm, muối ớt và gia vị", period=Y24),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=214,
        subject="doanh nghiệp sản xuất muối tôm, muối ớt và gia vị", period=Y24),
    fig("và 205 hộ", "205", 205, "count", "hộ kinh doanh", total=214,
        subject="hộ kinh doanh sản xuất muối tôm, muối ớt và gia vị", period=Y24),
    fig("ước đạt 6.480 tấn", "6.480", 6480, "measure", "tấn", status="estimate", percent=108,
        change=chg("increase", 12.4, "%", "năm 2023"), subject="tổng sản lượng", period=inh(Y24)),
    fig("ước đạt 842 tỷ", "842", 842e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=inh(Y24)),
] + CELLS + [
    fig("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", approx="about",
        subject="lao động các cơ sở giải quyết việc làm"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6, subject="thu nhập của lao động"),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng được tiêu thụ ngoài tỉnh", period=inh(Y24)),
    fig("3 doanh nghiệp xuất khẩu", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp xuất khẩu",
        period=inh(Y24)),
    fig("khẩu 85 tấn", "85", 85, "measure", "tấn", subject="sản lượng xuất khẩu", period=inh(Y24)),
    fig("đạt 410.000 USD", "410.000", 410000, "money", "USD", subject="kim ngạch xuất khẩu",
        period=inh(Y24)),
    fig("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở", subject="cơ sở được kiểm tra", period=inh(Y24)),
    fig("8 cơ sở vi phạm", "8", 8, "count", "cơ sở", total=46,
        subject="cơ sở vi phạm về nhãn hàng hóa và an toàn thực phẩm", period=inh(Y24)),
    fig("xử phạt 62 triệu", "62", 62e6, "money", "đồng", subject="tiền xử phạt", period=inh(Y24)),
    fig("tăng từ 8%", "8", 8, "percent", "%", approx="at_least", status="target",
        subject="tăng trưởng tổng sản lượng", period=Y25),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đạt OCOP 3 sao có thêm", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Tây Ninh, Số: 27/BC-UBND, 'Tây Ninh, ngày 15 tháng 01 năm 2025'): muối tôm, muối ớt, sa tế 2024.",
    "Distractors: document number, letterhead date, section numbers I./II./1.-3., table row numbers 1-3 ('TT' column),",
    "'OCOP 3 sao', 'quý II/2025', 'Lưu: VT, KT', the signatory block.",
    "'gồm 9 doanh nghiệp và 205 hộ' take total 214; '8 cơ sở vi phạm' after 'trong đó' takes total 46.",
    "'ước đạt 6.480 tấn ..., bằng 108% kế hoạch' → percent 108; its period 'Năm 2024' stands in the sentence before (inherited).",
    "Flattened '|' table, 'Đơn vị tính: tấn'; subject = row + column label; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "Section 2-3 figures carry the report year as an inherited period; labour and income are standing figures (no period).",
    "'tăng từ 8% trở lên' = growth rate as the claim, at_least, target (Phấn đấu năm 2025).",
    "Exports to Úc, Hoa Kỳ, Hàn Quốc: trade partners, location stays Tây Ninh.",
]

if __name__ == "__main__":
    write("p1539-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Tây Ninh")
