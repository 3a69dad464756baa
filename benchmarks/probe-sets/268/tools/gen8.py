from lib import F, P, write

A = """Long An: Đầu tư gần 186 tỷ đồng tu bổ, nâng cấp công trình ghi công liệt sĩ

Giai đoạn 2021-2025, tỉnh Long An bố trí kế hoạch vốn 185,7 tỷ đồng để tu bổ, nâng cấp nghĩa trang liệt sĩ, đài tưởng niệm và nhà bia ghi tên liệt sĩ. Tính đến 30/9/2024, đã giải ngân 142,36 tỷ đồng, đạt 76,7% kế hoạch vốn cả giai đoạn.

Bảng: Kết quả thực hiện theo hạng mục
Đơn vị tính: tỷ đồng
Hạng mục
Kế hoạch 2021-2025
Thực hiện đến 30/9/2024
Tỷ lệ (%)
Nghĩa trang liệt sĩ tỉnh
62,4
58,1
93,1
Nghĩa trang liệt sĩ cấp huyện
78,5
54,9
69,9
Đài tưởng niệm, nhà bia ghi tên liệt sĩ
44,8
29,36
65,5
Tổng cộng
185,7
142,36
76,7

Các huyện có tiến độ giải ngân tốt là Đức Hòa, Cần Giuộc và Thạnh Hóa với tỷ lệ lần lượt 100%, 96,4% và 92,8%. Riêng Nghĩa trang liệt sĩ tỉnh tại phường 6, TP Tân An đã hoàn thành cải tạo khu mộ, nhà tưởng niệm và hệ thống chiếu sáng.

Toàn tỉnh hiện có 19 nghĩa trang liệt sĩ (1 nghĩa trang cấp tỉnh, 15 nghĩa trang cấp huyện và 3 nghĩa trang cấp xã) đang quản lý, chăm sóc 24.635 mộ liệt sĩ.

Năm 2025, tỉnh phấn đấu hoàn thành 100% hạng mục tu bổ theo kế hoạch; dự kiến giải ngân thêm khoảng 43,3 tỷ đồng.

Thông tin liên hệ: Phòng Người có công, Sở LĐ-TB&XH tỉnh Long An, số 4 Võ Văn Tần, phường 2, TP Tân An; ĐT: 0272.3826.514.

Minh Tâm (Trung tâm Thông tin)
15/10/2024
"""

KH = P("Kế hoạch 2021-2025", "2021-01-01", "2025-12-31")
TH = P("Thực hiện đến 30/9/2024", None, "2024-09-30")
THi = P("đến 30/9/2024", None, "2024-09-30", inh=True)
rows = [("Nghĩa trang liệt sĩ tỉnh", "62,4", 62.4, "58,1", 58.1, "93,1", 93.1),
        ("Nghĩa trang liệt sĩ cấp huyện", "78,5", 78.5, "54,9", 54.9, "69,9", 69.9),
        ("Đài tưởng niệm, nhà bia ghi tên liệt sĩ", "44,8", 44.8, "29,36", 29.36, "65,5", 65.5),
        ("Tổng cộng", "185,7", 185.7, "142,36", 142.36, "76,7", 76.7)]
figs = [
    F("gần 186 tỷ", "186", 186e9, "money", "đồng", "vốn đầu tư tu bổ, nâng cấp công trình ghi công liệt sĩ",
      approx="nearly"),
    F("vốn 185,7 tỷ", "185,7", 185.7e9, "money", "đồng", "kế hoạch vốn tu bổ, nâng cấp nghĩa trang liệt sĩ",
      status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("ngân 142,36 tỷ", "142,36", 142.36e9, "money", "đồng", "vốn đã giải ngân", percent=76.7,
      period=P("Tính đến 30/9/2024", None, "2024-09-30")),
]
for label, n1, v1, n2, v2, n3, v3 in rows:
    figs += [
        F(f"{label}\n{n1}\n", n1, v1 * 1e9, "money", "đồng", f"Kế hoạch {label}", status="target", period=KH),
        F(f"{n1}\n{n2}\n", n2, v2 * 1e9, "money", "đồng", f"Thực hiện {label}", period=TH),
        F(f"{n2}\n{n3}\n", n3, v3, "percent", "%", f"Tỷ lệ thực hiện {label}", period=THi),
    ]
S = "tỷ lệ giải ngân"
figs += [
    F("lần lượt 100%", "100", 100, "percent", "%", S, period=THi, location="Đức Hòa"),
    F("96,4%", "96,4", 96.4, "percent", "%", S, period=THi, location="Cần Giuộc"),
    F("92,8%", "92,8", 92.8, "percent", "%", S, period=THi, location="Thạnh Hóa"),
    F("có 19 nghĩa trang", "19", 19, "count", "nghĩa trang liệt sĩ", "nghĩa trang liệt sĩ"),
    F("(1 nghĩa trang", "1", 1, "count", "nghĩa trang", "nghĩa trang cấp tỉnh", total=19),
    F("15 nghĩa trang", "15", 15, "count", "nghĩa trang", "nghĩa trang cấp huyện", total=19),
    F("3 nghĩa trang", "3", 3, "count", "nghĩa trang", "nghĩa trang cấp xã", total=19),
    F("24.635 mộ", "24.635", 24635, "count", "mộ liệt sĩ", "mộ liệt sĩ được quản lý, chăm sóc"),
    F("100% hạng mục", "100", 100, "percent", "%", "hạng mục tu bổ hoàn thành theo kế hoạch", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 43,3 tỷ", "43,3", 43.3e9, "money", "đồng", "vốn giải ngân thêm", approx="about", status="forecast",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]
write(8, [
    "Cổng TTĐT tỉnh Long An (province portal): upgrading martyrs' cemeteries and memorials, 2021-2025. Bare date '15/10/2024' at the end",
    "after the byline. One-cell-per-line table with 'Đơn vị tính: tỷ đồng' (cells ×10^9): Kế hoạch column = target, period 2021-2025;",
    "Thực hiện column = actual, period to 30/9/2024 from its header; Tỷ lệ (%) column = percent, period inherited. 'Tổng cộng' row cells",
    "are figures too. Subject = column label + row label. Distractors: 'phường 6', 'phường 2' (names), 'số 4 Võ Văn Tần', phone.",
    "Headline 'Đầu tư gần 186 tỷ' (no plan cue) actual, nearly. 'đạt 76,7% kế hoạch vốn' percent of 142,36 tỷ; no target attribute.",
    "'lần lượt' list of districts: each a percent with its district as location. Bracketed breakdown (1 + 15 + 3 = 19): total 19.",
    "'dự kiến' forecast; 'phấn đấu' target.",
], A, figs, published="2024-10-15", location="Long An")
