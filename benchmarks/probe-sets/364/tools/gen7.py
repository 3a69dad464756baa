from lib import write, P

TEXT = """Thời sự | Thể thao

Nghệ An khởi công khu liên hợp thể thao gần 1.500 tỷ đồng

Thứ sáu, 8/11/2024, 14:32 (GMT+7)

Công trình gồm sân vận động 25.000 chỗ ngồi, nhà thi đấu đa năng 5.000 chỗ và bể bơi tiêu chuẩn Olympic. Dự kiến hoàn thành trong quý IV/2026.

Sáng 8/11, UBND tỉnh Nghệ An khởi công dự án Khu liên hợp thể thao tỉnh tại xã Nghi Phú. Dự án có quy mô khoảng 32,5 ha, tổng mức đầu tư 1.486 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa, trong đó vốn ngân sách chiếm 62%.

Theo thiết kế, sân vận động rộng 7,8 ha; nhà thi đấu có diện tích sàn 12.400 m2; bể bơi dài 50 m với 10 làn bơi.

Dự án được chia làm hai giai đoạn: giai đoạn 1 (2024-2026) dự kiến bố trí khoảng 920 tỷ đồng để xây sân vận động và nhà thi đấu; giai đoạn 2 (2027-2029) khoảng 566 tỷ đồng để hoàn thiện bể bơi, khu tập luyện ngoài trời.

Ông Nguyễn Văn Đệ, Phó chủ tịch UBND tỉnh, cho biết hiện toàn tỉnh mới có 2 sân vận động đạt chuẩn tổ chức giải hạng Nhất trở lên. Sân vận động Vinh xây dựng từ năm 1960, sức chứa chỉ khoảng 18.000 chỗ và đã xuống cấp nhiều năm.

Năm 2023, Nghệ An có 1.024 vận động viên ở các tuyến, giành 196 huy chương quốc gia và 17 huy chương quốc tế; tỷ lệ vận động viên được đào tạo tập trung chỉ đạt 41%. Kinh phí chi cho mỗi vận động viên đội tuyển bình quân 6,2 triệu đồng/tháng, bằng khoảng 70% mức của các trung tâm lớn.

Theo kế hoạch, sau khi hoàn thành, khu liên hợp sẽ đủ điều kiện đăng cai Đại hội Thể thao toàn quốc lần thứ XI và các giải quốc tế cấp khu vực.

Đức Hùng
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
G1 = P("2024-2026", "2024-01-01", "2026-12-31")
G2 = P("2027-2029", "2027-01-01", "2029-12-31")

F = [
    dict(anchor="gần 1.500 tỷ", number="1.500", value=1500e9, kind="money", unit="đồng", approx="nearly",
         subject="khu liên hợp thể thao"),
    dict(anchor="25.000 chỗ", number="25.000", value=25000, kind="count", unit="chỗ ngồi",
         subject="sân vận động"),
    dict(anchor="đa năng 5.000 chỗ", number="5.000", value=5000, kind="count", unit="chỗ", subject="nhà thi đấu đa năng"),
    dict(anchor="khoảng 32,5 ha", number="32,5", value=32.5, kind="measure", unit="ha", approx="about",
         subject="quy mô dự án Khu liên hợp thể thao tỉnh"),
    dict(anchor="1.486 tỷ", number="1.486", value=1486e9, kind="money", unit="đồng",
         subject="tổng mức đầu tư dự án"),
    dict(anchor="chiếm 62%", number="62", value=62, kind="percent", unit="%",
         subject="vốn ngân sách trong tổng mức đầu tư"),
    dict(anchor="7,8 ha", number="7,8", value=7.8, kind="measure", unit="ha", subject="sân vận động rộng"),
    dict(anchor="12.400 m2", number="12.400", value=12400, kind="measure", unit="m2",
         subject="diện tích sàn nhà thi đấu"),
    dict(anchor="dài 50 m", number="50", value=50, kind="measure", unit="m", subject="bể bơi dài"),
    dict(anchor="10 làn", number="10", value=10, kind="count", unit="làn bơi", subject="làn bơi"),
    dict(anchor="hai giai đoạn", number="hai", value=2, kind="count", unit="giai đoạn", subject="giai đoạn dự án",
         optional=True),
    dict(anchor="khoảng 920 tỷ", number="920", value=920e9, kind="money", unit="đồng", approx="about",
         status="forecast", subject="vốn bố trí giai đoạn 1 để xây sân vận động và nhà thi đấu", period=G1),
    dict(anchor="566 tỷ", number="566", value=566e9, kind="money", unit="đồng", approx="about", status="forecast",
         subject="vốn giai đoạn 2 để hoàn thiện bể bơi, khu tập luyện ngoài trời", period=G2),
    dict(anchor="có 2 sân vận động", number="2", value=2, kind="count", unit="sân vận động",
         subject="sân vận động đạt chuẩn tổ chức giải hạng Nhất trở lên"),
    dict(anchor="khoảng 18.000 chỗ", number="18.000", value=18000, kind="count", unit="chỗ", approx="about",
         subject="sức chứa Sân vận động Vinh"),
    dict(anchor="1.024 vận động viên", number="1.024", value=1024, kind="count", unit="vận động viên",
         subject="vận động viên ở các tuyến", period=Y23),
    dict(anchor="196 huy chương", number="196", value=196, kind="count", unit="huy chương",
         subject="huy chương quốc gia", period=Y23),
    dict(anchor="17 huy chương", number="17", value=17, kind="count", unit="huy chương",
         subject="huy chương quốc tế", period=Y23),
    dict(anchor="đạt 41%", number="41", value=41, kind="percent", unit="%",
         subject="tỷ lệ vận động viên được đào tạo tập trung", period=Y23),
    dict(anchor="6,2 triệu", number="6,2", value=6.2e6, kind="money", unit="đồng/tháng", percent=70,
         subject="Kinh phí chi cho mỗi vận động viên đội tuyển bình quân", period=Y23i),
]

write(7, TEXT, F, [
    "National press (online daily, 'Thứ sáu, 8/11/2024, 14:32 (GMT+7)'): Nghệ An breaks ground on a provincial sports complex.",
    "Distractors: 'quý IV/2026' (completion date), 'Sáng 8/11', 'xã Nghi Phú' (commune), 'giai đoạn 1/2' (labels), 'hạng Nhất' (league),",
    "'từ năm 1960', 'lần thứ XI', 'tiêu chuẩn Olympic'. 'Sân vận động Vinh' is a name: location stays Nghệ An.",
    "Design capacities and areas have no period (null). 'trong đó vốn ngân sách chiếm 62%' names no amount: a percent figure of its own.",
    "'(2024-2026)' after 'giai đoạn 1' is the period of the 920 tỷ; 'dự kiến' governs the continuing clause of giai đoạn 2 (forecast).",
    "920 + 566 = 1.486 but the breakdown follows 'hai giai đoạn', not the whole: no total. 'bằng khoảng 70%' -> percent 70 of 6,2 triệu.",
    "'hai giai đoạn' optional (structure).",
], published="2024-11-08", location="Nghệ An")
