"""p816-3: formal report, UBND tỉnh Kiên Giang, community tourism in fishing villages 2024, flattened table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Kiên Giang, ngày 20 tháng 01 năm 2025

BÁO CÁO
Kết quả phát triển du lịch cộng đồng gắn với làng chài năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khách du lịch và doanh thu
Năm 2024, các làng chài làm du lịch cộng đồng trên địa bàn tỉnh đón 1.264.800 lượt khách, tăng 21,4% so với năm 2023, đạt 105,4% kế hoạch; doanh thu ước đạt 642,7 tỷ đồng. Lượt khách theo địa phương như sau:

Đơn vị tính: lượt khách
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
Phú Quốc | 590.400 | 716.500 | 800.000
Kiên Hải | 231.700 | 287.300 | 320.000
Hà Tiên | 139.600 | 164.200 | 180.000
Kiên Lương | 80.200 | 96.800 | 110.000
Tổng cộng | 1.041.900 | 1.264.800 | 1.410.000

2. Cơ sở vật chất, lao động
Toàn tỉnh có 409 hộ ngư dân tham gia làm du lịch cộng đồng, tăng 47 hộ so với năm 2023; trong đó 132 hộ kinh doanh homestay với 615 phòng. Có 86 tàu cá vỏ gỗ được cải hoán sang tàu dịch vụ du lịch (chở khách câu cá, tham quan đảo), chiếm 3,2% số tàu cá khai thác ven bờ của tỉnh. Thu nhập bình quân của lao động làm du lịch làng chài đạt 8,2 triệu đồng/người/tháng.

II. TỒN TẠI, HẠN CHẾ
Còn 23/86 tàu cải hoán chưa được đăng kiểm là phương tiện chở khách; hạ tầng bến đón khách tại An Sơn, Nam Du (huyện Kiên Hải) chưa đáp ứng nhu cầu.

III. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 đón trên 1,4 triệu lượt khách, doanh thu đạt 720 tỷ đồng; hoàn thành đăng kiểm 100% tàu cải hoán. Thực hiện theo Nghị quyết số 06/2023/NQ-HĐND của HĐND tỉnh.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LK = "lượt khách du lịch cộng đồng làng chài"

FIGS = [
    F("đón 1.264.800 lượt khách", "1.264.800", 1264800, "count", "lượt khách", LK, Y24,
      change=C("increase", 21.4, baseline="năm 2023"), percent=105.4),
    F("ước đạt 642,7 tỷ đồng", "642,7", 642.7e9, "money", "đồng", "doanh thu du lịch cộng đồng làng chài", Y24,
      status="estimate"),
]
rows = [("Phú Quốc", "590.400", "716.500", "800.000"), ("Kiên Hải", "231.700", "287.300", "320.000"),
        ("Hà Tiên", "139.600", "164.200", "180.000"), ("Kiên Lương", "80.200", "96.800", "110.000")]
for place, a, b, c in rows:
    v = lambda s: int(s.replace(".", ""))
    FIGS += [
        F(f"{place} | {a}", a, v(a), "count", "lượt khách", "lượt khách năm 2023", Y23, location=place),
        F(f"| {b} |", b, v(b), "count", "lượt khách", "lượt khách năm 2024", Y24, location=place),
        F(f"| {c}\n", c, v(c), "count", "lượt khách", "lượt khách kế hoạch 2025", K25, location=place,
          status="target"),
    ]
FIGS += [
    F("Tổng cộng | 1.041.900", "1.041.900", 1041900, "count", "lượt khách", "tổng cộng lượt khách năm 2023", Y23),
    F("| 1.264.800 |", "1.264.800", 1264800, "count", "lượt khách", "tổng cộng lượt khách năm 2024", Y24),
    F("| 1.410.000", "1.410.000", 1410000, "count", "lượt khách", "tổng cộng lượt khách kế hoạch 2025", K25,
      status="target"),
    F("có 409 hộ", "409", 409, "count", "hộ", "hộ ngư dân tham gia làm du lịch cộng đồng", I(Y24),
      change=C("increase", 47, unit="hộ", baseline="năm 2023")),
    F("132 hộ", "132", 132, "count", "hộ", "hộ kinh doanh homestay", I(Y24), total=409),
    F("615 phòng", "615", 615, "count", "phòng", "phòng homestay", I(Y24)),
    F("Có 86 tàu", "86", 86, "count", "tàu cá", "tàu cá vỏ gỗ được cải hoán sang tàu dịch vụ du lịch", I(Y24),
      percent=3.2),
    F("đạt 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làm du lịch làng chài",
      I(Y24)),
    F("Còn 23/86", "23", 23, "count", "tàu", "tàu cải hoán chưa được đăng kiểm là phương tiện chở khách", total=86),
    F("trên 1,4 triệu", "1,4", 1.4e6, "count", "lượt khách", "khách du lịch cộng đồng làng chài", Y25,
      approx="over", status="target"),
    F("đạt 720 tỷ", "720", 720e9, "money", "đồng", "doanh thu du lịch cộng đồng làng chài", Y25, status="target"),
    F("đăng kiểm 100%", "100", 100, "percent", "%", "tỷ lệ tàu cải hoán hoàn thành đăng kiểm", Y25, status="target"),
]

NOTES = [
    "Formal report (UBND tỉnh Kiên Giang, Số: 38/BC-UBND, 20/01/2025): community tourism in fishing villages, 2024.",
    "Flattened '|' table, 'Đơn vị tính: lượt khách'; districts/cities go to location; periods from the column headers;",
    "'Kế hoạch 2025' column -> target. Table cells take no total; the 'Tổng cộng' row is its own figure (location Kiên Giang).",
    "Distractors: 'Số: 38/BC-UBND', date line, section numbers I.-III., 1.-2., 'Nghị quyết số 06/2023/NQ-HĐND', 'Nơi nhận'.",
    "Section 2 has no period phrase of its own: 'Năm 2024' from section 1 is inherited. '23/86' takes total 86.",
    "The report date (20/01/2025) is the article's date; published left as that date.",
]

build("p816-3", TEXT, FIGS, NOTES, published="2025-01-20", location="Kiên Giang")
