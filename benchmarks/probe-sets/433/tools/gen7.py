from lib import write, P, CH, T

TEXT = """Cổng thông tin điện tử huyện An Minh
Trang chủ / Kinh tế / Nông nghiệp

An Minh nâng cao hiệu quả mô hình tôm - lúa

Những năm qua, mô hình luân canh tôm - lúa trên đất nhiễm mặn tiếp tục khẳng định hiệu quả. Đến nay, toàn huyện có gần 36.700 ha nuôi tôm, trong đó diện tích tôm - lúa khoảng 28.900 ha, chiếm 78,7%; diện tích nuôi tôm quảng canh cải tiến hơn 7.500 ha; nuôi thâm canh, siêu thâm canh 265 ha.

Vụ tôm năm 2023, năng suất tôm trong ruộng lúa bình quân đạt từ 300 đến 400 kg/ha, kết hợp nuôi cua, tôm càng xanh, mỗi ha cho lợi nhuận từ 60 đến 80 triệu đồng; vụ lúa trên đất nuôi tôm cho năng suất 4,5-5 tấn/ha, giá bán lúa hữu cơ cao hơn lúa thường 1.000-1.500 đồng/kg.

Anh Danh Hoàng, ấp Kinh 7B, xã Vân Khánh Tây, có 3,5 ha tôm - lúa, cho biết: "Giá tôm sú tại ruộng hiện dao động 180.000-200.000 đồng/kg với cỡ 30 con/kg, nhờ vậy vụ rồi gia đình tôi lãi gần 250 triệu đồng".

Thực hiện Chỉ thị số 08-CT/HU của Huyện ủy, huyện phấn đấu đến năm 2025 ổn định diện tích tôm - lúa từ 30.000 ha trở lên, trong đó ít nhất 5.000 ha đạt chứng nhận hữu cơ; sản lượng tôm nuôi đạt 21.000 tấn/năm. Sau 3 năm triển khai, huyện đã xây dựng 12 tổ hợp tác và 4 hợp tác xã tôm - lúa với 1.530 thành viên; 3.200 ha tôm - lúa được chứng nhận hữu cơ, đạt 64% mục tiêu.

Huyện cũng đăng ký tham gia Đề án phát triển bền vững 1 triệu ha chuyên canh lúa chất lượng cao, phát thải thấp vùng Đồng bằng sông Cửu Long, gắn với liên kết tiêu thụ tôm sạch cho nông dân.

Phòng Nông nghiệp và PTNT huyện
"""

