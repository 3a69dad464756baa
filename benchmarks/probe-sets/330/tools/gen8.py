from lib import F, P, build

A = """Long An tổng kết công tác phòng, chống hạn hán, xâm nhập mặn năm 2024

Ngày 28/10, Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An tổ chức hội nghị tổng kết công tác phòng, chống hạn hán, xâm nhập mặn năm 2024 và triển khai kế hoạch mùa khô 2024-2025.

Theo báo cáo, trong 6 tháng đầu năm 2024, ranh mặn 4 g/l trên sông Vàm Cỏ Đông vào sâu hơn 90 km, đến địa phận huyện Bến Lức; hạn mặn làm thiệt hại 1.236 ha lúa, 5.120 hộ thiếu nước sinh hoạt, thấp hơn nhiều so với năm 2020 (15.600 hộ). Các huyện bị ảnh hưởng nặng gồm Cần Giuộc (2.140 hộ), Cần Đước (1.870 hộ) và Tân Trụ (1.110 hộ).

Trong quý III/2024, tỉnh đã khởi công 6 công trình cống ngăn mặn ven sông Vàm Cỏ, tổng vốn 214 tỷ đồng. Tính đến 30/9, toàn tỉnh đã giải ngân 156,8 tỷ đồng vốn phòng, chống thiên tai, đạt 68,2% kế hoạch vốn năm 2024; ước cả năm giải ngân đạt 95%. Kết quả thực hiện một số hạng mục chủ yếu như sau:

Hạng mục\tĐơn vị\tKế hoạch năm 2024\tThực hiện đến 30/9/2024\tTỷ lệ (%)
Nạo vét kênh mương\tkm\t185\t142,6\t77,1
Đắp đập tạm ngăn mặn\tđập\t35\t35\t100
Trữ nước ngọt\ttriệu m3\t24\t21,3\t88,8
Lắp đặt bồn chứa nước\tbồn\t2.500\t1.865\t74,6

Giai đoạn 2021-2025, tỉnh phấn đấu 100% hộ dân vùng hạn mặn được sử dụng nước sạch; đến nay tỷ lệ này đạt 93,4%. Theo kế hoạch năm 2025, tỉnh dự kiến trữ 26 triệu m3 nước ngọt, bố trí 320 tỷ đồng cho các công trình ứng phó; Đài Khí tượng Thủy văn tỉnh dự báo trong quý I/2025, ranh mặn 4 g/l có thể vào sâu từ 80 đến 95 km.

Sở NN&PTNT Long An - số 75 Hùng Vương, phường 2, TP Tân An.
30/10/2024
"""

h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h1_i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
s30 = P("Tính đến 30/9", None, "2024-09-30")
plan = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31", True)
done = P("Thực hiện đến 30/9/2024", None, "2024-09-30", True)
y25 = P("năm 2025", "2025-01-01", "2025-12-31")
HH = "hộ thiếu nước sinh hoạt"

FIGS = [
    F('ranh mặn 4 g/l trên sông Vàm Cỏ Đông', '4', 4, "measure", "g/l", "ranh mặn", optional=True),
    F('ranh mặn 4 g/l có thể', '4', 4, "measure", "g/l", "ranh mặn", optional=True),
    F("hơn 90 km", "90", 90, "measure", "km", "ranh mặn 4 g/l trên sông Vàm Cỏ Đông vào sâu", h1, approx="over"),
    F("thiệt hại 1.236 ha", "1.236", 1236, "measure", "ha", "lúa bị thiệt hại do hạn mặn", h1),
    F("5.120 hộ", "5.120", 5120, "count", "hộ", HH, h1),
    F("(15.600 hộ)", "15.600", 15600, "count", "hộ", HH, P("năm 2020", "2020-01-01", "2020-12-31")),
    F("Cần Giuộc (2.140 hộ)", "2.140", 2140, "count", "hộ", HH, h1_i, total=5120, location="Cần Giuộc"),
    F("Cần Đước (1.870 hộ)", "1.870", 1870, "count", "hộ", HH, h1_i, total=5120, location="Cần Đước"),
    F("Tân Trụ (1.110 hộ)", "1.110", 1110, "count", "hộ", HH, h1_i, total=5120, location="Tân Trụ"),
    F("khởi công 6 công trình", "6", 6, "count", "công trình", "công trình cống ngăn mặn khởi công", q3),
    F("vốn 214 tỷ đồng", "214", 214e9, "money", "đồng", "tổng vốn công trình cống ngăn mặn", q3),
    F("giải ngân 156,8 tỷ đồng", "156,8", 156.8e9, "money", "đồng", "vốn phòng, chống thiên tai giải ngân", s30, percent=68.2),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ giải ngân vốn phòng, chống thiên tai cả năm", P("cả năm", "2024-01-01", "2024-12-31"), status="estimate"),
]
rows = [("Nạo vét kênh mương", "km", 1, "km", "185", "142,6", "77,1"),
        ("Đắp đập tạm ngăn mặn", "đập", 1, "đập", "35", "35", "100"),
        ("Trữ nước ngọt", "triệu m3", 1e6, "m3", "24", "21,3", "88,8"),
        ("Lắp đặt bồn chứa nước", "bồn", 1, "bồn", "2.500", "1.865", "74,6")]
