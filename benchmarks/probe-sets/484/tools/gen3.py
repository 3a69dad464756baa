"""p484-3: formal report under a letterhead (UBND tỉnh Hậu Giang), 9 months 2024, flattened '|' table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH HẬU GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND
Hậu Giang, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thanh toán trực tuyến 9 tháng năm 2024

Thực hiện Công văn số 1325/VPCP-KSTT của Văn phòng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Số hóa hồ sơ
Trong 9 tháng năm 2024, toàn tỉnh tiếp nhận 248.907 hồ sơ thủ tục hành chính, trong đó 241.332 hồ sơ đã được số hóa, đạt 96,96%. Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 93,4% (chỉ tiêu năm 2024 là 100%).

Bảng 1. Kết quả số hóa hồ sơ theo cấp hành chính
Cấp | Hồ sơ tiếp nhận (hồ sơ) | Hồ sơ đã số hóa (hồ sơ) | Tỷ lệ số hóa (%)
Cấp tỉnh | 52.418 | 52.107 | 99,41
Cấp huyện | 81.265 | 78.934 | 97,13
Cấp xã | 115.224 | 110.291 | 95,72

2. Chữ ký số và thanh toán trực tuyến
Đến ngày 30/9/2024, Ban Cơ yếu Chính phủ đã cấp cho các cơ quan nhà nước của tỉnh 5.862 chứng thư số, gồm 612 chứng thư số tổ chức và 5.250 chứng thư số cá nhân. Trong 9 tháng, có 61.447 hồ sơ được thanh toán trực tuyến, chiếm 41,2% số hồ sơ có nghĩa vụ tài chính, với số tiền 18.735,6 triệu đồng. Tổng kinh phí số hóa ước khoảng 2,35 tỷ đồng. Đơn giá số hóa bình quân là 1.850 đồng/trang.

II. TỒN TẠI, HẠN CHẾ
Còn 3 huyện có tỷ lệ số hóa dưới 95% là Long Mỹ (91,8%), Phụng Hiệp (93,5%) và Vị Thủy (94,2%).

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024, 100% hồ sơ thủ tục hành chính được số hóa; tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 45%.

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, NCTH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9T = INH(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
ASOF = P("Đến ngày 30/9/2024", end="2024-09-30")
M9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
END = P("đến ngày 31/12/2024", end="2024-12-31")


def cell(anchor, number, value, kind, unit, row, col):
    return F(anchor, number, value, kind, unit, f"{col} {row}", M9T)


FIGS = [
    F("tiếp nhận 248.907 hồ sơ", "248.907", 248907, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận", M9),
    F("trong đó 241.332 hồ sơ", "241.332", 241332, "count", "hồ sơ", "hồ sơ đã được số hóa", M9,
      total=248907, percent=96.96),
    F("điện tử đạt 93,4%", "93,4", 93.4, "percent", "%",
      "tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử", M9T, target=TG(100, met=False)),
    cell("| 52.418", "52.418", 52418, "count", "hồ sơ", "cấp tỉnh", "hồ sơ tiếp nhận"),
    cell("| 52.107", "52.107", 52107, "count", "hồ sơ", "cấp tỉnh", "hồ sơ đã số hóa"),
    cell("| 99,41", "99,41", 99.41, "percent", "%", "cấp tỉnh", "tỷ lệ số hóa"),
    cell("| 81.265", "81.265", 81265, "count", "hồ sơ", "cấp huyện", "hồ sơ tiếp nhận"),
    cell("| 78.934", "78.934", 78934, "count", "hồ sơ", "cấp huyện", "hồ sơ đã số hóa"),
    cell("| 97,13", "97,13", 97.13, "percent", "%", "cấp huyện", "tỷ lệ số hóa"),
    cell("| 115.224", "115.224", 115224, "count", "hồ sơ", "cấp xã", "hồ sơ tiếp nhận"),
    cell("| 110.291", "110.291", 110291, "count", "hồ sơ", "cấp xã", "hồ sơ đã số hóa"),
    cell("| 95,72", "95,72", 95.72, "percent", "%", "cấp xã", "tỷ lệ số hóa"),
    F("tỉnh 5.862 chứng thư số", "5.862", 5862, "count", "chứng thư số",
      "chứng thư số cấp cho các cơ quan nhà nước của tỉnh", ASOF),
    F("gồm 612 chứng thư số", "612", 612, "count", "chứng thư số", "chứng thư số tổ chức", ASOF, total=5862),
    F("và 5.250 chứng thư số", "5.250", 5250, "count", "chứng thư số", "chứng thư số cá nhân", ASOF, total=5862),
    F("có 61.447 hồ sơ", "61.447", 61447, "count", "hồ sơ", "hồ sơ được thanh toán trực tuyến", M9b,
      percent=41.2),
    F("tiền 18.735,6 triệu đồng", "18.735,6", 18735.6e6, "money", "đồng", "số tiền thanh toán trực tuyến", M9b),
    F("ước khoảng 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tổng kinh phí số hóa", approx="about",
      status="estimate"),
    F("là 1.850 đồng/trang", "1.850", 1850, "money", "đồng/trang", "đơn giá số hóa bình quân"),
    F("Còn 3 huyện", "3", 3, "count", "huyện", "huyện có tỷ lệ số hóa dưới 95%"),
    F("dưới 95%", "95", 95, "percent", "%", "tỷ lệ số hóa", approx="under", optional=True),
    F("Long Mỹ (91,8%)", "91,8", 91.8, "percent", "%", "tỷ lệ số hóa", location="Long Mỹ"),
    F("Phụng Hiệp (93,5%)", "93,5", 93.5, "percent", "%", "tỷ lệ số hóa", location="Phụng Hiệp"),
    F("Vị Thủy (94,2%)", "94,2", 94.2, "percent", "%", "tỷ lệ số hóa", location="Vị Thủy"),
    F(", 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ thủ tục hành chính được số hóa", END, status="target"),
    F("tối thiểu 45%", "45", 45, "percent", "%", "tỷ lệ hồ sơ thanh toán trực tuyến", END,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Hậu Giang, Số: 187/BC-UBND, place-and-date line 'Hậu Giang, ngày 14 tháng 10 năm 2024' = published.",
    "Flattened '|' table (units in the column headers): every numeric cell is a figure, subject = column + row label ('Cấp tỉnh'",
    "is an administrative level, not a place); period from the report title (inherited, not scored); no Kế hoạch/Ước column.",
    "Section numbers I./1./II., 'Bảng 1', 'Công văn số 1325/VPCP-KSTT', 'Số: 187/BC-UBND' are not figures.",
    "'(chỉ tiêu năm 2024 là 100%)' is the target of 93,4%. 'dưới 95%' is a threshold naming the three districts: optional.",
    "'ước khoảng 2,35 tỷ' estimate/about; the unit price is its own sentence, actual.",
]

if __name__ == "__main__":
    emit("p484-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Hậu Giang")
