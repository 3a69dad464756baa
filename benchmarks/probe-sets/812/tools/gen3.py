"""p812-3: UBND tỉnh Bến Tre report, măng cụt vụ 2024, flattened | table."""
from lib import F, P, Y, I, C, T, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 12 tháng 8 năm 2024

BÁO CÁO
Kết quả sản xuất, tiêu thụ măng cụt vụ năm 2024

Thực hiện Công văn số 1520/BNN-TT ngày 05/7/2024 của Bộ Nông nghiệp và PTNT, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT
1. Diện tích, sản lượng
Toàn tỉnh có 3.215 ha măng cụt, tăng 85 ha so với năm 2023, trong đó diện tích cho trái 2.760 ha, chiếm 85,8%. Sản lượng vụ năm 2024 đạt 21.400 tấn, giảm 9,2% so với năm 2023 do ảnh hưởng của hạn mặn đầu năm. Cụ thể theo địa bàn:

Đơn vị tính: ha, tấn
Huyện | Diện tích (ha) | Diện tích cho trái (ha) | Sản lượng (tấn)
Chợ Lách | 1.246 | 1.102 | 8.930
Mỏ Cày Bắc | 812 | 695 | 5.210
Châu Thành | 604 | 508 | 3.960
Giồng Trôm | 553 | 455 | 3.300
Tổng cộng | 3.215 | 2.760 | 21.400

2. Giá bán và tiêu thụ
Giá măng cụt bình quân tại vườn đạt 38.000 đồng/kg, cao nhất 55.000 đồng/kg vào đầu vụ; măng cụt loại 1 xuất khẩu được thu mua 65.000-70.000 đồng/kg. Tổng giá trị thu được ước đạt 813 tỷ đồng. Sản lượng tiêu thụ qua doanh nghiệp, hợp tác xã đạt 6.850 tấn, chiếm 32% tổng sản lượng; trong đó xuất khẩu 1.120 tấn sang Nhật Bản, Hàn Quốc và Úc.

II. KHÓ KHĂN, TỒN TẠI
Diện tích bị ảnh hưởng hạn mặn khoảng 410 ha, tập trung ở Giồng Trôm và Châu Thành; khoảng 1.500 hộ bị thiệt hại.

III. KẾ HOẠCH NĂM 2025
Phấn đấu duy trì trên 3.200 ha măng cụt, năng suất bình quân đạt 8,5 tấn/ha; cấp mới 10 mã số vùng trồng với diện tích 250 ha.

Nơi nhận: Bộ NN&PTNT; TT.TU, TT.HĐND tỉnh; Lưu: VT.
"""

NOTES = [
    "UBND tỉnh Bến Tre, Báo cáo số 287/BC-UBND ngày 12/8/2024: măng cụt vụ 2024 — diện tích, sản lượng (flattened '|' table by district), giá, tiêu thụ, kế hoạch 2025.",
    "'Số: 287/BC-UBND', 'Công văn số 1520/BNN-TT ngày 05/7/2024', section numbers I.-III., 1.-2. and the place-date line are not figures.",
    "Table: every cell is a figure; unit from the header; row label (district) → location; 'Tổng cộng' row → Bến Tre; no totals on cells;",
    "no period in the table headers, so the cells inherit 'vụ năm 2024' from the line above (not scored). No 'Ước' column: status actual.",
    "2.760 ha after 'trong đó' takes the 3.215 ha whole and 'chiếm 85,8%' as percent. 6.850 tấn 'chiếm 32% tổng sản lượng' names no number: percent only.",
    "1.120 tấn after '; trong đó' is part of the 6.850 tấn. Section III figures inherit 'năm 2025' from the heading and are targets (Phấn đấu).",
]

v24 = Y("vụ năm 2024", 2024, inherited=True)
y25 = Y("KẾ HOẠCH NĂM 2025", 2025, inherited=True)
FIGS = [
    F("có 3.215 ha măng cụt", "3.215", 3215, "measure", "ha", "diện tích măng cụt", v24,
      change=C("increase", 85, "ha", "năm 2023")),
    F("cho trái 2.760 ha", "2.760", 2760, "measure", "ha", "diện tích măng cụt cho trái", v24, total=3215, percent=85.8),
    F("đạt 21.400 tấn", "21.400", 21400, "measure", "tấn", "sản lượng măng cụt", Y("vụ năm 2024", 2024),
      change=C("decrease", 9.2, "%", "năm 2023")),
]
rows = [("Chợ Lách", "1.246", "1.102", "8.930"), ("Mỏ Cày Bắc", "812", "695", "5.210"),
        ("Châu Thành", "604", "508", "3.960"), ("Giồng Trôm", "553", "455", "3.300"),
        ("Tổng cộng", "3.215", "2.760", "21.400")]
for name, a, b, c in rows:
    loc = "Bến Tre" if name == "Tổng cộng" else name
    pre = "tổng " if name == "Tổng cộng" else ""
    num = lambda s: float(s.replace(".", ""))
    FIGS += [
        F(f"{name} | {a} |", a, num(a), "measure", "ha", f"{pre}diện tích măng cụt", v24, location=loc),
        F(f"{a} | {b} |", b, num(b), "measure", "ha", f"{pre}diện tích măng cụt cho trái", v24, location=loc),
        F(f"{b} | {c}", c, num(c), "measure", "tấn", f"{pre}sản lượng măng cụt", v24, location=loc),
    ]
FIGS += [
    F("đạt 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá măng cụt bình quân tại vườn"),
    F("cao nhất 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá măng cụt cao nhất tại vườn"),
    F("65.000-70.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá thu mua măng cụt loại 1 xuất khẩu", value_max=70000),
    F("ước đạt 813 tỷ đồng", "813", 813e9, "money", "đồng", "tổng giá trị măng cụt thu được", status="estimate"),
    F("đạt 6.850 tấn", "6.850", 6850, "measure", "tấn", "sản lượng măng cụt tiêu thụ qua doanh nghiệp, hợp tác xã", percent=32),
    F("xuất khẩu 1.120 tấn", "1.120", 1120, "measure", "tấn", "măng cụt xuất khẩu", total=6850),
    F("khoảng 410 ha", "410", 410, "measure", "ha", "diện tích măng cụt bị ảnh hưởng hạn mặn", approx="about"),
    F("khoảng 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ bị thiệt hại do hạn mặn", approx="about"),
    F("trên 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích măng cụt", y25, approx="over", status="target"),
    F("đạt 8,5 tấn/ha", "8,5", 8.5, "measure", "tấn/ha", "năng suất bình quân măng cụt", y25, status="target"),
    F("cấp mới 10 mã số", "10", 10, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", y25, status="target"),
    F("diện tích 250 ha", "250", 250, "measure", "ha", "diện tích mã số vùng trồng cấp mới", y25, status="target"),
]

if __name__ == "__main__":
    write("p812-3", TEXT, NOTES, FIGS, published="2024-08-12", location="Bến Tre")
