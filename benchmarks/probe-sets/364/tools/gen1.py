from lib import write, P

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Văn hóa - Xã hội

Thể thao thành tích cao Thanh Hóa năm 2024: giành 412 huy chương các loại
Cập nhật: 14/01/2025 09:30 | Lượt xem: 2.315

Ngày 13/1, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết công tác thể dục, thể thao năm 2024, triển khai nhiệm vụ năm 2025.

Theo báo cáo, năm 2024, các đội tuyển thể thao của tỉnh tham gia 96 giải thi đấu quốc gia và quốc tế, giành tổng cộng 412 huy chương, tăng 9,8% so với năm 2023; trong đó có 138 HCV, 121 HCB và 153 HCĐ. Riêng tại các giải quốc tế, vận động viên Thanh Hóa đoạt 37 huy chương (19 HCV, 8 HCB, 10 HCĐ), vượt 23,3% kế hoạch năm.

Toàn tỉnh hiện duy trì 1.126 vận động viên tại các tuyến đào tạo, gồm 214 vận động viên đội tuyển, 387 vận động viên đội tuyển trẻ và 525 vận động viên năng khiếu. Trong năm, 46 vận động viên được phong đẳng cấp kiện tướng và 89 vận động viên đạt cấp I; 28 vận động viên được triệu tập lên đội tuyển quốc gia, chiếm khoảng 13% số vận động viên đội tuyển của tỉnh.

Tại Đại hội Thể thao toàn quốc lần thứ IX năm 2022, đoàn Thanh Hóa xếp thứ 3 toàn đoàn với 87 HCV, chỉ sau Hà Nội và TP Hồ Chí Minh.

Tổng kinh phí chi cho đào tạo, huấn luyện vận động viên năm 2024 đạt hơn 86,5 tỷ đồng, mức chi bình quân khoảng 76,8 triệu đồng/vận động viên/năm, thấp hơn nhiều địa phương dẫn đầu.

Năm 2025, ngành phấn đấu giành từ 380 đến 400 huy chương tại các giải quốc gia, quốc tế, với không dưới 120 HCV; có từ 25 đến 30 vận động viên được triệu tập lên đội tuyển quốc gia (theo Quyết định số 4417/QĐ-UBND ngày 28/11/2024 của UBND tỉnh về giao chỉ tiêu kế hoạch năm 2025).

Lê Hà (Sở VHTTDL) - Đường dây nóng: 0237.3852.471
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")