Y23 = P("Vụ tôm năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    dict(anchor="gần 36.700 ha", number="36.700", value=36700, kind="measure", unit="ha", approx="nearly",
         subject="diện tích nuôi tôm"),
    dict(anchor="khoảng 28.900 ha", number="28.900", value=28900, kind="measure", unit="ha", approx="about",
         total=36700, percent=78.7, subject="diện tích tôm - lúa"),
    dict(anchor="hơn 7.500 ha", number="7.500", value=7500, kind="measure", unit="ha", approx="over",
         total=36700, subject="diện tích nuôi tôm quảng canh cải tiến"),
    dict(anchor="265 ha", number="265", value=265, kind="measure", unit="ha", total=36700,
         subject="diện tích nuôi thâm canh, siêu thâm canh"),
    dict(anchor="từ 300 đến 400 kg/ha", number="300", value=300, value_max=400, kind="measure", unit="kg/ha",
         subject="năng suất tôm trong ruộng lúa bình quân", period=Y23),
    dict(anchor="từ 60 đến 80 triệu đồng", number="60", value=60e6, value_max=80e6, kind="money", unit="đồng/ha",
         subject="lợi nhuận mỗi ha", period=Y23),
    dict(anchor="4,5-5 tấn/ha", number="4,5", value=4.5, value_max=5, kind="measure", unit="tấn/ha",
         subject="năng suất vụ lúa trên đất nuôi tôm", period=Y23),
    dict(anchor="1.000-1.500 đồng/kg", number="1.000", value=1000, value_max=1500, kind="money", unit="đồng/kg",
         subject="giá bán lúa hữu cơ cao hơn lúa thường", period=Y23),
    dict(anchor="có 3,5 ha", number="3,5", value=3.5, kind="measure", unit="ha",
         subject="diện tích tôm - lúa của anh Danh Hoàng"),
    dict(anchor="180.000-200.000 đồng/kg", number="180.000", value=180000, value_max=200000, kind="money",
         unit="đồng/kg", subject="Giá tôm sú tại ruộng"),
    dict(anchor="cỡ 30 con/kg", number="30", value=30, kind="measure", unit="con/kg",
         subject="cỡ tôm sú", optional=True),
    dict(anchor="gần 250 triệu đồng", number="250", value=250e6, kind="money", unit="đồng", approx="nearly",
         subject="lãi vụ rồi của gia đình"),
    dict(anchor="từ 30.000 ha trở lên", number="30.000", value=30000, kind="measure", unit="ha", approx="at_least",
         status="target", subject="diện tích tôm - lúa ổn định", period=T25),
    dict(anchor="ít nhất 5.000 ha", number="5.000", value=5000, kind="measure", unit="ha", approx="at_least",
         status="target", total=30000, subject="diện tích tôm - lúa đạt chứng nhận hữu cơ", period=T25),
    dict(anchor="đạt 21.000 tấn/năm", number="21.000", value=21000, kind="measure", unit="tấn/năm",
         status="target", subject="sản lượng tôm nuôi", period=T25),
    dict(anchor="Sau 3 năm", number="3", value=3, kind="count", unit="năm", optional=True),
    dict(anchor="12 tổ hợp tác", number="12", value=12, kind="count", unit="tổ hợp tác",
         subject="tổ hợp tác tôm - lúa"),
    dict(anchor="4 hợp tác xã", number="4", value=4, kind="count", unit="hợp tác xã",
         subject="hợp tác xã tôm - lúa"),
    dict(anchor="1.530 thành viên", number="1.530", value=1530, kind="count", unit="thành viên",
         subject="thành viên tổ hợp tác và hợp tác xã tôm - lúa"),
    dict(anchor="3.200 ha", number="3.200", value=3200, kind="measure", unit="ha", percent=64,
         subject="diện tích tôm - lúa được chứng nhận hữu cơ"),
]

HEADER = """District portal (huyện An Minh, Kiên Giang): the shrimp-rice rotation model — areas, yields, profit, a farmer's quote, 2025 targets and progress.
No dateline anywhere (published null). Distractors: 'ấp Kinh 7B' (a name with a number), 'Chỉ thị số 08-CT/HU', 'Đề án … 1 triệu ha chuyên canh lúa'
(the name of a national programme, not a figure), 'Trang chủ / Kinh tế'. Default location An Minh.
'Đến nay' with no dateline gives no period (left null). 'gần 36.700 ha …, trong đó … khoảng 28.900 ha, chiếm 78,7%; … hơn 7.500 ha; … 265 ha' →
every part has total 36700 (the parts after ';' continue the 'trong đó' breakdown); 78,7% is the share of 28.900.
'mỗi ha cho lợi nhuận từ 60 đến 80 triệu đồng' is a per-hectare money rate (unit đồng/ha). 'cao hơn lúa thường 1.000-1.500 đồng/kg' has no host figure:
the premium is the claim (a money figure, no change). The farmer's '3,5 ha', price and profit are facts; grade 'cỡ 30 con/kg' optional.
'phấn đấu đến năm 2025' governs the clauses after it up to the sentence end ('trong đó ít nhất 5.000 ha' → total 30000).
'Sau 3 năm' is a duration (optional). '3.200 ha …, đạt 64% mục tiêu' → percent 64."""

write(7, TEXT, HEADER, FIGS, location="An Minh")
