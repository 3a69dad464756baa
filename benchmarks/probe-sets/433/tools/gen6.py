from lib import write, P, CH, T

TEXT = """Cổng thông tin điện tử tỉnh Trà Vinh

Trà Vinh: Sản lượng tôm nuôi năm 2024 đạt trên 54 nghìn tấn
Ngày cập nhật: 20/01/2025

Năm 2024, tỉnh Trà Vinh nuôi tôm nước lợ trên diện tích 31.560 ha, tăng 2,1% so với năm 2023; trong đó nuôi thâm canh, bán thâm canh 7.845 ha, nuôi siêu thâm canh 1.120 ha (tăng 260 ha). Khu nuôi tôm công nghệ cao dọc Quốc lộ 53 đã thu hút 3 doanh nghiệp đầu tư. Sản lượng tôm các loại như sau:

Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
Năm 2024
So sánh (%)
Tôm sú
11.420
12.180
106,65
Tôm thẻ chân trắng
38.650
41.870
108,33
Tổng sản lượng tôm
50.070
54.050
107,95

Huyện Duyên Hải và thị xã Duyên Hải tiếp tục là vùng nuôi trọng điểm, chiếm trên 62% sản lượng tôm toàn tỉnh; trong đó huyện Duyên Hải đạt 18.240 tấn, thị xã Duyên Hải 15.730 tấn. Huyện Cầu Ngang và huyện Trà Cú lần lượt đạt 9.460 tấn và 5.210 tấn.

Giá tôm tại ao bình quân năm 2024 đối với tôm thẻ chân trắng khoảng 95.000 đồng/kg, tôm sú khoảng 210.000 đồng/kg; lợi nhuận nuôi siêu thâm canh đạt 400-600 triệu đồng/ha/vụ. Cả năm có 874 ha tôm nuôi bị thiệt hại, giảm 31,6% so với năm 2023.

Năm 2025, tỉnh phấn đấu sản lượng tôm đạt 57.000 tấn, diện tích nuôi siêu thâm canh đạt 1.400 ha.

Số lượt truy cập: 3.405.127
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y24h = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
OUT = "sản lượng tôm"

FIGS = [
    dict(anchor="trên 54 nghìn tấn", number="54", value=54000, kind="measure", unit="tấn", approx="over",
         subject="Sản lượng tôm nuôi", period=Y24),
    dict(anchor="diện tích 31.560 ha", number="31.560", value=31560, kind="measure", unit="ha",
         change=CH("increase", 2.1, "%", "năm 2023"), subject="diện tích nuôi tôm nước lợ", period=Y24h),
    dict(anchor="bán thâm canh 7.845 ha", number="7.845", value=7845, kind="measure", unit="ha", total=31560,
         subject="diện tích nuôi thâm canh, bán thâm canh", period=Y24h),
    dict(anchor="siêu thâm canh 1.120 ha", number="1.120", value=1120, kind="measure", unit="ha", total=31560,
         change=CH("increase", 260, "ha"), subject="diện tích nuôi siêu thâm canh", period=Y24h),
    dict(anchor="thu hút 3 doanh nghiệp", number="3", value=3, kind="count", unit="doanh nghiệp",
         subject="doanh nghiệp đầu tư khu nuôi tôm công nghệ cao"),
]
for label, a, b, c in [("Tôm sú", "11.420", "12.180", "106,65"),
                       ("Tôm thẻ chân trắng", "38.650", "41.870", "108,33"),
                       ("Tổng sản lượng tôm", "50.070", "54.050", "107,95")]:
    f = lambda s: float(s.replace(".", "").replace(",", "."))
    FIGS += [
        dict(anchor=f"{label}\n{a}", number=a, value=f(a), kind="measure", unit="tấn",
             subject=f"{label} năm 2023", period=Y23 | {"inherited": True}),
        dict(anchor=f"{a}\n{b}", number=b, value=f(b), kind="measure", unit="tấn",
             subject=f"{label} năm 2024", period=Y24i),
        dict(anchor=f"{b}\n{c}", number=c, value=f(c), kind="percent", unit="%",
             subject=f"So sánh {label}", period=Y24i),
    ]
FIGS += [
    dict(anchor="chiếm trên 62%", number="62", value=62, kind="percent", unit="%", approx="over",
         subject="sản lượng tôm toàn tỉnh", location="Duyên Hải", period=Y24i),
    dict(anchor="đạt 18.240 tấn", number="18.240", value=18240, kind="measure", unit="tấn",
         subject=OUT, location="Duyên Hải", period=Y24i),
    dict(anchor="Hải 15.730 tấn", number="15.730", value=15730, kind="measure", unit="tấn",
         subject=OUT, location="Duyên Hải", period=Y24i),
    dict(anchor="đạt 9.460 tấn", number="9.460", value=9460, kind="measure", unit="tấn",
         subject=OUT, location="Cầu Ngang", period=Y24i),
    dict(anchor="và 5.210 tấn", number="5.210", value=5210, kind="measure", unit="tấn",
         subject=OUT, location="Trà Cú", period=Y24i),
    dict(anchor="khoảng 95.000 đồng/kg", number="95.000", value=95000, kind="money", unit="đồng/kg", approx="about",
         subject="Giá tôm thẻ chân trắng tại ao bình quân", period=Y24),
    dict(anchor="khoảng 210.000 đồng/kg", number="210.000", value=210000, kind="money", unit="đồng/kg",
         approx="about", subject="Giá tôm sú tại ao bình quân", period=Y24),
    dict(anchor="400-600 triệu đồng/ha/vụ", number="400", value=400e6, value_max=600e6, kind="money",
         unit="đồng/ha/vụ", subject="lợi nhuận nuôi siêu thâm canh", period=Y24),
    dict(anchor="có 874 ha", number="874", value=874, kind="measure", unit="ha",
         change=CH("decrease", 31.6, "%", "năm 2023"), subject="diện tích tôm nuôi bị thiệt hại",
         period=P("Cả năm", "2024-01-01", "2024-12-31")),
    dict(anchor="đạt 57.000 tấn", number="57.000", value=57000, kind="measure", unit="tấn", status="target",
         subject=OUT, period=Y25),
    dict(anchor="đạt 1.400 ha", number="1.400", value=1400, kind="measure", unit="ha", status="target",
         subject="diện tích nuôi siêu thâm canh", period=Y25),
]

HEADER = """Cổng TTĐT tỉnh Trà Vinh (province portal): shrimp farming results 2024, 'Ngày cập nhật: 20/01/2025' (no time), view counter at the bottom.
One-cell-per-line table under 'Đơn vị tính: tấn': Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh (%); the '(%)' column overrides the tấn unit.
Table cells: subject = row label + column label; period from the column header (marked inherited, as in the probe examples: the header
is not the cell's sentence); 'So sánh' cells take 2024 (inherited).
Distractors: 'Quốc lộ 53' (a name), 'Số lượt truy cập: 3.405.127', 'Ngày cập nhật'. '54 nghìn tấn' applies the multiplier.
'31.560 ha …; trong đó … 7.845 ha, … 1.120 ha (tăng 260 ha)' → totals 31560, the bracketed change belongs to 1.120.
'chiếm trên 62% sản lượng' describes huyện + thị xã Duyên Hải together (location Duyên Hải for both units);
'trong đó' after the 62% share: the parts are tấn, not a share, so no total. 'lần lượt đạt 9.460 tấn và 5.210 tấn' maps to Cầu Ngang, Trà Cú.
'Cả năm' = 2024 (the article's year). 'phấn đấu' covers both 2025 targets."""

write(6, TEXT, HEADER, FIGS, published="2025-01-20", location="Trà Vinh")
