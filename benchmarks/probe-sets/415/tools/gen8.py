from lib import F, P, C, T, emit

text = """HỘI NÔNG DÂN TỈNH HƯNG YÊN
Nông dân làm kinh tế giỏi

Văn Giang: Hoa, cây cảnh vụ Tết mang về hơn 1.100 tỷ đồng

Quý I/2025, huyện Văn Giang tiêu thụ khoảng 2,3 triệu chậu hoa, cây cảnh các loại, trong đó lan hồ điệp 640.000 chậu, quất cảnh 310.000 chậu; ngoài ra còn 95.000 cây đào thế. Doanh thu từ hoa, cây cảnh quý I ước đạt 1.120 tỷ đồng, tăng 9,5% so với cùng kỳ, bằng 41,2% kế hoạch năm.

Kết quả tiêu thụ một số sản phẩm chủ yếu
Sản phẩm\tQuý I/2024\tQuý I/2025\tSo cùng kỳ (%)
Lan hồ điệp (nghìn chậu)\t585\t640\t109,4
Quất cảnh (nghìn chậu)\t332\t310\t93,4
Hoa chậu các loại (nghìn chậu)\t1.210\t1.255\t103,7

Toàn huyện hiện có 1.100 ha trồng hoa, cây cảnh, chiếm 31,5% diện tích đất nông nghiệp, tập trung ở các xã Xuân Quan, Phụng Công, Cửu Cao. Giá lan hồ điệp Tết năm nay giảm khoảng 10-15% so với năm trước, phổ biến từ 400.000 đến 900.000 đồng/chậu 3 cành.

Anh Nguyễn Văn Thành (thôn 5, xã Xuân Quan), chủ vườn lan rộng 1,2 ha, cho biết vụ Tết vừa qua gia đình bán được gần 18.000 chậu lan, lãi trên 1 tỷ đồng. Hiện Hội Nông dân huyện có 1.426 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó 312 hộ trồng hoa, cây cảnh.

Năm 2025, huyện phấn đấu giá trị sản xuất trên 1 ha đất canh tác đạt 450 triệu đồng; xây dựng thêm 2 hợp tác xã kiểu mới chuyên hoa, cây cảnh. Các nhà vườn dọc Đường tỉnh 379 đang chuẩn bị cho vụ hoa hè thu.

Minh Anh
10/4/2025
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1i = P("Quý I/2025", "2025-01-01", "2025-03-31", inh=True)
Q24 = P("Quý I/2024", "2024-01-01", "2024-03-31")
figs = [
    F("hơn 1.100 tỷ đồng", "1.100", 1100e9, "money", "đồng", "Hoa, cây cảnh vụ Tết", approx="over"),
    F("khoảng 2,3 triệu chậu", "2,3", 2.3e6, "count", "chậu", "chậu hoa, cây cảnh tiêu thụ", Q1, approx="about"),
    F("lan hồ điệp 640.000 chậu", "640.000", 640000, "count", "chậu", "lan hồ điệp tiêu thụ", Q1, total=2.3e6),
    F("quất cảnh 310.000 chậu", "310.000", 310000, "count", "chậu", "quất cảnh tiêu thụ", Q1, total=2.3e6),
    F("còn 95.000 cây", "95.000", 95000, "count", "cây đào thế", "cây đào thế tiêu thụ", Q1),
    F("ước đạt 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", "Doanh thu từ hoa, cây cảnh",
      P("quý I", "2025-01-01", "2025-03-31"), change=C("increase", 9.5, "%", "cùng kỳ"), percent=41.2, status="estimate"),
]
rows = [("Lan hồ điệp", ["585", "640", "109,4"]), ("Quất cảnh", ["332", "310", "93,4"]),
        ("Hoa chậu các loại", ["1.210", "1.255", "103,7"])]
for label, cells in rows:
    line = f"{label} (nghìn chậu)\t" + "\t".join(cells)
    assert line in text, line
    a0 = f"chậu)\t{cells[0]}"
    a1 = f"\t{cells[0]}\t{cells[1]}"
    a2 = f"\t{cells[1]}\t{cells[2]}"
    n = lambda s: float(s.replace(".", "").replace(",", "."))
    figs.append(F(a0, cells[0], n(cells[0]) * 1e3, "count", "chậu", f"{label} tiêu thụ quý I/2024", Q24))
    figs.append(F(a1, cells[1], n(cells[1]) * 1e3, "count", "chậu", f"{label} tiêu thụ quý I/2025", Q1))
    figs.append(F(a2, cells[2], n(cells[2]), "percent", "%", f"{label} tiêu thụ so cùng kỳ", Q1i))
figs += [
    F("có 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích trồng hoa, cây cảnh", percent=31.5),
    F("khoảng 10-15%", "10", 10, "percent", "%", "Giá lan hồ điệp Tết năm nay giảm", approx="about", value_max=15),
    F("từ 400.000 đến", "400.000", 400000, "money", "đồng/chậu", "Giá lan hồ điệp Tết phổ biến", value_max=900000),
    F("chậu 3 cành", "3", 3, "count", "cành", optional=True),
    F("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", "vườn lan của anh Nguyễn Văn Thành", location=None, optional=True),
    F("gần 18.000 chậu", "18.000", 18000, "count", "chậu", "chậu lan gia đình anh Nguyễn Văn Thành bán được vụ Tết", approx="nearly"),
    F("lãi trên 1 tỷ đồng", "1", 1e9, "money", "đồng", "lãi", approx="over"),
    F("có 1.426 hộ", "1.426", 1426, "count", "hộ", "hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp"),
    F("trong đó 312 hộ", "312", 312, "count", "hộ", "hộ trồng hoa, cây cảnh đạt danh hiệu sản xuất, kinh doanh giỏi", total=1426),
    F("đạt 450 triệu đồng", "450", 450e6, "money", "đồng", "giá trị sản xuất trên 1 ha đất canh tác",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("thêm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã kiểu mới chuyên hoa, cây cảnh xây dựng thêm",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]
# the optional 1,2 ha has no special location: drop the explicit None
for f in figs:
    if f.get("location", 1) is None:
        del f["location"]

emit("p415-8", text, [
    "Hội Nông dân tỉnh Hưng Yên (mass-organisation site): hoa, cây cảnh vụ Tết ở huyện Văn Giang, quý I/2025. Bare date '10/4/2025' at the end under the byline.",
    "Distractors: 'thôn 5' (address), 'Đường tỉnh 379' (a road name), '1 ha' inside the indicator 'giá trị sản xuất trên 1 ha đất canh tác' (a rate's base).",
    "2,3 triệu chậu: 'trong đó' parts in chậu carry total 2.300.000; '95.000 cây đào thế' (after 'ngoài ra', another unit) gets no total.",
    "1.120 tỷ: 'ước đạt' (estimate), change 9,5% vs cùng kỳ, 'bằng 41,2% kế hoạch năm' its percent; 'quý I' takes 2025.",
    "Tab-separated table: 'nghìn chậu' in the row label is the unit and multiplier; period from the quarter column headers;",
    "'So cùng kỳ (%)' cells are percent figures (index, previous year = 100), period quý I/2025 inherited.",
    "Title 'hơn 1.100 tỷ đồng' and 'vụ Tết', 'Tết năm nay' have no calendar period in FIGURES.md: no period. 'hiện có' figures have none either.",
    "'giảm khoảng 10-15% so với năm trước' is a change rate as the claim: percent range, no change object. '3 cành', a farmer's '1,2 ha' plot optional.",
], figs, published="2025-04-10", location="Văn Giang")
