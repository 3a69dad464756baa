"""p742-6: national press (VnExpress-like dateline), TP HCM charity kitchens squeezed by food prices, 4/2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Dân sinh

Thứ bảy, 20/4/2024, 06:30 (GMT+7)

Bếp ăn từ thiện gồng mình trước giá thực phẩm tăng

Giá gạo, thịt, rau tăng khiến nhiều bếp ăn từ thiện ở TP HCM phải giảm suất hoặc chuyển sang phát cách ngày.

Theo Ủy ban MTTQ Việt Nam TP HCM, thành phố hiện có khoảng 460 quán cơm, bếp ăn từ thiện, giảm gần 40 điểm so với cuối năm 2023. Khảo sát tại các chợ đầu mối cho thấy giá gạo tẻ thường tăng từ 15 đến 20% so với đầu năm, rau củ tăng khoảng 10%.

Bếp cơm của bà Lê Thị Mai trên đường 3 Tháng 2, quận 10, trước đây mỗi suất tốn khoảng 18.000 đồng, nay lên 23.000 đồng. Bếp của bà trước phát 300 suất mỗi trưa, nay chỉ còn 220 suất. "Người đến xin cơm thì đông hơn, có hôm gấp rưỡi ngày thường", bà Mai nói.

Ở quận 5, nhóm thiện nguyện Hạt Gạo Yêu Thương nấu khoảng 1.000 suất cháo mỗi tuần cho bệnh nhân Bệnh viện Chợ Rẫy, chi phí hơn 12 triệu đồng/tuần. Trưởng nhóm Nguyễn Văn Tùng (45 tuổi) cho biết số nhà hảo tâm góp đều đặn hằng tháng giảm từ 70 xuống còn 48 người.

Khảo sát nhanh của Thành đoàn tại 120 bếp ăn trong tháng 3 cho thấy 68 bếp, tương đương 56,7%, có nguồn tài trợ giảm; 23 bếp đã tạm ngưng hoạt động.

Để hỗ trợ, Quỹ Vì người nghèo TP dự kiến trích 5 tỷ đồng, ưu tiên khoảng 150 bếp ăn tại bệnh viện, mỗi bếp được hỗ trợ tối đa 30 triệu đồng. Người dân muốn đóng góp có thể liên hệ Quỹ tại số 55 Bà Huyện Thanh Quan, quận 3.

Thu Hằng
"""

T3 = P("tháng 3", "2024-03-01", "2024-03-31")

FIGS = [
    F("khoảng 460 quán cơm", "460", 460, "count", "quán cơm", "quán cơm, bếp ăn từ thiện", approx="about",
      change=CH("decrease", 40, "điểm", "cuối năm 2023", approx="nearly")),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "giá gạo tẻ tăng so với đầu năm", value_max=20),
    F("khoảng 10%", "10", 10, "percent", "%", "giá rau củ tăng", approx="about"),
    F("khoảng 18.000 đồng", "18.000", 18000, "money", "đồng", "chi phí mỗi suất trước đây", approx="about",
      location="quận 10"),
    F("lên 23.000 đồng", "23.000", 23000, "money", "đồng", "chi phí mỗi suất hiện nay", location="quận 10"),
    F("phát 300 suất", "300", 300, "count", "suất", "suất bếp phát mỗi trưa trước đây", location="quận 10"),
    F("còn 220 suất", "220", 220, "count", "suất", "suất bếp phát mỗi trưa hiện nay", location="quận 10"),
    F("gấp rưỡi ngày thường", "rưỡi", 1.5, "multiple", "lần", "người đến xin cơm so với ngày thường",
      location="quận 10", optional=True),
    F("khoảng 1.000 suất cháo", "1.000", 1000, "count", "suất cháo",
      "suất cháo nhóm Hạt Gạo Yêu Thương nấu mỗi tuần cho bệnh nhân Bệnh viện Chợ Rẫy", approx="about",
      location="quận 5"),
    F("hơn 12 triệu đồng/tuần", "12", 12e6, "money", "đồng/tuần", "chi phí nấu cháo", approx="over",
      location="quận 5"),
    F("(45 tuổi)", "45", 45, "measure", "tuổi", "tuổi trưởng nhóm Nguyễn Văn Tùng", location="quận 5", optional=True),
    F("từ 70 xuống", "70", 70, "count", "người", "nhà hảo tâm góp đều đặn hằng tháng trước đây", location="quận 5"),
    F("còn 48 người", "48", 48, "count", "người", "nhà hảo tâm góp đều đặn hằng tháng hiện nay", location="quận 5"),
    F("tại 120 bếp ăn", "120", 120, "count", "bếp ăn", "bếp ăn Thành đoàn khảo sát nhanh", T3),
    F("68 bếp", "68", 68, "count", "bếp", "bếp có nguồn tài trợ giảm", T3, total=120, percent=56.7),
    F("23 bếp", "23", 23, "count", "bếp", "bếp đã tạm ngưng hoạt động", T3, total=120),
    F("trích 5 tỷ đồng", "5", 5e9, "money", "đồng", "kinh phí Quỹ Vì người nghèo TP trích hỗ trợ bếp ăn",
      status="forecast"),
    F("khoảng 150 bếp ăn", "150", 150, "count", "bếp ăn", "bếp ăn tại bệnh viện được ưu tiên hỗ trợ",
      approx="about", status="forecast"),
    F("tối đa 30 triệu đồng", "30", 30e6, "money", "đồng", "mức hỗ trợ mỗi bếp", approx="at_most",
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-style dateline 'Thứ bảy, 20/4/2024, 06:30 (GMT+7)', byline at the end): TP HCM charity kitchens",
    "and rising food prices. 'đường 3 Tháng 2', 'quận 10', 'quận 5', 'quận 3', 'số 55', '(GMT+7)', the dateline are not figures;",
    "ages '(45 tuổi)' optional; 'gấp rưỡi ngày thường' (×1,5 in a quote, a word, not a numeral) optional.",
    "Price rises 'tăng từ 15 đến 20% so với đầu năm' / 'tăng khoảng 10%' are rates that are the claim: percent figures, no change.",
    "'giảm gần 40 điểm so với cuối năm 2023' is the change of 460 (unit điểm = sites). 'trước … 18.000 đồng, nay lên 23.000 đồng'",
    "and 'giảm từ 70 xuống còn 48 người' are two figures each (old and new level, no change amount stated).",
    "A single kitchen in quận 10 / a group in quận 5 takes that district as location. 'tháng 3' takes 2024 from the dateline.",
    "'tương đương 56,7%' is the share of 68 bếp; 68 and 23 are parts of the 120 surveyed ('trong số' sense: survey of 120).",
    "'dự kiến' governs the whole last support sentence (forecast); 'tối đa' = at_most.",
]

if __name__ == "__main__":
    emit("p742-6", TEXT, COMMENTS, FIGS, published="2024-04-20", location="TP Hồ Chí Minh")
