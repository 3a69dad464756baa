"""p1190-3: formal report (UBND tỉnh Thái Bình) on jute and sedge carpets 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 12 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất, xuất khẩu thảm đay, thảm cói năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Năm 2023, giá trị sản xuất thảm đay, thảm cói toàn tỉnh đạt 1.364 tỷ đồng, bằng 102,6% kế hoạch, tăng 7,1% so với năm 2022. Tính đến ngày 31/12/2023, toàn tỉnh có 26 làng nghề đay, cói được công nhận; 156 doanh nghiệp, hợp tác xã tham gia sản xuất, thu hút 31.500 lao động. Thu nhập bình quân của lao động làng nghề đạt 5,2 triệu đồng/người/tháng, cao hơn 0,4 triệu đồng so với năm 2022.

2. Giá trị xuất khẩu theo địa bàn
Đơn vị tính: tỷ đồng
Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch 2024
Huyện Thái Thụy | 412 | 448 | 480
Huyện Kiến Xương | 236 | 251 | 270
Huyện Tiền Hải | 128 | 139 | 150
Huyện Vũ Thư | 95 | 104 | 115
Tổng cộng | 871 | 942 | 1.015

3. Tồn tại, hạn chế
Giá nguyên liệu đay tăng 15-20%; 4/26 làng nghề chưa có hệ thống xử lý nước thải.

II. NHIỆM VỤ NĂM 2024
Phấn đấu giá trị sản xuất thảm đay, thảm cói đạt 1.450 tỷ đồng; hỗ trợ ít nhất 10 cơ sở đổi mới thiết bị, mức hỗ trợ tối đa 300 triệu đồng/cơ sở.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT2.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}


def cell(anchor, number, value, place, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    row = "tổng cộng " if place == "Thái Bình" else ""
    return F(anchor, number, value * 1e9, "money", "đồng", subject=f"giá trị xuất khẩu {row}{col}",
             period=COLS[col], location=place, **kw)


FIGS = [
    F("đạt 1.364 tỷ", "1.364", 1364e9, "money", "đồng", percent=102.6,
      change=C("increase", 7.1, "%", "năm 2022"),
      subject="giá trị sản xuất thảm đay, thảm cói", period=Y23),
    F("có 26 làng nghề", "26", 26, "count", "làng nghề", subject="làng nghề đay, cói được công nhận", period=ASOF),
    F("156 doanh nghiệp", "156", 156, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã tham gia sản xuất", period=ASOF),
    F("31.500 lao động", "31.500", 31500, "count", "lao động", subject="lao động thu hút", period=ASOF),
    F("đạt 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng",
      change=C("increase", 400000, "đồng", "năm 2022"),
      subject="thu nhập bình quân của lao động làng nghề", period=I(Y23)),
    cell("Thụy | 412", "412", 412, "Thái Thụy", "Năm 2022"),
    cell("412 | 448", "448", 448, "Thái Thụy", "Năm 2023"),
    cell("448 | 480", "480", 480, "Thái Thụy", "Kế hoạch 2024"),
    cell("Xương | 236", "236", 236, "Kiến Xương", "Năm 2022"),
    cell("236 | 251", "251", 251, "Kiến Xương", "Năm 2023"),
    cell("251 | 270", "270", 270, "Kiến Xương", "Kế hoạch 2024"),
    cell("Hải | 128", "128", 128, "Tiền Hải", "Năm 2022"),
    cell("128 | 139", "139", 139, "Tiền Hải", "Năm 2023"),
    cell("139 | 150", "150", 150, "Tiền Hải", "Kế hoạch 2024"),
    cell("Thư | 95", "95", 95, "Vũ Thư", "Năm 2022"),
    cell("95 | 104", "104", 104, "Vũ Thư", "Năm 2023"),
    cell("104 | 115", "115", 115, "Vũ Thư", "Kế hoạch 2024"),
    cell("cộng | 871", "871", 871, "Thái Bình", "Năm 2022"),
    cell("871 | 942", "942", 942, "Thái Bình", "Năm 2023"),
    cell("942 | 1.015", "1.015", 1015, "Thái Bình", "Kế hoạch 2024"),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="giá nguyên liệu đay tăng",
      period=I(Y23)),
    F("4/26 làng nghề", "4", 4, "count", "làng nghề", total=26,
      subject="làng nghề chưa có hệ thống xử lý nước thải", period=I(Y23)),
    F("đạt 1.450 tỷ", "1.450", 1450e9, "money", "đồng", status="target",
      subject="giá trị sản xuất thảm đay, thảm cói", period=Y24),
    F("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y24),
    F("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most", status="target",
      subject="mức hỗ trợ đổi mới thiết bị", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH THÁI BÌNH', 'Số: 09/BC-UBND', 'Thái Bình, ngày 12 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' (×10^9 đồng); row labels are districts → location (the 'Tổng cộng' row → Thái Bình);",
    "subject = indicator + column label; periods from the column headers (scored); 'Kế hoạch 2024' column → target. Cells get no totals.",
    "'4/26 làng nghề' → total 26. '15-20%' is a growth rate standing as the claim (percent, no change). Section II heading gives the",
    "2024 period (inherited); 'Phấn đấu' governs the clauses after ';'. Distractors: Số 09/BC-UBND, section numbers, 'KT2'.",
]

if __name__ == "__main__":
    write("p1190-3", TEXT, NOTES, FIGS, published="2024-01-12", location="Thái Bình")
