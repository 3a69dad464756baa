from lib import F, P, C, T, write

text = """Phú Thọ: Kết quả phát triển các khu công nghiệp năm 2024

Năm 2024, Ban Quản lý các KCN tỉnh Phú Thọ đã cấp mới 21 dự án (15 dự án FDI và 6 dự án DDI), điều chỉnh 18 lượt dự án; tổng vốn đăng ký cấp mới và tăng thêm đạt 318,5 triệu USD và 2.460 tỷ đồng. Giá trị sản xuất kinh doanh của các doanh nghiệp KCN đạt 52.380 tỷ đồng, tăng 14,2% so với năm 2023.

Một số chỉ tiêu chủ yếu của các KCN như sau:
Đơn vị tính: triệu USD
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Kim ngạch xuất khẩu
1.412,6
1.689,3
1.850
Kim ngạch nhập khẩu
1.105,8
1.297,4
1.400
Vốn FDI đăng ký mới và tăng thêm
246,2
318,5
350

Xuất khẩu của doanh nghiệp KCN năm 2024 chiếm khoảng 65% kim ngạch xuất khẩu toàn tỉnh.

Tính đến 31/12/2024, 7 KCN đã thành lập có tổng diện tích 2.155 ha, trong đó 4 KCN đi vào hoạt động với tỷ lệ lấp đầy 67,4%. Số lao động làm việc trong các KCN là 41.260 người, tăng 5.130 người so với cuối năm 2023; thu nhập bình quân đạt 7,8 triệu đồng/người/tháng.

Năm 2025, tỉnh phấn đấu thu hút khoảng 350 triệu USD vốn FDI và bổ sung quỹ đất công nghiệp tại các huyện Lâm Thao (120 ha), Phù Ninh (95 ha), Tam Nông (350 ha). Thực hiện Quyết định số 1290/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đang hoàn thiện thủ tục thành lập KCN Trung Hà và KCN Cẩm Khê.

Minh Hương (Ban Quản lý các KCN tỉnh)
Phú Thọ, 12/02/2025
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
A = P("Tính đến 31/12/2024", None, "2024-12-31")
Ai = P("Tính đến 31/12/2024", None, "2024-12-31", True)
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")
cols = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
rows = [("Kim ngạch xuất khẩu", ["1.412,6", "1.689,3", "1.850"]),
        ("Kim ngạch nhập khẩu", ["1.105,8", "1.297,4", "1.400"]),
        ("Vốn FDI đăng ký mới và tăng thêm", ["246,2", "318,5", "350"])]


def num(x):
    return float(x.replace(".", "").replace(",", "."))


figs = [
    F("cấp mới 21 dự án", "21", 21, "count", "dự án", "dự án cấp mới", Y),
    F("(15 dự án FDI", "15", 15, "count", "dự án", "dự án FDI cấp mới", Y, total=21),
    F("và 6 dự án DDI", "6", 6, "count", "dự án", "dự án DDI cấp mới", Y, total=21),
    F("điều chỉnh 18 lượt", "18", 18, "count", "lượt dự án", "lượt dự án điều chỉnh", Y),
    F("đạt 318,5 triệu USD", "318,5", 318.5e6, "money", "USD", "tổng vốn đăng ký cấp mới và tăng thêm", Y),
    F("và 2.460 tỷ đồng", "2.460", 2460e9, "money", "đồng", "tổng vốn đăng ký cấp mới và tăng thêm", Y),
    F("đạt 52.380 tỷ đồng", "52.380", 52380e9, "money", "đồng", "giá trị sản xuất kinh doanh của các doanh nghiệp KCN",
      P("Năm 2024", "2024-01-01", "2024-12-31", True), change=C("increase", 14.2, baseline="năm 2023")),
]
for label, cells in rows:
    for i, ((cname, per, st), cell) in enumerate(zip(cols, cells)):
        nxt = rows[[r[0] for r in rows].index(label)][1][i + 1] if i < 2 else None
        anchor = f"\n{cell}\n{nxt}\n" if nxt else (f"\n{cell}\n\n" if label.startswith("Vốn") else f"{cells[1]}\n{cell}\n")
        kw = {"status": st} if st else {}
        figs.append(F(anchor, cell, num(cell) * 1e6, "money", "USD", f"{label} {cname}", per, **kw))

figs += [
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ trọng xuất khẩu của doanh nghiệp KCN trong kim ngạch xuất khẩu toàn tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("2024, 7 KCN", "7", 7, "count", "KCN", "KCN đã thành lập", A),
    F("diện tích 2.155 ha", "2.155", 2155, "measure", "ha", "tổng diện tích các KCN đã thành lập", A),
    F("trong đó 4 KCN", "4", 4, "count", "KCN", "KCN đi vào hoạt động", A, total=7),
    F("lấp đầy 67,4%", "67,4", 67.4, "percent", "%", "tỷ lệ lấp đầy các KCN đi vào hoạt động", A),
    F("là 41.260 người", "41.260", 41260, "count", "người", "lao động làm việc trong các KCN", Ai,
      change=C("increase", 5130, "người", "cuối năm 2023")),
    F("đạt 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân người lao động KCN", Ai),
    F("khoảng 350 triệu USD", "350", 350e6, "money", "USD", "vốn FDI thu hút", N25, approx="about", status="target"),
    F("Lâm Thao (120 ha)", "120", 120, "measure", "ha", "quỹ đất công nghiệp bổ sung", N25, status="target",
      location="Lâm Thao"),
    F("Phù Ninh (95 ha)", "95", 95, "measure", "ha", "quỹ đất công nghiệp bổ sung", N25, status="target",
      location="Phù Ninh"),
    F("Tam Nông (350 ha)", "350", 350, "measure", "ha", "quỹ đất công nghiệp bổ sung", N25, status="target",
      location="Tam Nông"),
]

comments = [
    "Cổng TTĐT tỉnh Phú Thọ (province portal), no dateline at the top: a bare place-and-date line at the end 'Phú Thọ, 12/02/2025' after the byline.",
    "Table written one cell per line: header 'Chỉ tiêu | Năm 2023 | Năm 2024 | Kế hoạch 2025', 'Đơn vị tính: triệu USD' (money, ×10⁶ USD).",
    "Every cell is a figure; subject = row label + column label; period from the column header (scored, as in shared h23); 'Kế hoạch 2025' column is status target.",
    "The table's 318,5 repeats the text's 318,5 triệu USD: both are figures (each mention). '21 dự án (15 … và 6 …)' bracketed breakdown: total 21.",
    "'trong đó 4 KCN' follows the whole '7 KCN' (same thing) although '2.155 ha' stands between: total 7. 'tăng 5.130 người so với cuối năm 2023' is the change of 41.260 người.",
    "District list 'các huyện Lâm Thao (120 ha), Phù Ninh (95 ha), Tam Nông (350 ha)': each district is the location; 'Năm 2025, tỉnh phấn đấu' makes them targets.",
    "Distractors: 'Quyết định số 1290/QĐ-TTg', the closing date, byline; KCN names Trung Hà, Cẩm Khê (Cẩm Khê is also a district name: no figure).",
]
write(7, text, figs, comments, published="2025-02-12", location="Phú Thọ")
