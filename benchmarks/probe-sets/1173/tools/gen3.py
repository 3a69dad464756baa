"""p1173-3: formal report UBND tỉnh Phú Yên on stone quarrying in 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH PHÚ YÊN
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 12 tháng 01 năm 2024

BÁO CÁO
Tình hình quản lý, khai thác đá granite và đá xây dựng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Cấp phép
Tính đến ngày 31/12/2023, toàn tỉnh có 38 giấy phép khai thác đá còn hiệu lực, trong đó 26 giấy phép do UBND tỉnh cấp, 12 giấy phép do Bộ Tài nguyên và Môi trường cấp. Trong năm, tỉnh cấp mới 4 giấy phép và gia hạn 3 giấy phép.

2. Sản lượng khai thác
Năm 2023, tổng sản lượng đá khai thác đạt 403.700 m3, bằng 92,3% kế hoạch, tăng 8,3% so với năm 2022.

Đơn vị tính: m3
Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
Thị xã Đông Hòa | 185.400 | 201.700 | 215.000
Huyện Tuy An | 96.200 | 104.800 | 110.000
Huyện Sơn Hòa | 58.600 | 61.300 | 70.000
Huyện Đồng Xuân | 32.500 | 35.900 | 40.000
Tổng cộng | 372.700 | 403.700 | 435.000

3. Thu ngân sách
Tiền cấp quyền khai thác khoáng sản nộp ngân sách năm 2023 đạt 27,4 tỷ đồng, trong đó thị xã Đông Hòa và huyện Tuy An lần lượt nộp 16,2 tỷ đồng và 7,9 tỷ đồng; thuế tài nguyên và phí bảo vệ môi trường 41,8 tỷ đồng, tăng 2,6 tỷ đồng so với năm trước.

II. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng khai thác đạt 435.000 m3; hoàn thành đấu giá quyền khai thác ít nhất 5 mỏ; 100% mỏ lắp đặt trạm cân và camera giám sát.

Nơi nhận:
- Bộ TN&MT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
YEAR_IN = P("Trong năm", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
TASK = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": Y22c, "Năm 2023": Y23c, "Kế hoạch 2024": K24}


def cell(anchor, number, value, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if place is None:
        return F(anchor, number, value, "measure", "m3", subject=f"tổng cộng sản lượng đá khai thác {col.lower()}",
                 period=COLS[col], **kw)
    return F(anchor, number, value, "measure", "m3", subject=f"sản lượng đá khai thác {col.lower()}",
             period=COLS[col], location=place, **kw)


FIGS = [
    F("có 38 giấy phép", "38", 38, "count", "giấy phép",
      subject="giấy phép khai thác đá còn hiệu lực", period=ASOF),
    F("26 giấy phép", "26", 26, "count", "giấy phép", total=38,
      subject="giấy phép khai thác đá do UBND tỉnh cấp", period=ASOF),
    F("12 giấy phép", "12", 12, "count", "giấy phép", total=38,
      subject="giấy phép khai thác đá do Bộ Tài nguyên và Môi trường cấp", period=ASOF),
    F("cấp mới 4 giấy phép", "4", 4, "count", "giấy phép", subject="giấy phép khai thác đá cấp mới", period=YEAR_IN),
    F("gia hạn 3 giấy phép", "3", 3, "count", "giấy phép", subject="giấy phép khai thác đá gia hạn", period=YEAR_IN),
    F("đạt 403.700 m3", "403.700", 403700, "measure", "m3", percent=92.3,
      change=C("increase", 8.3, "%", "năm 2022"), subject="tổng sản lượng đá khai thác", period=Y23),
    cell("Hòa | 185.400", "185.400", 185400, "Đông Hòa", "Năm 2022"),
    cell("185.400 | 201.700", "201.700", 201700, "Đông Hòa", "Năm 2023"),
    cell("201.700 | 215.000", "215.000", 215000, "Đông Hòa", "Kế hoạch 2024"),
    cell("An | 96.200", "96.200", 96200, "Tuy An", "Năm 2022"),
    cell("96.200 | 104.800", "104.800", 104800, "Tuy An", "Năm 2023"),
    cell("104.800 | 110.000", "110.000", 110000, "Tuy An", "Kế hoạch 2024"),
    cell("Sơn Hòa | 58.600", "58.600", 58600, "Sơn Hòa", "Năm 2022"),
    cell("58.600 | 61.300", "61.300", 61300, "Sơn Hòa", "Năm 2023"),
    cell("61.300 | 70.000", "70.000", 70000, "Sơn Hòa", "Kế hoạch 2024"),
    cell("Xuân | 32.500", "32.500", 32500, "Đồng Xuân", "Năm 2022"),
    cell("32.500 | 35.900", "35.900", 35900, "Đồng Xuân", "Năm 2023"),
    cell("35.900 | 40.000", "40.000", 40000, "Đồng Xuân", "Kế hoạch 2024"),
    cell("cộng | 372.700", "372.700", 372700, None, "Năm 2022"),
    cell("372.700 | 403.700", "403.700", 403700, None, "Năm 2023"),
    cell("403.700 | 435.000", "435.000", 435000, None, "Kế hoạch 2024"),
    F("đạt 27,4 tỷ", "27,4", 27400000000, "money", "đồng",
      subject="tiền cấp quyền khai thác khoáng sản nộp ngân sách", period=Y23b),
    F("lần lượt nộp 16,2 tỷ", "16,2", 16200000000, "money", "đồng", total=27400000000,
      subject="tiền cấp quyền khai thác khoáng sản nộp ngân sách", period=Y23b, location="Đông Hòa"),
    F("và 7,9 tỷ", "7,9", 7900000000, "money", "đồng", total=27400000000,
      subject="tiền cấp quyền khai thác khoáng sản nộp ngân sách", period=Y23b, location="Tuy An"),
    F("môi trường 41,8 tỷ", "41,8", 41800000000, "money", "đồng",
      change=C("increase", 2600000000, "đồng", "năm trước"),
      subject="thuế tài nguyên và phí bảo vệ môi trường", period=Y23b),
    F("đạt 435.000 m3", "435.000", 435000, "measure", "m3", status="target",
      subject="sản lượng khai thác đá", period=TASK),
    F("ít nhất 5 mỏ", "5", 5, "count", "mỏ", approx="at_least", status="target",
      subject="mỏ hoàn thành đấu giá quyền khai thác", period=TASK),
    F("100% mỏ", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mỏ lắp đặt trạm cân và camera giám sát", period=TASK),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH PHÚ YÊN', 'Số: 18/BC-UBND', 'Phú Yên, ngày 12 tháng 01 năm 2024' (published).",
    "Distractors: report number 18/BC-UBND, section numbers I./II./1.-3., 'Nơi nhận' lines, 'TN&MT'.",
    "Flattened '|' table, 'Đơn vị tính: m3'; row labels are districts -> location; subject = caption indicator + column label;",
    "periods from the column headers (scored); 'Kế hoạch 2024' column -> status target. Cells get no total; the 'Tổng cộng' row is Phú Yên.",
    "'Trong năm' (year-less) takes 2023 from the as-of date before it. Section II tasks: period from the heading 'NHIỆM VỤ NĂM 2024' (inherited).",
    "'trong đó thị xã Đông Hòa và huyện Tuy An lần lượt nộp 16,2 tỷ đồng và 7,9 tỷ đồng' -> parts of 27,4 tỷ, places as locations.",
    "'tăng 2,6 tỷ đồng so với năm trước' is the change of 41,8 tỷ (value 2,6·10^9, unit đồng).",
]

if __name__ == "__main__":
    write("p1173-3", TEXT, NOTES, FIGS, published="2024-01-12", location="Phú Yên")
