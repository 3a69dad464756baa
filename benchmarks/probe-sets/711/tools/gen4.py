"""p711-4: ministry site (Bộ GD&ĐT) — national school traffic accidents 2023, school buses as of 31/5/2024."""
from lib import F, P, I, CH, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tức » Tin tổng hợp
05/09/2024 | 10:45

Năm 2023, tai nạn giao thông làm 652 học sinh tử vong

Tại Hội nghị triển khai công tác bảo đảm trật tự, an toàn giao thông trong trường học tổ chức ngày 4/9 tại Hà Nội, Bộ Giáo dục và Đào tạo cho biết năm 2023 cả nước xảy ra 1.847 vụ tai nạn giao thông liên quan đến học sinh, làm chết 652 em, bị thương 1.593 em; so với năm 2022, số vụ giảm 7,3%, số người chết giảm 5,1%.

Khoảng 68% số vụ do học sinh điều khiển xe mô tô, xe gắn máy khi chưa đủ tuổi hoặc không có giấy phép lái xe. Tai nạn giao thông hiện đứng thứ 2 trong các nguyên nhân gây tử vong ở trẻ em từ 6 đến 18 tuổi; tỷ lệ tử vong do tai nạn giao thông ở nhóm tuổi này là 1,9 người/100.000 dân.

Theo báo cáo của 63/63 tỉnh, thành phố, tính đến ngày 31/5/2024 cả nước có 4.236 trường học tổ chức đưa đón học sinh bằng xe ô tô với 11.580 xe, phục vụ hơn 412.000 học sinh. Hà Nội, TP Hồ Chí Minh và Đà Nẵng là các địa phương có nhiều xe đưa đón nhất, lần lượt 2.140 xe, 1.865 xe và 426 xe.

Bộ đánh giá mô hình xe buýt trường học giúp giảm từ 20 đến 25% phương tiện cá nhân tại cổng trường vào giờ cao điểm.

Năm 2025, Bộ đề nghị các địa phương phấn đấu 100% trường học có phương án tổ chức giao thông trước cổng trường, giảm ít nhất 5% số vụ tai nạn liên quan đến học sinh so với năm 2023. Dự kiến trong tháng 10/2024, Bộ phối hợp với Ủy ban An toàn giao thông Quốc gia tập huấn cho khoảng 3.000 cán bộ phụ trách công tác an toàn giao thông của các sở, phòng giáo dục.

Cổng thông tin điện tử Bộ Giáo dục và Đào tạo - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/5/2024", None, "2024-05-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("làm 652 học sinh", "652", 652, "count", "học sinh", "học sinh tử vong do tai nạn giao thông",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("xảy ra 1.847 vụ", "1.847", 1847, "count", "vụ", "vụ tai nạn giao thông liên quan đến học sinh", Y23,
      change=CH("decrease", 7.3, "%", "năm 2022")),
    F("làm chết 652 em", "652", 652, "count", "em", "học sinh chết do tai nạn giao thông", Y23,
      change=CH("decrease", 5.1, "%", "năm 2022")),
    F("bị thương 1.593 em", "1.593", 1593, "count", "em", "học sinh bị thương do tai nạn giao thông", Y23),
    F("Khoảng 68%", "68", 68, "percent", "%",
      "số vụ do học sinh điều khiển xe mô tô, xe gắn máy khi chưa đủ tuổi hoặc không có giấy phép lái xe",
      I(Y23), approx="about"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "tai nạn giao thông trong các nguyên nhân gây tử vong ở trẻ em"),
    F("từ 6 đến 18 tuổi", "6", 6, "measure", "tuổi", "độ tuổi trẻ em", value_max=18, optional=True),
    F("là 1,9 người/100.000 dân", "1,9", 1.9, "measure", "người/100.000 dân",
      "tỷ lệ tử vong do tai nạn giao thông ở trẻ em từ 6 đến 18 tuổi"),
    F("63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố báo cáo", ASOF, total=63),
    F("có 4.236 trường học", "4.236", 4236, "count", "trường học",
      "trường học tổ chức đưa đón học sinh bằng xe ô tô", ASOF),
    F("với 11.580 xe", "11.580", 11580, "count", "xe", "xe ô tô đưa đón học sinh", ASOF),
    F("hơn 412.000 học sinh", "412.000", 412000, "count", "học sinh", "học sinh được đưa đón bằng xe ô tô", ASOF,
      approx="over"),
    F("lần lượt 2.140 xe", "2.140", 2140, "count", "xe", "xe đưa đón học sinh", I(ASOF), location="Hà Nội"),
    F("1.865 xe", "1.865", 1865, "count", "xe", "xe đưa đón học sinh", I(ASOF), location="TP Hồ Chí Minh"),
    F("và 426 xe", "426", 426, "count", "xe", "xe đưa đón học sinh", I(ASOF), location="Đà Nẵng"),
    F("từ 20 đến 25%", "20", 20, "percent", "%",
      "phương tiện cá nhân tại cổng trường vào giờ cao điểm giảm nhờ mô hình xe buýt trường học", value_max=25),
    F("phấn đấu 100% trường học", "100", 100, "percent", "%",
      "trường học có phương án tổ chức giao thông trước cổng trường", Y25, status="target"),
    F("ít nhất 5%", "5", 5, "percent", "%",
      "giảm số vụ tai nạn liên quan đến học sinh so với năm 2023", Y25, approx="at_least", status="target"),
    F("khoảng 3.000 cán bộ", "3.000", 3000, "count", "cán bộ",
      "cán bộ phụ trách công tác an toàn giao thông được tập huấn",
      P("trong tháng 10/2024", "2024-10-01", "2024-10-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ GD&ĐT site: tai nạn giao thông liên quan đến học sinh năm 2023, xe đưa đón học sinh tính đến 31/5/2024; dateline '05/09/2024 | 10:45'.",
    "National figures: location Việt Nam; 'lần lượt' list items take the province as location. Address '35 Đại Cồ Việt', 'ngày 4/9' are not figures.",
    "'so với năm 2022, số vụ giảm 7,3%, số người chết giảm 5,1%' are the changes of 1.847 vụ and 652 em (each names its indicator).",
    "Age range 'từ 6 đến 18 tuổi' defines a group: optional. '63/63 tỉnh, thành phố' is a count of provinces (total 63), same sentence as the as-of date.",
    "'Năm 2025, … phấn đấu' governs both target clauses; 'Dự kiến trong tháng 10/2024' is a forecast.",
]

if __name__ == "__main__":
    emit("p711-4", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
