"""p1105-7: Sở TN&MT Quảng Trị department site, no dateline, one-cell-per-line table (9 months 2024)."""
from lib import fig, period, inherit, change, write

ROWS = [("Vĩnh Linh", "48", "6.230", "63,4"), ("Gio Linh", "41", "5.180", "52,8"),
        ("Triệu Phong", "27", "3.960", "38,1"), ("Hải Lăng", "36", "4.870", "49,5"),
        ("Cồn Cỏ", "12", "1.210", "8,8")]
TOTAL = ("Tổng số", "164", "21.450", "212,6")

table = "Địa phương\nSố đợt ra quân\nLượt người tham gia\nRác thu gom (tấn)\n"
for r in ROWS + [TOTAL]:
    table += "\n".join(r) + "\n"

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ
Trang chủ » Tin hoạt động » Biển và hải đảo

Kết quả ra quân làm sạch bờ biển 9 tháng năm 2024

Thực hiện Kế hoạch số 95/KH-STNMT, 9 tháng năm 2024, các huyện ven biển và huyện đảo Cồn Cỏ đã tổ chức 164 đợt ra quân làm sạch bờ biển với 21.450 lượt người tham gia, thu gom 212,6 tấn rác thải, đạt 85% kế hoạch năm. So với cùng kỳ năm 2023, khối lượng rác thu gom tăng 9,7%. Lực lượng tham gia gồm đoàn viên thanh niên, hội viên phụ nữ, cán bộ, chiến sĩ biên phòng và người dân; riêng Bộ đội Biên phòng tỉnh đã huy động hơn 1.100 lượt cán bộ, chiến sĩ.

Kết quả cụ thể tại các địa phương:

""" + table + """
Bên cạnh đó, 100% xã ven biển đã thành lập tổ tự quản môi trường; toàn tỉnh có 58 tổ với 430 thành viên. Các chợ ven biển đã thay thế khoảng 42.000 túi ni lông bằng túi tự phân hủy sinh học. Trong quý IV/2024, Sở dự kiến phối hợp tổ chức thêm 30 đợt ra quân, phấn đấu cả năm thu gom 250 tấn rác thải.

Tin, ảnh: Chi cục Bảo vệ môi trường

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH QUẢNG TRỊ
Địa chỉ: Số 200 Hùng Vương, TP. Đông Hà, tỉnh Quảng Trị
Điện thoại: 0233.3852.567 - Fax: 0233.3857.432
Lượt truy cập: 1.356.208
"""

M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = period("quý IV/2024", "2024-10-01", "2024-12-31")
YR = period("cả năm", "2024-01-01", "2024-12-31")

F = [
    fig("tổ chức 164 đợt", "164", 164, "count", "đợt",
        "đợt ra quân làm sạch bờ biển", M9),
    fig("với 21.450 lượt người", "21.450", 21450, "count", "lượt người",
        "lượt người tham gia ra quân làm sạch bờ biển", M9),
    fig("thu gom 212,6 tấn", "212,6", 212.6, "measure", "tấn",
        "rác thải thu gom", M9, percent=85),
    fig("tăng 9,7%", "9,7", 9.7, "percent", "%",
        "khối lượng rác thu gom tăng so với cùng kỳ", inherit(M9)),
    fig("hơn 1.100 lượt cán bộ", "1.100", 1100, "count", "lượt cán bộ, chiến sĩ",
        "lượt cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh huy động", inherit(M9), approx="over"),
]
prev = "Rác thu gom (tấn)"
for place, a, b, c in ROWS + [TOTAL]:
    loc = None if place == "Tổng số" else place
    tag = "tổng số " if loc is None else ""
    kw = {"location": loc} if loc else {}
    F.append(fig(f"{prev}\n{place}\n{a}\n", a, float(a), "count", "đợt",
                 tag + "số đợt ra quân", inherit(M9), **kw))
    F.append(fig(f"\n{a}\n{b}\n", b, float(b.replace(".", "")), "count", "lượt người",
                 tag + "lượt người tham gia", inherit(M9), **kw))
    F.append(fig(f"\n{b}\n{c}\n", c, float(c.replace(",", ".")), "measure", "tấn",
                 tag + "rác thu gom", inherit(M9), **kw))
    prev = c
F += [
    fig("100% xã ven biển", "100", 100, "percent", "%",
        "xã ven biển thành lập tổ tự quản môi trường"),
    fig("có 58 tổ", "58", 58, "count", "tổ",
        "tổ tự quản môi trường"),
    fig("với 430 thành viên", "430", 430, "count", "thành viên",
        "thành viên tổ tự quản môi trường"),
    fig("khoảng 42.000 túi ni lông", "42.000", 42000, "count", "túi ni lông",
        "túi ni lông được thay thế bằng túi tự phân hủy sinh học", approx="about"),
    fig("thêm 30 đợt", "30", 30, "count", "đợt",
        "đợt ra quân tổ chức thêm", Q4, status="forecast"),
    fig("thu gom 250 tấn", "250", 250, "measure", "tấn",
        "rác thải thu gom", YR, status="target"),
]

NOTES = [
    "Department site (Sở TN&MT Quảng Trị), no dateline; footer address, phone, fax, visit counter. Table pasted one cell per line.",
    "Not figures: Kế hoạch số 95/KH-STNMT, Số 200 Hùng Vương, phone/fax, 'Lượt truy cập: 1.356.208'.",
    "Table: every cell a figure; unit from the header ('Rác thu gom (tấn)' -> measure tấn); district rows -> location; Tổng số row -> Quảng Trị.",
    "Table period '9 tháng năm 2024' comes from the title/lead, not a column header: inherited.",
    "'So với cùng kỳ năm 2023, khối lượng rác thu gom tăng 9,7%.' is its own sentence naming the indicator: a percent figure, no change object.",
    "'đạt 85% kế hoạch năm' is the percent of 212,6 tấn; 'phấn đấu cả năm thu gom 250 tấn' is a target figure (cả năm = 2024).",
]

write(7, TEXT, F, NOTES, location="Quảng Trị")
