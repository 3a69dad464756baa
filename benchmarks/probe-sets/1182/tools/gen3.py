"""p1182-3: formal report (UBND tỉnh Quảng Ninh), bicycle / e-vehicle rental pilot 2024, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thí điểm dịch vụ cho thuê xe đạp, xe điện công cộng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới, phương tiện
Tính đến ngày 30/11/2024, toàn tỉnh có 96 điểm cho thuê xe đạp, xe điện công cộng với 1.540 phương tiện, tăng 320 phương tiện so với cuối năm 2023; trong đó 860 xe đạp, 520 xe đạp điện và 160 xe máy điện.

2. Lượt thuê theo địa phương
Đơn vị tính: lượt thuê
Địa phương | Năm 2023 | 11 tháng năm 2024 | Kế hoạch năm 2025
TP Hạ Long | 238.400 | 296.750 | 360.000
TP Cẩm Phả | 41.200 | 52.380 | 70.000
TP Móng Cái | 36.900 | 48.150 | 65.000
TP Uông Bí | 28.300 | 35.620 | 50.000
Huyện Vân Đồn | 62.700 | 84.100 | 105.000
Tổng cộng | 407.500 | 517.000 | 650.000

3. Doanh thu, giá dịch vụ, an toàn
Doanh thu 11 tháng ước đạt 14,6 tỷ đồng, bằng 91,3% kế hoạch năm. Giá thuê xe đạp từ 20.000 đến 30.000 đồng/giờ, xe máy điện 120.000 đồng/ngày. Trong năm, lực lượng chức năng xử lý 37 trường hợp vi phạm, không xảy ra tai nạn nghiêm trọng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tổng lượt thuê đạt 650.000 lượt; mở rộng thêm 20 điểm cho thuê tại TP Hạ Long và huyện Vân Đồn; 100% phương tiện được lắp thiết bị định vị GPS.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Lưu: VT, GT2.
"""

ASOF = per("Tính đến ngày 30/11/2024", None, "2024-11-30")
COLS = {
    "Năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "11 tháng năm 2024": (per("11 tháng năm 2024", "2024-01-01", "2024-11-30"), "actual"),
    "Kế hoạch năm 2025": (per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target"),
}
M11 = per("11 tháng", "2024-01-01", "2024-11-30")
YR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = inh(per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31"))


def cell(anchor, number, value, place, col):
    p, st = COLS[col]
    sub = f"lượt thuê xe đạp, xe điện công cộng {col.lower()}"
    if place is None:
        sub = "tổng cộng " + sub
    kw = {"status": st} if st != "actual" else {}
    if place:
        kw["location"] = place
    return fig(anchor, number, value, "count", "lượt thuê", subject=sub, period=p, **kw)


ROWS = [
    ("TP Hạ Long", "Hạ Long", ["238.400", "296.750", "360.000"]),
    ("TP Cẩm Phả", "Cẩm Phả", ["41.200", "52.380", "70.000"]),
    ("TP Móng Cái", "Móng Cái", ["36.900", "48.150", "65.000"]),
    ("TP Uông Bí", "Uông Bí", ["28.300", "35.620", "50.000"]),
    ("Huyện Vân Đồn", "Vân Đồn", ["62.700", "84.100", "105.000"]),
    ("Tổng cộng", None, ["407.500", "517.000", "650.000"]),
]
TABLE = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        TABLE.append(cell(f"{prev} | {n}", n, int(n.replace(".", "")), place, col))
        prev = n

FIGS = [
    fig("có 96 điểm", "96", 96, "count", "điểm cho thuê",
        subject="điểm cho thuê xe đạp, xe điện công cộng", period=ASOF),
    fig("với 1.540 phương tiện", "1.540", 1540, "count", "phương tiện",
        change=chg("increase", 320, "phương tiện", "cuối năm 2023"),
        subject="phương tiện cho thuê xe đạp, xe điện công cộng", period=ASOF),
    fig("860 xe đạp", "860", 860, "count", "xe đạp", total=1540, subject="xe đạp", period=ASOF),
    fig("520 xe đạp điện", "520", 520, "count", "xe đạp điện", total=1540, subject="xe đạp điện", period=ASOF),
    fig("160 xe máy điện", "160", 160, "count", "xe máy điện", total=1540, subject="xe máy điện", period=ASOF),
] + TABLE + [
    fig("ước đạt 14,6 tỷ", "14,6", 14600000000, "money", "đồng", percent=91.3, status="estimate",
        subject="doanh thu", period=M11),
    fig("từ 20.000 đến 30.000", "20.000", 20000, "money", "đồng/giờ", value_max=30000,
        subject="giá thuê xe đạp"),
    fig("điện 120.000 đồng", "120.000", 120000, "money", "đồng/ngày", subject="giá thuê xe máy điện"),
    fig("xử lý 37 trường hợp", "37", 37, "count", "trường hợp",
        subject="trường hợp vi phạm bị xử lý", period=YR),
    fig("đạt 650.000 lượt", "650.000", 650000, "count", "lượt", status="target",
        subject="tổng lượt thuê", period=Y25),
    fig("thêm 20 điểm", "20", 20, "count", "điểm cho thuê", status="target",
        subject="điểm cho thuê mở rộng thêm", period=Y25),
    fig("100% phương tiện", "100", 100, "percent", "%", status="target",
        subject="phương tiện được lắp thiết bị định vị GPS", period=Y25),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH QUẢNG NINH', 'Số: 412/BC-UBND', 'Quảng Ninh, ngày 18 tháng 12 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: lượt thuê': row labels are places → location; subject = indicator + column label;",
    "period from the column header (scored); 'Kế hoạch năm 2025' column → status target. Table cells get no totals.",
    "Parts 860 + 520 + 160 = 1.540 after '; trong đó' (same sentence, as-of period scored). Change 320 phương tiện vs cuối năm 2023.",
    "'Trong năm' in a year-end report is 2024. Section II 'Phấn đấu' governs the clauses after ';' (target); the period is the heading (inherited).",
    "'20 điểm … tại TP Hạ Long và huyện Vân Đồn' spans two districts: province location. 'không xảy ra tai nạn nghiêm trọng' has no number.",
    "Distractors: 412/BC-UBND, section numbers I./II./1.-3., 'GT2', the letterhead date.",
]

if __name__ == "__main__":
    write("p1182-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Quảng Ninh")