num = lambda x: float(x.replace(".", "").replace(",", "."))
for name, u, mul, unit, k, t, r in rows:
    FIGS.append(F(f"{name}\t{u}\t{k}", k, num(k) * mul, "measure" if unit in ("km", "m3") else "count", unit,
                  f"{name} kế hoạch năm 2024", plan, status="target"))
    FIGS.append(F(f"\t{t}\t{r}", t, num(t) * mul, "measure" if unit in ("km", "m3") else "count", unit,
                  f"{name} thực hiện đến 30/9/2024", done))
    FIGS.append(F(f"\t{r}\n", r, num(r), "percent", "%", f"Tỷ lệ thực hiện {name}", done))

FIGS += [
    F("phấn đấu 100% hộ", "100", 100, "percent", "%", "hộ dân vùng hạn mặn được sử dụng nước sạch",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("đạt 93,4%", "93,4", 93.4, "percent", "%", "tỷ lệ hộ dân vùng hạn mặn được sử dụng nước sạch", P("đến nay", None, "2024-10-30")),
    F("trữ 26 triệu m3", "26", 26e6, "measure", "m3", "nước ngọt dự kiến trữ", y25, status="forecast"),
    F("bố trí 320 tỷ đồng", "320", 320e9, "money", "đồng", "kinh phí cho các công trình ứng phó", y25, status="forecast"),
    F("từ 80 đến 95 km", "80", 80, "measure", "km", "ranh mặn 4 g/l vào sâu",
      P("trong quý I/2025", "2025-01-01", "2025-03-31"), value_max=95, status="forecast"),
]

build(8, A, FIGS, [
    "Provincial year-end review (Long An): salinity and losses in the first half of 2024, Q3 works, disbursement to 30/9, tab-separated table",
    "(Hạng mục | Đơn vị | Kế hoạch năm 2024 | Thực hiện đến 30/9/2024 | Tỷ lệ (%)), 2021-2025 target and 2025 plan. No dateline on top; bare date '30/10/2024' at the end.",
    "Table: unit from the 'Đơn vị' column ('triệu m3' → ×10^6 m3); plan cells status target; periods from the column headers (inherited); the '(%)' column",
    "is percent with the 'Thực hiện' date. 'gồm' list after a sentence break: parts of 5.120 (same thing, same period; they add up), not of the bracketed 2020 figure.",
    "'(15.600 hộ)' takes 'năm 2020' from its own clause. 'Tính đến 30/9' takes 2024 from 'quý III/2024'. 'ước cả năm … 95%' estimate (period inherited from 'năm 2024').",
    "'Theo kế hoạch năm 2025, tỉnh dự kiến …' → forecast ('dự kiến' governs the clause). Distractors: 'Ngày 28/10', 'mùa khô 2024-2025', address, 'huyện Bến Lức' (end point, not the place).",
    "revised after the first run: isohaline labels 'ranh mặn N g/l' added as optional (same convention as p330-1/2; I had left them out here).",
], published="2024-10-30", location="Long An")
