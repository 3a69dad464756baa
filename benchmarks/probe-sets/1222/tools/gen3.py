"""p1222-3: formal report UBND tỉnh Ninh Bình on limestone exploitation 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH BÌNH
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình khai thác đá vôi làm vật liệu xây dựng và nguyên liệu xi măng năm 2023

I. TÌNH HÌNH CẤP PHÉP
Tính đến ngày 31/12/2023, toàn tỉnh có 52 giấy phép khai thác đá vôi còn hiệu lực, trong đó 31 giấy phép do UBND tỉnh cấp, 21 giấy phép do Bộ Tài nguyên và Môi trường cấp. Tổng trữ lượng được phép khai thác khoảng 612 triệu tấn.

II. KẾT QUẢ KHAI THÁC
1. Sản lượng
Năm 2023, sản lượng đá vôi khai thác toàn tỉnh đạt 16,4 triệu tấn, bằng 96,5% kế hoạch, giảm 3,1% so với năm 2022.

Đơn vị tính: nghìn tấn
Huyện, thành phố | Năm 2022 | Năm 2023 | Kế hoạch 2024
Thành phố Tam Điệp | 5.820 | 5.640 | 5.900
Huyện Hoa Lư | 2.310 | 2.180 | 2.250
Huyện Gia Viễn | 3.960 | 3.870 | 4.050
Huyện Yên Mô | 1.240 | 1.190 | 1.300
Huyện Nho Quan | 3.600 | 3.520 | 3.700
Tổng cộng | 16.930 | 16.400 | 17.200

2. Nộp ngân sách
Tổng số nộp ngân sách từ khai thác đá vôi năm 2023 đạt 251,9 tỷ đồng, tăng 2,4% so với năm 2022; trong đó tiền cấp quyền khai thác khoáng sản 187,6 tỷ đồng, phí bảo vệ môi trường 64,3 tỷ đồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu sản lượng đá vôi khai thác đạt 17,2 triệu tấn; không cấp mới giấy phép khai thác tại vùng đệm Quần thể danh thắng Tràng An; hoàn thành đóng cửa đối với 6 mỏ đã hết trữ lượng.

Nơi nhận:
- Bộ TN&MT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT3.
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {
    "Năm 2022": (P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
    "Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Kế hoạch 2024": (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
}
SUBJ = "sản lượng đá vôi khai thác"


def cell(anchor, number, place, col):
    per, st = COLS[col]
    loc = {"tổng cộng": None}.get(place, place)
    subj = f"{SUBJ} {col.lower()}" + (" tổng cộng" if place == "tổng cộng" else "")
    kw = {"status": st} if st != "actual" else {}
    if loc:
        kw["location"] = loc
    return F(anchor, number, float(number.replace(".", "")) * 1000, "measure", "tấn",
             subject=subj, period=per, **kw)


FIGS = [
    F("có 52 giấy phép", "52", 52, "count", "giấy phép",
      subject="giấy phép khai thác đá vôi còn hiệu lực", period=ASOF),
    F("31 giấy phép", "31", 31, "count", "giấy phép", total=52,
      subject="giấy phép khai thác đá vôi do UBND tỉnh cấp", period=ASOF),
    F("21 giấy phép", "21", 21, "count", "giấy phép", total=52,
      subject="giấy phép khai thác đá vôi do Bộ Tài nguyên và Môi trường cấp", period=ASOF),
    F("khoảng 612 triệu tấn", "612", 612000000, "measure", "tấn", approx="about",
      subject="tổng trữ lượng đá vôi được phép khai thác", period=I(ASOF)),
    F("đạt 16,4 triệu tấn", "16,4", 16400000, "measure", "tấn", percent=96.5,
      change=C("decrease", 3.1, "%", "năm 2022"),
      subject="sản lượng đá vôi khai thác toàn tỉnh", period=Y23),
    cell("Tam Điệp | 5.820", "5.820", "Tam Điệp", "Năm 2022"),
    cell("5.820 | 5.640", "5.640", "Tam Điệp", "Năm 2023"),
    cell("5.640 | 5.900", "5.900", "Tam Điệp", "Kế hoạch 2024"),
    cell("Hoa Lư | 2.310", "2.310", "Hoa Lư", "Năm 2022"),
    cell("2.310 | 2.180", "2.180", "Hoa Lư", "Năm 2023"),
    cell("2.180 | 2.250", "2.250", "Hoa Lư", "Kế hoạch 2024"),
    cell("Gia Viễn | 3.960", "3.960", "Gia Viễn", "Năm 2022"),
    cell("3.960 | 3.870", "3.870", "Gia Viễn", "Năm 2023"),
    cell("3.870 | 4.050", "4.050", "Gia Viễn", "Kế hoạch 2024"),
    cell("Yên Mô | 1.240", "1.240", "Yên Mô", "Năm 2022"),
    cell("1.240 | 1.190", "1.190", "Yên Mô", "Năm 2023"),
    cell("1.190 | 1.300", "1.300", "Yên Mô", "Kế hoạch 2024"),
    cell("Nho Quan | 3.600", "3.600", "Nho Quan", "Năm 2022"),
    cell("3.600 | 3.520", "3.520", "Nho Quan", "Năm 2023"),
    cell("3.520 | 3.700", "3.700", "Nho Quan", "Kế hoạch 2024"),
    cell("Tổng cộng | 16.930", "16.930", "tổng cộng", "Năm 2022"),
    cell("16.930 | 16.400", "16.400", "tổng cộng", "Năm 2023"),
    cell("16.400 | 17.200", "17.200", "tổng cộng", "Kế hoạch 2024"),
    F("đạt 251,9 tỷ", "251,9", 251900000000, "money", "đồng",
      change=C("increase", 2.4, "%", "năm 2022"),
      subject="tổng số nộp ngân sách từ khai thác đá vôi", period=Y23b),
    F("khoáng sản 187,6 tỷ", "187,6", 187600000000, "money", "đồng", total=251900000000,
      subject="tiền cấp quyền khai thác khoáng sản", period=Y23b),
    F("môi trường 64,3 tỷ", "64,3", 64300000000, "money", "đồng", total=251900000000,
      subject="phí bảo vệ môi trường", period=Y23b),
    F("đạt 17,2 triệu tấn", "17,2", 17200000, "measure", "tấn", status="target",
      subject="sản lượng đá vôi khai thác", period=Y24),
    F("đối với 6 mỏ", "6", 6, "count", "mỏ", status="target",
      subject="mỏ đã hết trữ lượng hoàn thành đóng cửa", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH NINH BÌNH', 'Số: 18/BC-UBND', 'Ninh Bình, ngày 22 tháng 01 năm 2024' (published), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' (cells x1000); row labels are districts/city -> location; subject = indicator + column;",
    "period from the column header; 'Kế hoạch 2024' column -> status target. The 'Tổng cộng' row is its own figures (location Ninh Bình).",
    "Distractors: Số: 18/BC-UBND, section numbers I.-III., 1.-2., 'KT3', date of the report.",
    "Section III heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the target period (inherited). 'Phấn đấu' governs the clauses after ';'.",
]

if __name__ == "__main__":
    write("p1222-3", TEXT, NOTES, FIGS, published="2024-01-22", location="Ninh Bình")
