"""p1157-3: formal report (UBND tỉnh Lâm Đồng) on coffee roasting 2024, flattened | table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 20 tháng 12 năm 2024

BÁO CÁO
Tình hình phát triển chế biến, rang xay cà phê năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở chế biến
Tính đến ngày 30/11/2024, toàn tỉnh có 286 cơ sở rang xay cà phê, tăng 12,6% so với cuối năm 2023; trong đó 64 doanh nghiệp, 39 hợp tác xã và 183 hộ kinh doanh. Có 47 sản phẩm cà phê đạt chuẩn OCOP từ 3 sao trở lên.

2. Sản lượng cà phê rang xay theo địa phương
Đơn vị tính: tấn
Địa phương | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025
TP Đà Lạt | 820 | 910 | 1.000
Huyện Lâm Hà | 1.150 | 1.260 | 1.350
Huyện Di Linh | 640 | 705 | 780
TP Bảo Lộc | 1.380 | 1.495 | 1.600
Các địa phương khác | 1.210 | 1.330 | 1.470
Tổng cộng | 5.200 | 5.700 | 6.200

Sản lượng cà phê đặc sản ước đạt 1.150 tấn, chiếm 20,2% tổng sản lượng rang xay. Giá bán bình quân cà phê đặc sản rang xay đạt 380.000 đồng/kg, gấp khoảng 2,5 lần cà phê rang xay thông thường.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tổng sản lượng cà phê rang xay đạt 6.200 tấn; hỗ trợ 30 cơ sở đổi mới thiết bị rang, mỗi cơ sở không quá 200 triệu đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y24T = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)  # title / report year
Y25 = P("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {
    "Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Ước thực hiện năm 2024": (P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "Kế hoạch năm 2025": (P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target"),
}
ROWS = {  # row label -> (location, subject part)
    "TP Đà Lạt": ("Đà Lạt", ""),
    "Huyện Lâm Hà": ("Lâm Hà", ""),
    "Huyện Di Linh": ("Di Linh", ""),
    "TP Bảo Lộc": ("Bảo Lộc", ""),
    "Các địa phương khác": ("Lâm Đồng", " các địa phương khác"),
    "Tổng cộng": ("Lâm Đồng", " tổng cộng"),
}


def cell(anchor, number, value, row, col):
    per, st = COLS[col]
    loc, extra = ROWS[row]
    kw = {"status": st} if st != "actual" else {}
    return F(anchor, number, value, "measure", "tấn",
             subject=f"sản lượng cà phê rang xay{extra} {col.lower()}", period=per, location=loc, **kw)


C1, C2, C3 = "Năm 2023", "Ước thực hiện năm 2024", "Kế hoạch năm 2025"
FIGS = [
    F("có 286 cơ sở", "286", 286, "count", "cơ sở", change=C("increase", 12.6, "%", "cuối năm 2023"),
      subject="cơ sở rang xay cà phê", period=ASOF),
    F("64 doanh nghiệp", "64", 64, "count", "doanh nghiệp", total=286,
      subject="doanh nghiệp rang xay cà phê", period=ASOF),
    F("39 hợp tác xã", "39", 39, "count", "hợp tác xã", total=286,
      subject="hợp tác xã rang xay cà phê", period=ASOF),
    F("183 hộ", "183", 183, "count", "hộ kinh doanh", total=286,
      subject="hộ kinh doanh rang xay cà phê", period=ASOF),
    F("Có 47 sản phẩm", "47", 47, "count", "sản phẩm", subject="sản phẩm cà phê đạt chuẩn OCOP từ 3 sao trở lên",
      period=I(ASOF)),
    F("từ 3 sao", "3", 3, "measure", "sao", approx="at_least", optional=True, subject="hạng sao OCOP"),
    cell("Lạt | 820", "820", 820, "TP Đà Lạt", C1),
    cell("820 | 910", "910", 910, "TP Đà Lạt", C2),
    cell("910 | 1.000", "1.000", 1000, "TP Đà Lạt", C3),
    cell("Hà | 1.150", "1.150", 1150, "Huyện Lâm Hà", C1),
    cell("1.150 | 1.260", "1.260", 1260, "Huyện Lâm Hà", C2),
    cell("1.260 | 1.350", "1.350", 1350, "Huyện Lâm Hà", C3),
    cell("Linh | 640", "640", 640, "Huyện Di Linh", C1),
    cell("640 | 705", "705", 705, "Huyện Di Linh", C2),
    cell("705 | 780", "780", 780, "Huyện Di Linh", C3),
    cell("Lộc | 1.380", "1.380", 1380, "TP Bảo Lộc", C1),
    cell("1.380 | 1.495", "1.495", 1495, "TP Bảo Lộc", C2),
    cell("1.495 | 1.600", "1.600", 1600, "TP Bảo Lộc", C3),
    cell("khác | 1.210", "1.210", 1210, "Các địa phương khác", C1),
    cell("1.210 | 1.330", "1.330", 1330, "Các địa phương khác", C2),
    cell("1.330 | 1.470", "1.470", 1470, "Các địa phương khác", C3),
    cell("cộng | 5.200", "5.200", 5200, "Tổng cộng", C1),
    cell("5.200 | 5.700", "5.700", 5700, "Tổng cộng", C2),
    cell("5.700 | 6.200", "6.200", 6200, "Tổng cộng", C3),
    F("ước đạt 1.150 tấn", "1.150", 1150, "measure", "tấn", percent=20.2, status="estimate",
      subject="sản lượng cà phê đặc sản", period=Y24T),
    F("đạt 380.000 đồng/kg", "380.000", 380000, "money", "đồng/kg",
      change=C("increase", 2.5, "lần", "cà phê rang xay thông thường", approx="about"),
      subject="giá bán bình quân cà phê đặc sản rang xay", period=Y24T),
    F("đạt 6.200 tấn", "6.200", 6200, "measure", "tấn", status="target",
      subject="tổng sản lượng cà phê rang xay", period=Y25),
    F("hỗ trợ 30 cơ sở", "30", 30, "count", "cơ sở", status="target",
      subject="cơ sở được hỗ trợ đổi mới thiết bị rang", period=Y25),
    F("không quá 200 triệu", "200", 200e6, "money", "đồng/cơ sở", approx="at_most", status="target",
      subject="mức hỗ trợ đổi mới thiết bị rang mỗi cơ sở", period=Y25),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH LÂM ĐỒNG, 'Số: 412/BC-UBND', 'Lâm Đồng, ngày 20 tháng 12 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn': rows are places -> location (TP Đà Lạt -> Đà Lạt ...); 'Các địa phương khác' and 'Tổng cộng' stay Lâm Đồng",
    "with the row label in the subject. Subject = caption indicator + column label. Periods from column headers (scored);",
    "'Ước thực hiện năm 2024' -> estimate, 'Kế hoạch năm 2025' -> target. Cells get no totals.",
    "Parts 64 + 39 + 183 = 286 after 'trong đó' take total 286 (each counts establishments under its own noun).",
    "'từ 3 sao trở lên' is an OCOP rating threshold (label, optional). 'gấp khoảng 2,5 lần' after the price is its change (about).",
    "Section II heading 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' -> target, period inherited; 'mỗi cơ sở không quá 200 triệu đồng' continues the target clause.",
    "Distractors: Số: 412/BC-UBND, section numbers I./II./1./2., dateline, 'Lưu: VT, NN'.",
]

if __name__ == "__main__":
    write("p1157-3", TEXT, NOTES, FIGS, published="2024-12-20", location="Lâm Đồng")
