"""p924-6: national newspaper (VnExpress style dateline) - xưởng chân tay giả ở Cần Thơ; national figures."""
from lib import F, period, carried, change, target, write_set

TEXT = """
Thời sự › Dân sinh
Thứ bảy, 5/10/2024, 07:30 (GMT+7)
Xưởng chân tay giả cho người nghèo ở Cần Thơ
Mỗi tháng, xưởng chỉnh hình trên đường 3/2, quận Ninh Kiều làm khoảng 60 chân tay giả, phần lớn tặng miễn phí cho người khuyết tật nghèo.

Xưởng của Trung tâm Chỉnh hình và Phục hồi chức năng TP Cần Thơ rộng khoảng 400 m2, có 14 kỹ thuật viên. Từ đầu năm đến nay, xưởng đã lắp 512 chân tay giả, tăng gần 20% so với cùng kỳ năm ngoái, trong đó có 438 chân giả và 74 tay giả.

Theo ông Lê Minh Hoàng, Giám đốc trung tâm, một chân giả dưới gối có giá thành 6-8 triệu đồng, chân giả trên gối 15-20 triệu đồng, loại có khớp gối thủy lực nhập khẩu giá khoảng 150 triệu đồng. Người có thẻ bảo hiểm y tế được quỹ chi trả theo định mức, phần còn lại do nhà tài trợ hỗ trợ. "Một chiếc chân giả dùng được 3-5 năm, sau đó phải thay", ông Hoàng nói.

Cả nước hiện có khoảng 7 triệu người khuyết tật, trong đó ước tính hơn 100.000 người bị cụt chi cần chân tay giả. Tuy nhiên, mỗi năm các cơ sở chỉnh hình trong nước chỉ sản xuất khoảng 12.000 sản phẩm, đáp ứng chưa đến 30% nhu cầu.

Tại Cần Thơ, theo Sở Lao động - Thương binh và Xã hội, 9 tháng đầu năm thành phố đã trao 215 xe lăn, 38 xe lắc và 96 máy trợ thính, tổng trị giá hơn 1,3 tỷ đồng. Thành phố phấn đấu đến cuối năm 2024 nâng tổng số người khuyết tật được hỗ trợ phương tiện lên 450 người.

Huỳnh Nga
"""

SINCE = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")
M9 = period("9 tháng đầu năm", "2024-01-01", "2024-09-30")
VN = "Việt Nam"

FIGS = [
    F("làm khoảng 60 chân tay giả", "60", 60, "count", "chân tay giả", "chân tay giả xưởng chỉnh hình làm mỗi tháng",
      approx="about"),
    F("khoảng 400 m2", "400", 400, "measure", "m2", "diện tích xưởng", approx="about"),
    F("có 14 kỹ thuật viên", "14", 14, "count", "kỹ thuật viên", "kỹ thuật viên của xưởng"),
    F("lắp 512 chân tay giả", "512", 512, "count", "chân tay giả", "chân tay giả xưởng đã lắp", SINCE,
      change=change("increase", 20, "%", "cùng kỳ năm ngoái", approx="nearly")),
    F("có 438 chân giả", "438", 438, "count", "chân giả", "chân giả đã lắp", SINCE, total=512),
    F("74 tay giả", "74", 74, "count", "tay giả", "tay giả đã lắp", SINCE, total=512),
    F("giá thành 6-8 triệu", "6", 6e6, "money", "đồng", "giá thành một chân giả dưới gối", value_max=8e6),
    F("15-20 triệu", "15", 15e6, "money", "đồng", "giá thành chân giả trên gối", value_max=20e6),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng", "giá chân giả có khớp gối thủy lực nhập khẩu",
      approx="about"),
    F("dùng được 3-5 năm", "3", 3, "measure", "năm", "thời gian sử dụng một chiếc chân giả", value_max=5),
    F("khoảng 7 triệu người", "7", 7e6, "count", "người", "người khuyết tật", approx="about", location=VN),
    F("hơn 100.000 người", "100.000", 100000, "count", "người", "người bị cụt chi cần chân tay giả", approx="over",
      total=7e6, status="estimate", location=VN),
    F("khoảng 12.000 sản phẩm", "12.000", 12000, "count", "sản phẩm",
      "sản phẩm các cơ sở chỉnh hình trong nước sản xuất mỗi năm", approx="about", location=VN),
    F("chưa đến 30%", "30", 30, "percent", "%", "tỷ lệ đáp ứng nhu cầu chân tay giả", approx="under", location=VN),
    F("trao 215 xe lăn", "215", 215, "count", "xe lăn", "xe lăn trao cho người khuyết tật", M9),
    F("38 xe lắc", "38", 38, "count", "xe lắc", "xe lắc trao cho người khuyết tật", M9),
    F("96 máy trợ thính", "96", 96, "count", "máy trợ thính", "máy trợ thính trao cho người khuyết tật", M9),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "tổng trị giá xe lăn, xe lắc, máy trợ thính", M9,
      approx="over"),
    F("lên 450 người", "450", 450, "count", "người", "tổng số người khuyết tật được hỗ trợ phương tiện",
      period("đến cuối năm 2024", end="2024-12-31"), status="target"),
]

NOTES = [
    "National newspaper (VnExpress-style 'Thứ bảy, 5/10/2024, 07:30 (GMT+7)'), byline at the end: xưởng chân tay giả ở Cần Thơ + national need.",
    "Not figures: 'đường 3/2' (road), '07:30', '(GMT+7)', 'Thứ bảy'. The workshop's figures are located in Cần Thơ (quận Ninh Kiều is",
    "only its address); national sentences ('Cả nước') are Việt Nam. '3-5 năm' (lifespan) is a measure range; price ranges are money ranges.",
    "'đáp ứng chưa đến 30% nhu cầu' (no đạt/chiếm/bằng cue, a different whole) is a percent figure of its own. 'ước tính hơn 100.000' = estimate.",
    "Year-less '9 tháng đầu năm' and 'Từ đầu năm đến nay' take 2024 from the dateline.",
]

write_set("p924-6", TEXT, FIGS, NOTES, published="2024-10-05", location="Cần Thơ")
