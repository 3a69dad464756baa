from lib import F, P, PI, CH, T, build

TEXT = """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 1125/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 20 tháng 5 năm 2024

BÁO CÁO
Kết quả sản xuất mía niên vụ 2023-2024 và kế hoạch niên vụ 2024-2025

I. KẾT QUẢ NIÊN VỤ 2023-2024
1. Diện tích, năng suất, sản lượng
Toàn tỉnh trồng 38.960 ha mía, đạt 103,8% kế hoạch; năng suất bình quân 68,2 tấn/ha; sản lượng 2.657.000 tấn. Kết quả tại 4 huyện trọng điểm như sau:

Bảng 1. Diện tích, năng suất, sản lượng mía theo huyện
Huyện | Diện tích (ha) | Năng suất (tấn/ha) | Sản lượng (tấn)
Kông Chro | 7.850 | 64,5 | 506.325
Ia Pa | 6.420 | 71,3 | 457.746
Phú Thiện | 5.930 | 70,8 | 419.844
Krông Pa | 5.210 | 66,0 | 343.860

2. Thu mua, chế biến
Hai nhà máy đường trên địa bàn (Nhà máy đường An Khê công suất 18.000 tấn mía/ngày, Nhà máy đường Ayun Pa công suất 6.000 tấn mía/ngày) đã ép 2,41 triệu tấn mía, sản xuất 251.600 tấn đường, tăng 9,4% so với niên vụ trước. Giá mía bình quân các nhà máy thu mua là 1.150.000 đồng/tấn (10 CCS). Tổng giá trị thanh toán cho nông dân khoảng 2,77 nghìn tỷ đồng.

II. KẾ HOẠCH NIÊN VỤ 2024-2025
Phấn đấu diện tích mía đạt 40.000 ha, trong đó diện tích áp dụng tưới tiết kiệm từ 8.000 đến 9.000 ha; tỷ lệ cơ giới hóa khâu thu hoạch đạt 25%.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TTBVTV.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

NVI = PI("NIÊN VỤ 2023-2024", "2023-01-01", "2024-12-31")
KHI = PI("NIÊN VỤ 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("trồng 38.960 ha mía", "38.960", "measure", "ha", "diện tích mía trồng", percent=103.8, period=NVI),
    F("bình quân 68,2 tấn/ha", "68,2", "measure", "tấn/ha", "năng suất mía bình quân", period=NVI),
    F("sản lượng 2.657.000 tấn", "2.657.000", "measure", "tấn", "sản lượng mía", period=NVI),
    F("tại 4 huyện", "4", "count", "huyện", "huyện trọng điểm", optional=True),
]
rows = [("Kông Chro", "7.850", "64,5", "506.325"), ("Ia Pa", "6.420", "71,3", "457.746"),
        ("Phú Thiện", "5.930", "70,8", "419.844"), ("Krông Pa", "5.210", "66,0", "343.860")]
for place, a, y, o in rows:
    FIGS += [
        F(f"{place} | {a} |", a, "measure", "ha", "Diện tích mía", location=place, period=NVI),
        F(f"{a} | {y} |", y, "measure", "tấn/ha", "Năng suất mía", location=place, period=NVI),
        F(f"{y} | {o}\n", o, "measure", "tấn", "Sản lượng mía", location=place, period=NVI),
    ]
FIGS += [
    F("Hai nhà máy đường", "Hai", "count", "nhà máy đường", "nhà máy đường trên địa bàn", value=2, optional=True),
    F("công suất 18.000 tấn mía/ngày", "18.000", "measure", "tấn/ngày", "công suất"),
    F("công suất 6.000 tấn mía/ngày", "6.000", "measure", "tấn/ngày", "công suất"),
    F("ép 2,41 triệu tấn mía", "2,41", "measure", "tấn", "mía các nhà máy đã ép", mult=10**6, period=NVI),
    F("xuất 251.600 tấn đường", "251.600", "measure", "tấn", "đường sản xuất",
      change=CH("inc", 9.4, "%", "niên vụ trước"), period=NVI),
    F("là 1.150.000 đồng/tấn", "1.150.000", "money", "đồng/tấn", "Giá mía bình quân các nhà máy thu mua", period=NVI),
    F("đồng/tấn (10 CCS)", "10", "measure", "CCS", "loại mía", optional=True),
    F("khoảng 2,77 nghìn tỷ đồng", "2,77", "money", "đồng", "Tổng giá trị thanh toán cho nông dân", mult=10**12,
      approx="about", period=NVI),
    F("đạt 40.000 ha", "40.000", "measure", "ha", "diện tích mía", status="target", period=KHI),
    F("từ 8.000 đến 9.000 ha", "8.000", "measure", "ha", "diện tích áp dụng tưới tiết kiệm", value_max=9000, total=40000,
      status="target", period=KHI),
    F("thu hoạch đạt 25%", "25", "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch", status="target", period=KHI),
]

COMMENTS = """
Formal report with letterhead (Sở NN&PTNT Gia Lai, 'Số: 1125/BC-SNNPTNT'); the place-and-date line 'Gia Lai, ngày 20 tháng 5 năm 2024' is its date.
Flattened '|' table by district: units from the column headers '(ha)', '(tấn/ha)', '(tấn)'; district row labels go to location; period from the
section heading 'I. KẾT QUẢ NIÊN VỤ 2023-2024' (inherited; the season read as 2023-01-01 .. 2024-12-31). Every numeric cell is a figure.
'đạt 103,8% kế hoạch' is the percent of 38.960 ha. Mill capacities in brackets: mill names (An Khê, Ayun Pa) are names, not places (location Gia Lai);
the two capacities form a list sharing the indicator 'công suất' (subject). Capacity unit 'tấn/ngày' (measure unit per day; the cane goes to the subject).
Section II 'Phấn đấu' gives status target to the clause and its continuations; 'trong đó … từ 8.000 đến 9.000 ha' is a part of 40.000 ha (total).
Distractors: document number, section numbers I./II./1./2., 'Bảng 1', date line, 'Lưu: VT, TTBVTV'. Optional: '4 huyện', 'Hai nhà máy', '(10 CCS)'.
"""

build(3, TEXT, FIGS, COMMENTS, published="2024-05-20", location="Gia Lai")
