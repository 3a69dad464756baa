from lib import F, P, I, YEAR, CH, emit

TEXT = """Thời sự › Môi trường
Thứ năm, 14/3/2024, 06:15 (GMT+7)

Hà Nội đốt hơn 5.000 tấn rác mỗi ngày để phát điện

Sau khi được nâng công suất, nhà máy điện rác lớn nhất Việt Nam tiếp nhận bình quân 5.200 tấn rác sinh hoạt mỗi ngày, chiếm khoảng 70% lượng rác thu gom của Thủ đô.

Theo Sở Tài nguyên và Môi trường Hà Nội, năm 2023 lượng chất thải rắn sinh hoạt phát sinh trên địa bàn thành phố ước khoảng 7.300 tấn/ngày, trong đó khu vực nội thành khoảng 4.100 tấn/ngày. Lượng rác này tăng bình quân 8-10% mỗi năm.

Nhà máy điện rác Nam Sơn do Công ty CP Năng lượng Xanh Thủ Đô đầu tư với tổng vốn khoảng 7.000 tỷ đồng, công suất thiết kế 4.000 tấn/ngày, phát điện 75 MW. Khối lượng rác được xử lý bằng đốt phát điện năm 2023 gấp 3,4 lần năm 2022.

Nhờ đó, lượng rác phải chôn lấp tại Khu liên hợp xử lý chất thải Nam Sơn, rộng 83,5 ha, hiện chưa đến 1.500 tấn/ngày, giảm hơn 3 lần so với năm 2022. Thành phố trả cho nhà máy đơn giá xử lý khoảng 16,3 USD/tấn, tương đương hơn 400.000 đồng/tấn.

Ngoài ra, nhà máy đốt rác phát điện tại thị xã Sơn Tây với công suất 1.000-1.500 tấn/ngày đang vận hành thử nghiệm.

Hà Nội đặt mục tiêu đến năm 2025 giảm tỷ lệ rác chôn lấp trực tiếp xuống dưới 30% và tới năm 2030 xử lý 100% rác thải sinh hoạt bằng công nghệ hiện đại.

Xe chở rác vào Nhà máy điện rác Nam Sơn, tháng 2/2024. Ảnh: Giang Huy

Võ Hải
"""

Y23 = YEAR(2023)

FIGS = [
    F("hơn 5.000 tấn rác", "5.000", 5000, "measure", "tấn/ngày", "rác đốt để phát điện", approx="over"),
    F("bình quân 5.200 tấn", "5.200", 5200, "measure", "tấn/ngày", "rác sinh hoạt nhà máy điện rác tiếp nhận bình quân",
      percent=70),
    F("ước khoảng 7.300 tấn/ngày", "7.300", 7300, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh", Y23,
      approx="about", status="estimate"),
    F("khoảng 4.100 tấn/ngày", "4.100", 4100, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh khu vực nội thành",
      Y23, approx="about", total=7300, status="estimate"),
    F("bình quân 8-10%", "8", 8, "percent", "%", "Lượng rác tăng bình quân mỗi năm", value_max=10),
    F("khoảng 7.000 tỷ", "7.000", 7000e9, "money", "đồng", "tổng vốn đầu tư Nhà máy điện rác Nam Sơn", approx="about"),
    F("thiết kế 4.000 tấn/ngày", "4.000", 4000, "measure", "tấn/ngày", "công suất thiết kế Nhà máy điện rác Nam Sơn"),
    F("điện 75 MW", "75", 75, "measure", "MW", "công suất phát điện Nhà máy điện rác Nam Sơn"),
    F("gấp 3,4 lần", "3,4", 3.4, "multiple", "lần", "Khối lượng rác được xử lý bằng đốt phát điện", Y23),
    F("rộng 83,5 ha", "83,5", 83.5, "measure", "ha", "diện tích Khu liên hợp xử lý chất thải Nam Sơn"),
    F("chưa đến 1.500 tấn/ngày", "1.500", 1500, "measure", "tấn/ngày", "lượng rác phải chôn lấp tại Khu liên hợp xử lý chất thải Nam Sơn",
      approx="under", change=CH("decrease", 3, "lần", "năm 2022", approx="over")),
    F("khoảng 16,3 USD/tấn", "16,3", 16.3, "money", "USD/tấn", "đơn giá xử lý thành phố trả cho nhà máy", approx="about"),
    F("hơn 400.000 đồng/tấn", "400.000", 400000, "money", "đồng/tấn", "đơn giá xử lý thành phố trả cho nhà máy",
      approx="over"),
    F("suất 1.000-1.500 tấn/ngày", "1.000", 1000, "measure", "tấn/ngày", "công suất nhà máy đốt rác phát điện tại thị xã Sơn Tây",
      value_max=1500, location="Sơn Tây"),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ rác chôn lấp trực tiếp", P("đến năm 2025", None, "2025-12-31"),
      approx="under", status="target"),
    F("xử lý 100% rác", "100", 100, "percent", "%", "rác thải sinh hoạt xử lý bằng công nghệ hiện đại",
      P("tới năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress style): section line, dateline 'Thứ năm, 14/3/2024, 06:15 (GMT+7)', photo caption and byline at the end.",
    "Location Hà Nội throughout (the plant is named after the commune Nam Sơn, not a district); the Sơn Tây plant -> Sơn Tây (thị xã).",
    "Headline/sapo figures and 'hiện' sentences carry no period. 'ước khoảng 7.300' -> estimate + about; the 'trong đó' part continues",
    "the estimate and takes total 7300. 'tăng bình quân 8-10% mỗi năm' is a growth rate that is the claim (range, no change).",
    "'gấp 3,4 lần năm 2022' standing alone as the sentence's claim -> multiple, period năm 2023. 'chưa đến 1.500 tấn/ngày, giảm hơn 3",
    "lần so với năm 2022' -> approx under, change decrease 3 lần (over). 'tương đương hơn 400.000 đồng/tấn' is an equivalent amount",
    "in another currency, not a share: a money figure of its own. Targets: 'đến năm 2025' (30%, under) and 'tới năm 2030' (100%).",
    "Distractors: '(GMT+7)', caption 'tháng 2/2024', company name, 'Thủ đô', byline.",
]

emit("p491-6", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hà Nội")
