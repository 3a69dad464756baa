from lib import write, P, CH, T

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 16/10/2024, 14:20 (GMT+7)

Đồng bằng sông Cửu Long chiếm gần 80% diện tích nuôi tôm cả nước

Vùng nuôi tôm lớn nhất nước đang chuyển mạnh sang mô hình siêu thâm canh, song dịch bệnh và giá thành cao vẫn là điểm nghẽn.

Phát biểu tại hội nghị phát triển ngành tôm tổ chức ở Bạc Liêu ngày 15/10, Thứ trưởng Nông nghiệp và Phát triển nông thôn Phùng Đức Tiến cho biết năm 2023 diện tích nuôi tôm nước lợ cả nước đạt khoảng 737.000 ha, sản lượng hơn 1,12 triệu tấn; riêng vùng Đồng bằng sông Cửu Long có khoảng 585.000 ha, chiếm gần 80% diện tích.

Dẫn đầu về diện tích là Cà Mau với hơn 280.000 ha, tiếp đến là Bạc Liêu 146.000 ha, Kiên Giang 145.000 ha, Sóc Trăng 52.000 ha và Bến Tre 47.000 ha.

Mô hình siêu thâm canh phát triển nhanh: diện tích toàn vùng tăng từ 6.200 ha lên gần 11.500 ha sau ba năm, năng suất bình quân 30-50 tấn/ha/vụ, cao gấp nhiều lần nuôi quảng canh.

Theo VASEP, 9 tháng năm 2024 kim ngạch xuất khẩu tôm đạt 2,84 tỷ USD, tăng 11% so với cùng kỳ, chiếm 39,5% tổng kim ngạch xuất khẩu thủy sản. Trong đó, Mỹ là thị trường lớn nhất với 587 triệu USD, Trung Quốc và Hong Kong 541 triệu USD, Nhật Bản 386 triệu USD.

Từ đầu năm đến ngày 30/9, cả nước có 7.314 ha tôm nuôi bị bệnh tại 16 tỉnh, thành phố. Bệnh hoại tử gan tụy cấp chiếm khoảng 41% diện tích bị bệnh, tiếp đến là bệnh đốm trắng với 27%.

Bộ đặt mục tiêu đến năm 2025 sản lượng tôm nước lợ đạt 1,2 triệu tấn, kim ngạch xuất khẩu tôm đạt 4,5 tỷ USD.

Hoài Thu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến ngày 30/9", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
DB = "Đồng bằng sông Cửu Long"
AREA = "diện tích nuôi tôm nước lợ"

