from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH TRÀ VINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 286/BC-UBND
Trà Vinh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình bảo đảm trật tự, an toàn giao thông tại các bến khách ngang sông 9 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
1. Số lượng bến, phương tiện
Tính đến ngày 30/9/2024, toàn tỉnh có 87 bến khách ngang sông, trong đó 79 bến đã được cấp phép, đạt 90,8%; tổng số phương tiện chở khách là 234 chiếc, trong đó 198 chiếc đã được đăng kiểm (84,6%). Số liệu theo từng địa phương như sau:

Đơn vị tính: bến, chiếc
Huyện, thị xã | Số bến | Bến được cấp phép | Phương tiện (chiếc)
Càng Long | 14 | 13 | 41
Cầu Kè | 19 | 17 | 52
Tiểu Cần | 12 | 11 | 30
Trà Cú | 22 | 20 | 63
Duyên Hải | 20 | 18 | 48
Tổng cộng | 87 | 79 | 234

2. Kết quả vận chuyển
9 tháng đầu năm 2024, các bến ước vận chuyển 6,8 triệu lượt khách, bằng 103,5% cùng kỳ.

II. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM
Thực hiện Nghị định số 08/2021/NĐ-CP, 9 tháng qua lực lượng chức năng đã kiểm tra 312 lượt bến, phương tiện; xử lý 46 trường hợp vi phạm, phạt tiền 92,5 triệu đồng. Trên địa bàn xảy ra 01 vụ tai nạn tại bến đò xã Hàm Giang, làm 01 người bị thương, giảm 2 vụ so với cùng kỳ năm 2023.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cấp phép thêm 5 bến, nâng tỷ lệ bến được cấp phép lên 96,6%; dự kiến hỗ trợ trang bị 1.500 áo phao với kinh phí khoảng 225 triệu đồng.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

asof = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
m9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
m9q = P("9 tháng qua", "2024-01-01", "2024-09-30")
q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [("Càng Long", 14, 13, 41), ("Cầu Kè", 19, 17, 52), ("Tiểu Cần", 12, 11, 30),
        ("Trà Cú", 22, 20, 63), ("Duyên Hải", 20, 18, 48)]

FIGS = [
    F("có 87 bến khách", "87", 87, "count", "bến khách ngang sông", "bến khách ngang sông", asof),
    F("79 bến đã được cấp phép", "79", 79, "count", "bến", "bến khách ngang sông đã được cấp phép", asof,
      total=87, percent=90.8),
    F("là 234 chiếc", "234", 234, "count", "chiếc", "phương tiện chở khách", asof),
    F("198 chiếc", "198", 198, "count", "chiếc", "phương tiện đã được đăng kiểm", asof, total=234, percent=84.6),
]
for place, a, b, c in ROWS:
    FIGS += [
        F(f"{place} | {a}", str(a), a, "count", "bến", "số bến", I(asof), location=place),
        F(f"{place} | {a} | {b}", str(b), b, "count", "bến", "bến được cấp phép", I(asof), location=place),
        F(f"{a} | {b} | {c}", str(c), c, "count", "chiếc", "phương tiện", I(asof), location=place),
    ]
FIGS += [
    F("Tổng cộng | 87", "87", 87, "count", "bến", "tổng cộng số bến", I(asof)),
    F("| 87 | 79", "79", 79, "count", "bến", "tổng cộng bến được cấp phép", I(asof)),
    F("79 | 234", "234", 234, "count", "chiếc", "tổng cộng phương tiện", I(asof)),
    F("ước vận chuyển 6,8 triệu lượt khách", "6,8", 6_800_000, "count", "lượt khách",
      "lượt khách vận chuyển qua các bến", m9, percent=103.5, status="estimate"),
    F("kiểm tra 312 lượt", "312", 312, "count", "lượt bến, phương tiện", "lượt bến, phương tiện được kiểm tra", m9q),
    F("xử lý 46 trường hợp", "46", 46, "count", "trường hợp", "trường hợp vi phạm được xử lý", m9q),
    F("phạt tiền 92,5 triệu đồng", "92,5", 92_500_000, "money", "đồng", "tiền phạt vi phạm", m9q),
    F("xảy ra 01 vụ tai nạn", "01", 1, "count", "vụ", "vụ tai nạn tại bến đò", I(m9q),
      change=C("decrease", 2, "vụ", baseline="cùng kỳ năm 2023")),
    F("làm 01 người", "01", 1, "count", "người", "người bị thương", I(m9q)),
    F("cấp phép thêm 5 bến", "5", 5, "count", "bến", "bến được cấp phép thêm", q4, status="target"),
    F("lên 96,6%", "96,6", 96.6, "percent", "%", "tỷ lệ bến được cấp phép", q4, status="target"),
    F("trang bị 1.500 áo phao", "1.500", 1500, "count", "áo phao", "áo phao hỗ trợ trang bị", q4, status="forecast"),
    F("khoảng 225 triệu đồng", "225", 225_000_000, "money", "đồng", "kinh phí hỗ trợ trang bị áo phao", q4,
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report of UBND tỉnh Trà Vinh (Số: 286/BC-UBND), 9 months 2024: landings and vessels by district (flattened '|' table), traffic, inspections, Q4 tasks.",
    "Table cells: subject = column label, the district row label is the location; 'Tổng cộng' row is Trà Vinh. Period from 'Tính đến ngày 30/9/2024' in the sentence before the table (inherited). Cells carry no totals/percents.",
    "Not figures: 'Số: 286/BC-UBND', dateline, 'Nghị định số 08/2021/NĐ-CP', section numbers I.-III., 1.-2., heading 'QUÝ IV/2024'.",
    "'bằng 103,5% cùng kỳ' is the percent attribute of the 6,8 triệu estimate. 'giảm 2 vụ' is the change of the 01 accident.",
    "Q4 tasks: 'Phấn đấu' → target (5 bến, 96,6%); 'dự kiến' → forecast (1.500 áo phao and its cost). Period from the heading: inherited.",
    "The document is dated but a formal report has no 'published' page date; the dateline 'Trà Vinh, ngày 08 tháng 10 năm 2024' is the document's own date, so published = 2024-10-08.",
]

build("p964-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Trà Vinh")
