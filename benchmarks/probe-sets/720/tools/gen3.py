"""p720-3: Nghệ An formal report (UBND), cash-register e-invoices 9 months 2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH NGHỆ AN
Số: 415/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nghệ An, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả triển khai hóa đơn điện tử khởi tạo từ máy tính tiền 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN

1. Tính đến ngày 30/9/2024, toàn tỉnh có 2.318 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 115,9% kế hoạch năm (kế hoạch 2.000 đơn vị), tăng 1.406 đơn vị so với thời điểm 31/12/2023. Trong đó, doanh nghiệp 874 đơn vị, hộ kinh doanh 1.444 hộ.

2. Kết quả theo nhóm ngành nghề (lũy kế 9 tháng năm 2024):

Nhóm ngành | Số đơn vị đăng ký (đơn vị) | Số hóa đơn đã xuất (nghìn hóa đơn) | Doanh thu (tỷ đồng)
Kinh doanh xăng dầu | 512 | 6.842 | 9.615,3
Nhà hàng, ăn uống | 736 | 2.915 | 1.208,6
Siêu thị, bán lẻ | 598 | 4.127 | 2.736,4
Dược phẩm, y tế | 247 | 1.063 | 412,9
Ngành nghề khác | 225 | 538 | 305,2
Tổng cộng | 2.318 | 15.485 | 14.278,4

3. Số thuế giá trị gia tăng nộp ngân sách từ doanh thu đã xuất hóa đơn ước đạt 428 tỷ đồng, tăng 17,4% so với cùng kỳ năm 2023.

II. TỒN TẠI, HẠN CHẾ

Còn 186 cửa hàng bán lẻ xăng dầu chưa xuất hóa đơn theo từng lần bán hàng; khoảng 35% hộ kinh doanh đã đăng ký nhưng xuất rất ít hóa đơn, dưới 10 hóa đơn/ngày.

III. NHIỆM VỤ QUÝ IV/2024

Phấn đấu đến ngày 31/12/2024 có ít nhất 2.600 đơn vị sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền; 100% cửa hàng xăng dầu xuất hóa đơn điện tử theo từng lần bán hàng.

Nơi nhận:
- Bộ Tài chính;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
END = P("đến ngày 31/12/2024", end="2024-12-31")

ROWS = [
    ("Kinh doanh xăng dầu", "| 512 |", "512", "| 6.842 |", "6.842", "| 9.615,3", "9.615,3"),
    ("Nhà hàng, ăn uống", "| 736 |", "736", "| 2.915 |", "2.915", "| 1.208,6", "1.208,6"),
    ("Siêu thị, bán lẻ", "| 598 |", "598", "| 4.127 |", "4.127", "| 2.736,4", "2.736,4"),
    ("Dược phẩm, y tế", "| 247 |", "247", "| 1.063 |", "1.063", "| 412,9", "412,9"),
    ("Ngành nghề khác", "| 225 |", "225", "| 538 |", "538", "| 305,2", "305,2"),
    ("Tổng cộng", "| 2.318 |", "2.318", "| 15.485 |", "15.485", "| 14.278,4", "14.278,4"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, a1, n1, a2, n2, a3, n3 in ROWS:
    TABLE += [
        F(a1, n1, num(n1), "count", "đơn vị", f"số đơn vị đăng ký {label}", M9),
        F(a2, n2, num(n2) * 1e3, "count", "hóa đơn", f"số hóa đơn đã xuất {label}", M9),
        F(a3, n3, num(n3) * 1e9, "money", "đồng", f"doanh thu {label}", M9),
    ]

FIGS = [
    F("có 2.318 doanh nghiệp", "2.318", 2318, "count", "doanh nghiệp, hộ kinh doanh",
      "doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", ASOF,
      percent=115.9, change=CH("increase", 1406, "đơn vị", "thời điểm 31/12/2023"), target=TG(2000, "đơn vị")),
    F("doanh nghiệp 874 đơn vị", "874", 874, "count", "đơn vị",
      "doanh nghiệp đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", I(ASOF), total=2318),
    F("hộ kinh doanh 1.444 hộ", "1.444", 1444, "count", "hộ",
      "hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", I(ASOF), total=2318),
] + TABLE + [
    F("ước đạt 428 tỷ đồng", "428", 428e9, "money", "đồng",
      "số thuế giá trị gia tăng nộp ngân sách từ doanh thu đã xuất hóa đơn", I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
      change=CH("increase", 17.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("Còn 186 cửa hàng", "186", 186, "count", "cửa hàng",
      "cửa hàng bán lẻ xăng dầu chưa xuất hóa đơn theo từng lần bán hàng"),
    F("khoảng 35% hộ", "35", 35, "percent", "%", "hộ kinh doanh đã đăng ký nhưng xuất rất ít hóa đơn", approx="about"),
    F("dưới 10 hóa đơn/ngày", "10", 10, "measure", "hóa đơn/ngày", "số hóa đơn xuất mỗi ngày của hộ xuất ít hóa đơn",
      approx="under", optional=True),
    F("ít nhất 2.600 đơn vị", "2.600", 2600, "count", "đơn vị",
      "đơn vị sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", END, approx="at_least", status="target"),
    F("; 100% cửa hàng", "100", 100, "percent", "%", "cửa hàng xăng dầu xuất hóa đơn điện tử theo từng lần bán hàng", END,
      status="target"),
]

COMMENTS = [
    "Nghệ An formal report (UBND letterhead, Số: 415/BC-UBND, place-and-date line): cash-register e-invoices, 9 months 2024.",
    "2.318 carries percent 115,9 (kế hoạch năm), target 2.000 (bracketed plan) and change +1.406 đơn vị. Parts after 'Trong đó' total 2.318.",
    "Flattened | table: every cell a figure; unit/multiplier from the column header (nghìn hóa đơn, tỷ đồng); subject = column + row label;",
    "period from the table title line (inherited, not scored); no total on table cells. Row 'Tổng cộng' cells are figures too.",
    "'dưới 10 hóa đơn/ngày' is a threshold describing the 35% group: optional. 'ít nhất 2.600' at_least target as-of 31/12/2024.",
    "Distractors: Số: 415/BC-UBND, dates, 'quý IV/2024' heading, section numbers I./II./III., 1./2./3.",
]

if __name__ == "__main__":
    emit("p720-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