F = [
    dict(anchor="giành 412 huy chương các loại", number="412", value=412, kind="count", unit="huy chương",
         subject="huy chương các loại", period=Y24),
    dict(anchor="tham gia 96 giải", number="96", value=96, kind="count", unit="giải",
         subject="giải thi đấu quốc gia và quốc tế tham gia", period=Y24),
    dict(anchor="tổng cộng 412 huy chương", number="412", value=412, kind="count", unit="huy chương",
         change=dict(direction="increase", value=9.8, unit="%", baseline="năm 2023"),
         subject="huy chương các đội tuyển thể thao giành", period=Y24),
    dict(anchor="có 138 HCV", number="138", value=138, kind="count", unit="HCV", total=412, subject="HCV", period=Y24),
    dict(anchor="121 HCB", number="121", value=121, kind="count", unit="HCB", total=412, subject="HCB", period=Y24),
    dict(anchor="153 HCĐ", number="153", value=153, kind="count", unit="HCĐ", total=412, subject="HCĐ", period=Y24),
    dict(anchor="đoạt 37 huy chương", number="37", value=37, kind="count", unit="huy chương",
         change=dict(direction="increase", value=23.3, unit="%", baseline="kế hoạch năm"),
         subject="huy chương tại các giải quốc tế", period=Y24i),
    dict(anchor="(19 HCV", number="19", value=19, kind="count", unit="HCV", total=37,
         subject="HCV tại các giải quốc tế", period=Y24i),
    dict(anchor="8 HCB", number="8", value=8, kind="count", unit="HCB", total=37,
         subject="HCB tại các giải quốc tế", period=Y24i),
    dict(anchor="10 HCĐ", number="10", value=10, kind="count", unit="HCĐ", total=37,
         subject="HCĐ tại các giải quốc tế", period=Y24i),
    dict(anchor="duy trì 1.126 vận động viên", number="1.126", value=1126, kind="count", unit="vận động viên",
         subject="vận động viên tại các tuyến đào tạo", period=Y24i),
    dict(anchor="214 vận động viên đội tuyển", number="214", value=214, kind="count", unit="vận động viên",
         total=1126, subject="vận động viên đội tuyển", period=Y24i),
    dict(anchor="387 vận động viên", number="387", value=387, kind="count", unit="vận động viên",
         total=1126, subject="vận động viên đội tuyển trẻ", period=Y24i),
    dict(anchor="525 vận động viên", number="525", value=525, kind="count", unit="vận động viên",
         total=1126, subject="vận động viên năng khiếu", period=Y24i),
    dict(anchor="46 vận động viên", number="46", value=46, kind="count", unit="vận động viên",
         subject="vận động viên được phong đẳng cấp kiện tướng", period=TN),
    dict(anchor="89 vận động viên", number="89", value=89, kind="count", unit="vận động viên",
         subject="vận động viên đạt cấp I", period=TN),
    dict(anchor="28 vận động viên", number="28", value=28, kind="count", unit="vận động viên", percent=13,
         subject="vận động viên được triệu tập lên đội tuyển quốc gia", period=TN),
    dict(anchor="xếp thứ 3 toàn đoàn", number="3", value=3, kind="rank", unit="hạng",
         subject="xếp hạng toàn đoàn tại Đại hội Thể thao toàn quốc lần thứ IX",
         period=P("năm 2022", "2022-01-01", "2022-12-31")),
    dict(anchor="với 87 HCV", number="87", value=87, kind="count", unit="HCV",
         subject="HCV tại Đại hội Thể thao toàn quốc lần thứ IX", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    dict(anchor="hơn 86,5 tỷ đồng", number="86,5", value=86.5e9, kind="money", unit="đồng", approx="over",
         subject="tổng kinh phí chi cho đào tạo, huấn luyện vận động viên", period=Y24),
    dict(anchor="khoảng 76,8 triệu", number="76,8", value=76.8e6, kind="money", unit="đồng/vận động viên/năm",
         approx="about", subject="mức chi bình quân đào tạo, huấn luyện vận động viên", period=Y24),
    dict(anchor="từ 380 đến 400 huy chương", number="380", value=380, value_max=400, kind="count", unit="huy chương",
         status="target", subject="huy chương tại các giải quốc gia, quốc tế", period=Y25),
    dict(anchor="không dưới 120 HCV", number="120", value=120, kind="count", unit="HCV", approx="at_least",
         status="target", subject="HCV", period=Y25),
    dict(anchor="từ 25 đến 30 vận động viên", number="25", value=25, value_max=30, kind="count", unit="vận động viên",
         status="target", subject="vận động viên được triệu tập lên đội tuyển quốc gia", period=Y25),
]

write(1, TEXT, F, [
    "Provincial portal (Cổng TTĐT tỉnh Thanh Hóa): year-end review of high-performance sport 2024, targets 2025.",
    "Dateline 'Cập nhật: 14/01/2025 09:30 | Lượt xem: 2.315' (counter is furniture). Distractors: 'Ngày 13/1', 'lần thứ IX',",
    "'cấp I' (athlete grade name), 'Quyết định số 4417/QĐ-UBND ngày 28/11/2024', hotline 0237.3852.471; Hà Nội / TP Hồ Chí Minh named",
    "only as the delegations ahead (not the place of the rank). 'trong đó' after ';' gives total 412; bracket breakdown 19+8+10 = 37.",
    "'vượt 23,3% kế hoạch năm' is a gap to plan: a change with baseline 'kế hoạch năm'. 'Trong năm' in a year-end report = 2024.",
    "'hiện duy trì 1.126' and its parts take 2024 from the paragraph above (inherited). Targets for 2025 are status target.",
], published="2025-01-14", location="Thanh Hóa")
