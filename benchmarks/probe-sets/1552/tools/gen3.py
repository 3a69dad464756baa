"""p1552-3: formal report (UBND tỉnh Khánh Hòa): switching coastal businesses to paper straws and cups; '|' table."""
from lib import F, P, inh, C, T, write

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả sử dụng ống hút giấy, cốc giấy thay thế sản phẩm nhựa dùng một lần tại các cơ sở kinh doanh ven biển năm 2024

Thực hiện Kế hoạch số 58/KH-UBND ngày 15/3/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền
Năm 2024, các sở, ngành, địa phương đã tổ chức 46 hội nghị tuyên truyền với hơn 3.200 lượt người tham dự; cấp phát miễn phí 150 nghìn ống hút giấy và 60 nghìn cốc giấy cho các cơ sở kinh doanh ăn uống ven biển.
2. Kết quả chuyển đổi
Tính đến ngày 31/10/2024, toàn tỉnh có 1.396/2.000 cơ sở đã chuyển sang sử dụng ống hút giấy, cốc giấy, đạt 69,8%, vượt 4,8% so với chỉ tiêu năm 2024 (65%). Chi tiết theo địa phương:

Đơn vị tính: cơ sở
Địa phương | Số cơ sở rà soát | Đã chuyển đổi đến 31/10/2024 | Kế hoạch năm 2025
Nha Trang | 1.245 | 936 | 1.100
Cam Ranh | 318 | 204 | 280
Ninh Hòa | 176 | 97 | 150
Vạn Ninh | 142 | 88 | 120
Cam Lâm | 119 | 71 | 100
Tổng cộng | 2.000 | 1.396 | 1.750

3. Tồn tại, hạn chế
Giá ống hút giấy cao hơn ống hút nhựa từ 2 đến 3 lần; khoảng 30% cơ sở nhỏ lẻ chưa chuyển đổi.

II. NHIỆM VỤ NĂM 2025
Phấn đấu đến hết năm 2025 có ít nhất 1.750 cơ sở sử dụng ống hút giấy, cốc giấy, tương đương 87,5% số cơ sở đã rà soát; 100% khu, điểm du lịch không sử dụng sản phẩm nhựa dùng một lần.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
COL2 = P("đến 31/10/2024", None, "2024-10-31")
PLAN = P("năm 2025", "2025-01-01", "2025-12-31")
TO25 = P("đến hết năm 2025", None, "2025-12-31")

ROWS = [  # place, anchor prefix, rà soát, chuyển đổi, kế hoạch
    ("Nha Trang", "Nha Trang | ", "1.245", "936", "1.100"),
    ("Cam Ranh", "Cam Ranh | ", "318", "204", "280"),
    ("Ninh Hòa", "Ninh Hòa | ", "176", "97", "150"),
    ("Vạn Ninh", "Vạn Ninh | ", "142", "88", "120"),
    ("Cam Lâm", "Cam Lâm | ", "119", "71", "100"),
    ("Khánh Hòa", "Tổng cộng | ", "2.000", "1.396", "1.750"),
]


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for place, pre, a, b, c in ROWS:
    tot = "Tổng cộng " if place == "Khánh Hòa" else ""
    TABLE += [
        F(f"{pre}{a} |", a, num(a), "count", "cơ sở", subject=f"{tot}số cơ sở rà soát", location=place),
        F(f"{pre}{a} | {b} |", b, num(b), "count", "cơ sở",
          subject=f"{tot}cơ sở đã chuyển đổi đến 31/10/2024", period=COL2, location=place),
        F(f"{pre}{a} | {b} | {c}", c, num(c), "count", "cơ sở", status="target",
          subject=f"{tot}cơ sở chuyển đổi kế hoạch năm 2025", period=PLAN, location=place),
    ]

FIGS = [
    F("46 hội nghị", "46", 46, "count", "hội nghị", subject="hội nghị tuyên truyền", period=Y24),
    F("hơn 3.200 lượt", "3.200", 3200, "count", "lượt người", approx="over",
      subject="lượt người tham dự", period=Y24),
    F("150 nghìn", "150", 150000, "count", "ống hút giấy", subject="ống hút giấy cấp phát miễn phí", period=Y24),
    F("60 nghìn", "60", 60000, "count", "cốc giấy", subject="cốc giấy cấp phát miễn phí", period=Y24),
    F("có 1.396/2.000", "1.396", 1396, "count", "cơ sở", total=2000, percent=69.8,
      change=C("increase", 4.8, "%", "chỉ tiêu năm 2024"), target=T(65, "%"),
      subject="cơ sở đã chuyển sang sử dụng ống hút giấy, cốc giấy", period=ASOF),
] + TABLE + [
    F("từ 2 đến 3 lần", "2", 2, "multiple", "lần", value_max=3,
      subject="giá ống hút giấy so với ống hút nhựa"),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", subject="cơ sở nhỏ lẻ chưa chuyển đổi"),
    F("ít nhất 1.750", "1.750", 1750, "count", "cơ sở", approx="at_least", percent=87.5, status="target",
      subject="cơ sở sử dụng ống hút giấy, cốc giấy", period=TO25),
    F("100% khu", "100", 100, "percent", "%", status="target",
      subject="khu, điểm du lịch không sử dụng sản phẩm nhựa dùng một lần", period=TO25),
]

NOTES = [
    "Formal report (UBND tỉnh Khánh Hòa, Số: 412/BC-UBND, 'Khánh Hòa, ngày 18 tháng 11 năm 2024'): sections I/II, 1-3, Nơi nhận.",
    "Distractors: 412/BC-UBND, Kế hoạch số 58/KH-UBND ngày 15/3/2024, the letterhead date, '31/10/2024' in the table header,",
    "section numbers I., II., 1.-3., 'NĂM 2025' in a heading, 'Lưu: VT, KT'.",
    "1.396/2.000: total 2000, 'đạt 69,8%' percent, 'vượt 4,8% so với chỉ tiêu' a change against the plan, '(65%)' its target.",
    "Flattened '|' table with 'Đơn vị tính: cơ sở': the place column gives the location (Tổng cộng row = Khánh Hòa);",
    "subject = column label; 'Đã chuyển đổi đến 31/10/2024' gives an as-of period, 'Kế hoạch năm 2025' gives status target and 2025.",
    "Table cells get no total. 'cao hơn ... từ 2 đến 3 lần' stands alone as the claim: multiple 2-3.",
    "'tương đương 87,5%' is the percent attribute of 1.750 cơ sở; 'Phấn đấu' governs both clauses of section II (target).",
]

if __name__ == "__main__":
    write("p1552-3", TEXT, NOTES, FIGS, published="2024-11-18", location="Khánh Hòa")
