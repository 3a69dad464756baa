"""p933-7: department site (Sở VHTTDL Quảng Trị), no dateline — naming results 2023, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG TRỊ
Trang chủ / Tin tức / Quản lý văn hóa

Kết quả đặt tên đường và công trình công cộng trên địa bàn tỉnh

Thực hiện Nghị quyết số 27/2022/NQ-HĐND của HĐND tỉnh, năm 2023 các địa phương đã đặt tên 58 tuyến đường, tăng 1,6 lần so với năm 2022, cùng 11 công trình công cộng. Trong đó, TP. Đông Hà đặt tên 31 tuyến, thị xã Quảng Trị 15 tuyến, thị trấn Khe Sanh (huyện Hướng Hóa) 12 tuyến.

Kết quả qua các năm:
Đơn vị tính: tuyến, công trình, biển
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Tuyến đường được đặt tên
36
58
65
Công trình công cộng được đặt tên
7
11
10
Biển tên đường được gắn
214
347
400
Biển số nhà được gắn
5.820
7.465
9.000

Tổng kinh phí làm và gắn biển tên đường năm 2023 là 694 triệu đồng, bình quân 2 triệu đồng/biển. Đến hết năm 2023, toàn tỉnh có 742 tuyến đường đã được đặt tên, đạt 71% tổng số tuyến cần đặt tên. Các tuyến chưa có tên chủ yếu thuộc các thị trấn Cam Lộ, Gio Linh và Cửa Tùng, dọc Quốc lộ 9 và Quốc lộ 1.

Năm 2024, Sở tiếp tục phối hợp với các địa phương rà soát, bổ sung ngân hàng tên đường; phấn đấu đến năm 2025 có ít nhất 80% tuyến đường đô thị được đặt tên.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG TRỊ
Địa chỉ: số 128 Hùng Vương, phường 1, TP. Đông Hà, tỉnh Quảng Trị
Điện thoại: 0233.3852.306 - Fax: 0233.3852.108
Lượt truy cập: 1.284.517
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23t = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("đặt tên 58 tuyến", "58", 58, "count", "tuyến đường", "tuyến đường được đặt tên", Y23t,
      change=C("increase", 1.6, "lần", "năm 2022")),
    F("11 công trình", "11", 11, "count", "công trình công cộng", "công trình công cộng được đặt tên", Y23t),
    F("31 tuyến", "31", 31, "count", "tuyến", "tuyến đường được đặt tên", I(Y23t), total=58, location="Đông Hà"),
    F("Quảng Trị 15 tuyến", "15", 15, "count", "tuyến", "tuyến đường được đặt tên", I(Y23t), total=58,
      location="thị xã Quảng Trị"),
    F(") 12 tuyến", "12", 12, "count", "tuyến", "tuyến đường được đặt tên", I(Y23t), total=58, location="Hướng Hóa"),
]
ROWS = [("Tuyến đường được đặt tên", "tuyến", ("36", "58", "65")),
        ("Công trình công cộng được đặt tên", "công trình", ("7", "11", "10")),
        ("Biển tên đường được gắn", "biển", ("214", "347", "400")),
        ("Biển số nhà được gắn", "biển", ("5.820", "7.465", "9.000"))]
for label, unit, (a, b, c) in ROWS:
    cells = f"{label}\n{a}\n{b}\n{c}"
    assert cells in TEXT
    FIGS.append(F(f"{label}\n{a}\n", a, int(a.replace(".", "")), "count", unit, label, Y22))
    FIGS.append(F(f"\n{a}\n{b}\n", b, int(b.replace(".", "")), "count", unit, label, Y23))
    FIGS.append(F(f"\n{b}\n{c}\n", c, int(c.replace(".", "")), "count", unit, f"kế hoạch {label.lower()}", K24,
                  status="target"))
FIGS += [
    F("694 triệu đồng", "694", 694e6, "money", "đồng", "tổng kinh phí làm và gắn biển tên đường", Y23t),
    F("2 triệu đồng/biển", "2", 2e6, "money", "đồng/biển", "kinh phí bình quân mỗi biển tên đường", Y23t),
    F("742 tuyến đường", "742", 742, "count", "tuyến đường", "tuyến đường đã được đặt tên",
      P("Đến hết năm 2023", end="2023-12-31"), percent=71),
    F("ít nhất 80%", "80", 80, "percent", "%", "tuyến đường đô thị được đặt tên",
      P("đến năm 2025", end="2025-12-31"), approx="at_least", status="target"),
]

HEADER = [
    "Department site (Sở VHTTDL Quảng Trị), no dateline: street naming 2023 and a table pasted one cell per line.",
    "Table: 3 columns (Năm 2022 / Năm 2023 / Kế hoạch 2024) x 4 rows; each cell a figure; 'Kế hoạch 2024' -> target, period 2024.",
    "Units from the row labels / 'Đơn vị tính: tuyến, công trình, biển'. Row labels are the subjects.",
    "'thị xã Quảng Trị' is a town of the same name as the province; thị trấn Khe Sanh lies in huyện Hướng Hóa (its location).",
    "'tăng 1,6 lần so với năm 2022' is the change of 58 tuyến (its verb clause follows it directly).",
    "Distractors: Nghị quyết số 27/2022/NQ-HĐND, Quốc lộ 9, Quốc lộ 1, số 128 Hùng Vương, phường 1, phone/fax, Lượt truy cập: 1.284.517.",
]

write("p933-7", TEXT, HEADER, FIGS, location="Quảng Trị")
