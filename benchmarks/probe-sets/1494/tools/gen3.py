"""p1494-3: formal report (UBND huyện Nam Trực, Số: 21/BC-UBND): làng nghề rèn Vân Chàng 2024, flattened '|' table."""
from lib import F, period, year, inherit, change, target, write

TEXT = """UBND HUYỆN NAM TRỰC
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Trực, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả hoạt động làng nghề cơ khí, rèn Vân Chàng năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Làng nghề Vân Chàng (xã Nam Thanh) hiện có 420 hộ và 36 doanh nghiệp tham gia sản xuất, sử dụng khoảng 2.100 lao động. Năm 2024, giá trị sản xuất toàn làng nghề ước đạt 512 tỷ đồng, tăng 6,3% so với năm 2023 và bằng 102,4% kế hoạch; thu nhập bình quân của lao động đạt 8,2 triệu đồng/người/tháng.

2. Kết quả theo nhóm sản phẩm
Đơn vị tính: tỷ đồng
Nhóm sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)
Dao, kéo, dụng cụ nhà bếp | 148,6 | 161,2 | 108,5
Nông cụ cầm tay | 97,3 | 99,8 | 102,6
Phụ tùng cơ khí | 235,8 | 251,0 | 106,4
Tổng cộng | 481,7 | 512,0 | 106,3

3. Môi trường
Trong năm, huyện đã di dời 17 hộ có lò rèn gây ô nhiễm vào Cụm công nghiệp Vân Chàng giai đoạn II; xử lý 3 cơ sở xả thải vượt quy chuẩn theo Nghị định số 45/2022/NĐ-CP.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 giá trị sản xuất làng nghề đạt 550 tỷ đồng, tăng 7,4% so với năm 2024; thu hút thêm từ 5 đến 7 doanh nghiệp vào cụm công nghiệp; đào tạo nghề cho 150 lao động.

Nơi nhận:
- UBND tỉnh Nam Định (b/c);
- Sở Công Thương;
- Lưu: VT, KT.
"""

Y24 = year("Năm 2024", 2024)
C23 = year("Năm 2023", 2023)
E24 = year("Ước thực hiện 2024", 2024)
YOY = year("năm 2024", 2024, inherited=True)  # the 'So với cùng kỳ (%)' column: no period in its header
INYEAR = year("Trong năm", 2024)
Y25 = year("năm 2025", 2025)

ROWS = [("Dao, kéo, dụng cụ nhà bếp", ["148,6", "161,2", "108,5"]),
        ("Nông cụ cầm tay", ["97,3", "99,8", "102,6"]),
        ("Phụ tùng cơ khí", ["235,8", "251,0", "106,4"]),
        ("Tổng cộng", ["481,7", "512,0", "106,3"])]


def cells():
    out = []
    for label, nums in ROWS:
        row = label.lower()
        a, b, c = nums
        out.append(F(f"{label} | {a}", a, float(a.replace(",", ".")) * 1e9, "money", "đồng",
                     subject=f"giá trị sản xuất {row} năm 2023", per=C23))
        out.append(F(f"{a} | {b}", b, float(b.replace(",", ".")) * 1e9, "money", "đồng", status="estimate",
                     subject=f"giá trị sản xuất {row} ước thực hiện 2024", per=E24))
        out.append(F(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"giá trị sản xuất {row} so với cùng kỳ", per=YOY))
    return out


FIGS = [
    F("có 420 hộ", "420", 420, "count", "hộ", subject="hộ tham gia sản xuất làng nghề Vân Chàng"),
    F("và 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp",
      subject="doanh nghiệp tham gia sản xuất làng nghề Vân Chàng"),
    F("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", approx="about",
      subject="lao động làng nghề sử dụng"),
    F("ước đạt 512 tỷ", "512", 512e9, "money", "đồng", status="estimate", percent=102.4,
      change=change("increase", 6.3, "%", "năm 2023"), subject="giá trị sản xuất toàn làng nghề", per=Y24),
    F("đạt 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động", per=Y24),
] + cells() + [
    F("di dời 17 hộ", "17", 17, "count", "hộ", subject="hộ có lò rèn gây ô nhiễm được di dời vào cụm công nghiệp",
      per=INYEAR),
    F("xử lý 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở xả thải vượt quy chuẩn bị xử lý", per=INYEAR),
    F("đạt 550 tỷ", "550", 550e9, "money", "đồng", status="target",
      change=change("increase", 7.4, "%", "năm 2024"), subject="giá trị sản xuất làng nghề", per=Y25),
    F("từ 5 đến 7 doanh nghiệp", "5", 5, "count", "doanh nghiệp", value_max=7, status="target",
      subject="doanh nghiệp thu hút thêm vào cụm công nghiệp", per=Y25),
    F("cho 150 lao động", "150", 150, "count", "lao động", status="target",
      subject="lao động được đào tạo nghề", per=Y25),
]

NOTES = [
    "Formal report: 'UBND HUYỆN NAM TRỰC', 'Số: 21/BC-UBND', 'Nam Trực, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Location Nam Trực (district; xã Nam Thanh lies in it) for all figures; rows of the table are product groups, not places.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng': money cells ×10^9; subject = indicator + row + column; period from the column header;",
    "'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures; the header has no period, so their period",
    "(2024) is marked inherited; no status cue in that header → actual. Table cells get no total.",
    "'bằng 102,4% kế hoạch' → percent attribute. The 'ước đạt' clause ends at ';': 'thu nhập ... đạt 8,2 triệu' is actual.",
    "'Trong năm' in an annual report = the report year 2024. Section II 'Phấn đấu năm 2025' governs the three clauses → target.",
    "Distractors: Số: 21/BC-UBND, Nghị định số 45/2022/NĐ-CP, 'giai đoạn II', section numbers I./II./1.-3., letterhead date.",
]

if __name__ == "__main__":
    write("p1494-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Nam Trực")
