"""p1216-6: national newspaper, carton packaging makers in Long An full of orders; national figures."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ Năm, 14/3/2024, 06:00 (GMT+7)

Doanh nghiệp bao bì carton kín đơn hàng đến quý II

Nhu cầu thùng carton cho hàng xuất khẩu tăng mạnh từ đầu năm, nhiều nhà máy bao bì ở Long An chạy hết công suất.

Tại KCN Tân Đức (huyện Đức Hòa, Long An), Công ty CP Bao bì Xanh Việt sản xuất 4,2 triệu m2 bìa carton trong tháng 2, gấp 1,6 lần cùng kỳ. Công ty có 3 dây chuyền sóng, tổng công suất khoảng 55 triệu m2/năm. Ông Lê Quang Vinh, Phó giám đốc công ty, cho biết đơn hàng đã kín đến hết quý II; công ty đang tuyển thêm 150 công nhân, lương khởi điểm 7,5 triệu đồng/tháng.

Theo Sở Công Thương Long An, tỉnh hiện có 62 doanh nghiệp sản xuất bao bì giấy, sản lượng năm 2023 khoảng 410.000 tấn. Giá giấy cuộn làm thùng carton trong nước hiện ở mức 11,5-12 triệu đồng/tấn, tăng khoảng 10% so với cuối năm 2023.

Trên phạm vi cả nước, theo Tổng cục Thống kê, 2 tháng đầu năm chỉ số sản xuất ngành giấy và sản phẩm từ giấy tăng 23,5% so với cùng kỳ; xuất khẩu giấy và sản phẩm từ giấy đạt 272 triệu USD, tăng 35,4%.

Tuy vậy, bà Trần Thu Hà, đại diện Hiệp hội Giấy và Bột giấy Việt Nam, lưu ý khoảng 70% giấy bao bì trong nước được sản xuất từ giấy thu hồi, trong khi tỷ lệ thu gom giấy đã qua sử dụng mới đạt khoảng 45%, nên doanh nghiệp vẫn phải nhập gần 2 triệu tấn giấy phế liệu mỗi năm. Hiệp hội dự báo cả năm 2024 nhu cầu bao bì carton tăng 8-10%.

Hoàng Nam
"""

FEB = P("tháng 2", "2024-02-01", "2024-02-29")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("2 tháng đầu năm", "2023-01-01", "2023-02-28")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
DH = "Đức Hòa"
VN = "Việt Nam"

FIGS = [
    F("sản xuất 4,2 triệu m2", "4,2", 4.2e6, "measure", "m2", change=C("increase", 1.6, "lần", "cùng kỳ"),
      subject="bìa carton Công ty CP Bao bì Xanh Việt sản xuất", period=FEB, location=DH),
    F("có 3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền sóng của công ty", location=DH),
    F("khoảng 55 triệu m2", "55", 55e6, "measure", "m2/năm", approx="about",
      subject="tổng công suất các dây chuyền sóng", location=DH),
    F("thêm 150 công nhân", "150", 150, "count", "công nhân", subject="công nhân công ty đang tuyển thêm", location=DH),
    F("khởi điểm 7,5 triệu", "7,5", 7.5e6, "money", "đồng/tháng", subject="lương khởi điểm công nhân", location=DH),
    F("có 62 doanh nghiệp", "62", 62, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bao bì giấy"),
    F("khoảng 410.000 tấn", "410.000", 410000, "measure", "tấn", approx="about",
      subject="sản lượng bao bì giấy", period=Y23),
    F("mức 11,5-12 triệu", "11,5", 11.5e6, "money", "đồng/tấn", value_max=12e6,
      change=C("increase", 10, "%", "cuối năm 2023", approx="about"),
      subject="giá giấy cuộn làm thùng carton trong nước", location=VN),
    F("tăng 23,5%", "23,5", 23.5, "percent", "%",
      subject="chỉ số sản xuất ngành giấy và sản phẩm từ giấy", period=M2, location=VN),
    F("đạt 272 triệu USD", "272", 272e6, "money", "USD", change=C("increase", 35.4),
      subject="xuất khẩu giấy và sản phẩm từ giấy", period=M2, location=VN),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ giấy bao bì trong nước sản xuất từ giấy thu hồi", location=VN),
    F("khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ lệ thu gom giấy đã qua sử dụng", location=VN),
    F("gần 2 triệu tấn", "2", 2e6, "measure", "tấn", approx="nearly",
      subject="giấy phế liệu nhập khẩu mỗi năm", location=VN),
    F("tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
      subject="tăng trưởng nhu cầu bao bì carton", period=Y24, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 14/3/2024, 06:00 (GMT+7)'. Carton makers in Long An; company in KCN Tân Đức, huyện Đức Hòa.",
    "Distractors: '(GMT+7)', time 06:00, 'quý II' (headline and quote, time only), 'Kinh doanh › Doanh nghiệp'.",
    "'gấp 1,6 lần cùng kỳ' after 4,2 triệu m2 is its change (increase 1.6 lần). 'tháng 2' and '2 tháng đầu năm' take 2024 from the dateline.",
    "Location: company figures Đức Hòa; province figures Long An (default); 'trong nước', 'cả nước' and the association's figures Việt Nam.",
    "revised after the run: '2 tháng đầu năm' 2024 -> 2023. FIGURES.md §3: a year-less phrase takes the year of the nearest earlier",
    "  period ('sản lượng năm 2023' in the paragraph before), before published. A reader would say 2024 (see REPORT.md).",
    "The paper price 'trong nước' is a national price (Việt Nam); it carries the change 'tăng khoảng 10% so với cuối năm 2023'.",
]

if __name__ == "__main__":
    write("p1216-6", TEXT, NOTES, FIGS, published="2024-03-14", location="Long An")
