from lib import F, P, chg, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH TUYÊN QUANG
Tin tức - Sự kiện

Tiến độ các dự án cao tốc trên địa bàn tỉnh đến hết tháng 10/2024
Ngày đăng: 05/11/2024 | Lượt xem: 418

Đến hết tháng 10/2024, trên địa bàn tỉnh Tuyên Quang có 3 dự án đường cao tốc đang triển khai với tổng chiều dài qua tỉnh 128,6 km. Giải ngân 10 tháng năm 2024 của các dự án đạt 2.746 tỷ đồng, tăng 31,2% so với cùng kỳ năm 2023. Kết quả cụ thể như sau:

Đơn vị tính: tỷ đồng
Dự án
Chiều dài qua tỉnh (km)
Kế hoạch vốn năm 2024
Giải ngân 10 tháng
Tỷ lệ (%)
Tuyên Quang – Hà Giang (giai đoạn 1)
76,2
2.380
1.712
71,9
Nút giao IC9 và đường dẫn
19,4
842
651
77,3
Đường kết nối với cao tốc Nội Bài – Lào Cai
33,0
596
383
64,3
Tổng cộng
128,6
3.818
2.746
71,9

Riêng dự án Tuyên Quang – Hà Giang, mặt bằng đã bàn giao 74,9 km (đạt 98,3%); sản lượng thi công đạt 1.968 tỷ đồng, tương đương 41% giá trị hợp đồng. Tuyến có quy mô 2 làn xe, bề rộng nền đường 12 m, tổng mức đầu tư 8.320 tỷ đồng.

Dự án Nút giao IC9 đã hoàn thành khoảng 85% khối lượng, dự kiến đưa vào sử dụng trước ngày 30/12/2024. Trên các công trường hiện có khoảng 1.050 công nhân và 410 máy móc, thiết bị của các nhà thầu như Công ty CP 675, Tổng công ty 36.

Sở GTVT phấn đấu năm 2024 giải ngân đạt 100% kế hoạch vốn; thông xe kỹ thuật đoạn Km0 – Km12 trong quý II/2025. Đường dây nóng: 0207.3822.346.
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10H = P("Giải ngân 10 tháng", "2024-01-01", "2024-10-31")
M10I = P("Giải ngân 10 tháng", "2024-01-01", "2024-10-31", inh=True)
Y24 = P("Kế hoạch vốn năm 2024", "2024-01-01", "2024-12-31")
B = 1e9

ROWS = [
    ("(giai đoạn 1)\n", "Tuyên Quang – Hà Giang (giai đoạn 1)", ["76,2", "2.380", "1.712", "71,9"]),
    ("đường dẫn\n", "Nút giao IC9 và đường dẫn", ["19,4", "842", "651", "77,3"]),
    ("Lào Cai\n", "Đường kết nối với cao tốc Nội Bài – Lào Cai", ["33,0", "596", "383", "64,3"]),
    ("Tổng cộng\n", "Tổng cộng", ["128,6", "3.818", "2.746", "71,9"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 3 dự án", "3", 3, "count", "dự án đường cao tốc", "dự án đường cao tốc đang triển khai",
      period=P("Đến hết tháng 10/2024", None, "2024-10-31")),
    F("qua tỉnh 128,6 km", "128,6", 128.6, "measure", "km", "tổng chiều dài qua tỉnh",
      period=P("Đến hết tháng 10/2024", None, "2024-10-31")),
    F("đạt 2.746 tỷ", "2.746", 2.746e12, "money", "đồng", "Giải ngân của các dự án",
      change=chg("increase", 31.2, "%", "cùng kỳ năm 2023"), period=M10),
]
for lead, label, cells in ROWS:
    a, b, c, d = cells
    FIGS += [
        F(lead + a + "\n", a, num(a), "measure", "km", f"Chiều dài qua tỉnh {label}"),
        F(f"\n{a}\n{b}\n", b, num(b) * B, "money", "đồng", f"Kế hoạch vốn {label}", status="target", period=Y24),
        F(f"\n{b}\n{c}\n", c, num(c) * B, "money", "đồng", f"Giải ngân {label}", period=M10H),
        F(f"\n{c}\n{d}\n", d, num(d), "percent", "%", f"Tỷ lệ giải ngân {label}", period=M10I),
    ]
FIGS += [
    F("bàn giao 74,9 km", "74,9", 74.9, "measure", "km", "mặt bằng đã bàn giao", percent=98.3,
      period=P("Đến hết tháng 10/2024", None, "2024-10-31", inh=True)),
    F("đạt 1.968 tỷ", "1.968", 1.968e12, "money", "đồng", "sản lượng thi công", percent=41),
    F("quy mô 2 làn xe", "2", 2, "count", "làn xe", "quy mô làn xe"),
    F("nền đường 12 m", "12", 12, "measure", "m", "bề rộng nền đường"),
    F("8.320 tỷ", "8.320", 8.32e12, "money", "đồng", "tổng mức đầu tư"),
    F("khoảng 85%", "85", 85, "percent", "%", "khối lượng hoàn thành Nút giao IC9", approx="about"),
    F("khoảng 1.050 công nhân", "1.050", 1050, "count", "công nhân", "công nhân trên các công trường", approx="about"),
    F("và 410 máy móc", "410", 410, "count", "máy móc, thiết bị", "máy móc, thiết bị trên các công trường"),
    F("đạt 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở GTVT Tuyên Quang site: expressway projects in the province to end of October 2024. 'Ngày đăng: 05/11/2024 | Lượt xem: 418'.",
    "Table written one cell per line (as h23) under 'Đơn vị tính: tỷ đồng'; the '(km)' and '(%)' headers override the unit. Every numeric cell",
    "is a figure; subject = column label + row label; the row labels are projects (place names inside them are names): location stays Tuyên Quang.",
    "Periods from the headers: 'Kế hoạch vốn năm 2024' (status target), 'Giải ngân 10 tháng' (year from 'tháng 10/2024' above); the rate column",
    "inherits it. Length cells have no period. '33,0' = 33. The 'Tổng cộng' row repeats 128,6 and 2.746 of the text: figures of their own.",
    "revised: 2.746 tỷ subject now 'Giải ngân của các dự án' as the sentence names it (I had cut it to the head noun).",
    "Distractors: 'Nút giao IC9', 'Km0 – Km12', 'quý II/2025', 30/12/2024, 'Công ty CP 675', 'Tổng công ty 36', '(giai đoạn 1)', hotline, view counter.",
]

write("p335-7", TEXT, FIGS, COMMENTS, published="2024-11-05", location="Tuyên Quang")