FIGS = [
    dict(anchor="chiếm gần 80% diện tích nuôi tôm", number="80", value=80, kind="percent", unit="%", approx="nearly",
         subject="diện tích nuôi tôm cả nước", location=DB),
    dict(anchor="khoảng 737.000 ha", number="737.000", value=737000, kind="measure", unit="ha", approx="about",
         subject=AREA, period=Y23),
    dict(anchor="hơn 1,12 triệu tấn", number="1,12", value=1120000, kind="measure", unit="tấn", approx="over",
         subject="sản lượng tôm nước lợ", period=Y23),
    dict(anchor="khoảng 585.000 ha", number="585.000", value=585000, kind="measure", unit="ha", approx="about",
         percent=80, subject=AREA, period=Y23, location=DB),
    dict(anchor="hơn 280.000 ha", number="280.000", value=280000, kind="measure", unit="ha", approx="over",
         subject=AREA, period=Y23i, location="Cà Mau"),
    dict(anchor="Bạc Liêu 146.000 ha", number="146.000", value=146000, kind="measure", unit="ha",
         subject=AREA, period=Y23i, location="Bạc Liêu"),
    dict(anchor="Kiên Giang 145.000 ha", number="145.000", value=145000, kind="measure", unit="ha",
         subject=AREA, period=Y23i, location="Kiên Giang"),
    dict(anchor="Sóc Trăng 52.000 ha", number="52.000", value=52000, kind="measure", unit="ha",
         subject=AREA, period=Y23i, location="Sóc Trăng"),
    dict(anchor="Bến Tre 47.000 ha", number="47.000", value=47000, kind="measure", unit="ha",
         subject=AREA, period=Y23i, location="Bến Tre"),
    dict(anchor="từ 6.200 ha", number="6.200", value=6200, kind="measure", unit="ha",
         subject="diện tích nuôi siêu thâm canh toàn vùng trước đây", location=DB),
    dict(anchor="gần 11.500 ha", number="11.500", value=11500, kind="measure", unit="ha", approx="nearly",
         subject="diện tích nuôi siêu thâm canh toàn vùng", location=DB),
    dict(anchor="sau ba năm", number="ba", value=3, kind="count", unit="năm", optional=True),
    dict(anchor="30-50 tấn/ha/vụ", number="30", value=30, value_max=50, kind="measure", unit="tấn/ha/vụ",
         subject="năng suất bình quân nuôi siêu thâm canh", location=DB),
    dict(anchor="đạt 2,84 tỷ USD", number="2,84", value=2840000000, kind="money", unit="USD",
         change=CH("increase", 11, "%", "cùng kỳ"), percent=39.5, subject="kim ngạch xuất khẩu tôm", period=M9),
    dict(anchor="với 587 triệu USD", number="587", value=587000000, kind="money", unit="USD", total=2840000000,
         subject="kim ngạch xuất khẩu tôm sang Mỹ", period=M9i),
    dict(anchor="Kong 541 triệu USD", number="541", value=541000000, kind="money", unit="USD", total=2840000000,
         subject="kim ngạch xuất khẩu tôm sang Trung Quốc và Hong Kong", period=M9i),
    dict(anchor="Nhật Bản 386 triệu USD", number="386", value=386000000, kind="money", unit="USD", total=2840000000,
         subject="kim ngạch xuất khẩu tôm sang Nhật Bản", period=M9i),
    dict(anchor="có 7.314 ha", number="7.314", value=7314, kind="measure", unit="ha",
         subject="diện tích tôm nuôi bị bệnh", period=YTD),
    dict(anchor="tại 16 tỉnh", number="16", value=16, kind="count", unit="tỉnh, thành phố",
         subject="tỉnh, thành phố có tôm nuôi bị bệnh", period=YTD),
    dict(anchor="khoảng 41%", number="41", value=41, kind="percent", unit="%", approx="about",
         subject="bệnh hoại tử gan tụy cấp trong diện tích bị bệnh", period=YTD | {"inherited": True}),
    dict(anchor="với 27%", number="27", value=27, kind="percent", unit="%",
         subject="bệnh đốm trắng trong diện tích bị bệnh", period=YTD | {"inherited": True}),
    dict(anchor="đạt 1,2 triệu tấn", number="1,2", value=1200000, kind="measure", unit="tấn", status="target",
         subject="sản lượng tôm nước lợ", period=T25),
    dict(anchor="đạt 4,5 tỷ USD", number="4,5", value=4500000000, kind="money", unit="USD", status="target",
         subject="kim ngạch xuất khẩu tôm", period=T25),
]

HEADER = """National online newspaper (VnExpress style): Mekong delta's share of national shrimp area, province list, super-intensive growth, exports by market, disease, 2025 targets.
Dateline 'Thứ tư, 16/10/2024, 14:20 (GMT+7)'; byline at the end. Default location Việt Nam (ministry's national figures).
Distractors: '(GMT+7)', 'ngày 15/10' (event date), the venue 'tổ chức ở Bạc Liêu' (not the place of the national figures), 'Thứ trưởng' name.
Region figures (Đồng bằng sông Cửu Long) take the region as location: FIGURES.md names only province/city/district, but the text names this place.
'585.000 ha, chiếm gần 80% diện tích' → percent attribute 80. Province list after 'Dẫn đầu … là': provinces are locations; 'năm 2023' inherited.
'tăng từ 6.200 ha lên gần 11.500 ha': both levels are figures; no change value is stated; 'sau ba năm' is a duration (optional).
Export markets after 'Trong đó' → total 2,84 tỷ USD; markets are trade partners, not places (location Việt Nam).
'Bệnh hoại tử … chiếm khoảng 41% diện tích bị bệnh' has its own subject in a new sentence: a percent figure, as is the list item 'với 27%'.
'đặt mục tiêu đến năm 2025' → target status for both clauses, period ends 2025-12-31."""

write(4, TEXT, HEADER, FIGS, published="2024-10-16", location="Việt Nam")
