from lib import F, P, I, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG - CỤC THƯƠNG MẠI ĐIỆN TỬ VÀ KINH TẾ SỐ
Trang chủ | Tin tức | Hoạt động của Cục
Ngày đăng: 23/04/2024 | Lượt xem: 3.127

Công bố Báo cáo Chỉ số Thương mại điện tử Việt Nam năm 2024

Sáng 22/4, tại Hà Nội, Hiệp hội Thương mại điện tử Việt Nam phối hợp với Cục Thương mại điện tử và Kinh tế số công bố Báo cáo Chỉ số Thương mại điện tử (EBI) lần thứ 12.

Theo báo cáo, năm 2023 quy mô thị trường thương mại điện tử bán lẻ (B2C) của Việt Nam đạt 20,5 tỷ USD, tăng 25% so với năm 2022, chiếm khoảng 8% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước. Cả nước có khoảng 60 triệu người tham gia mua sắm trực tuyến; giá trị mua sắm bình quân đạt 285 USD/người/năm.

Về chỉ số EBI năm 2024, Hà Nội và TP. Hồ Chí Minh tiếp tục dẫn đầu với số điểm lần lượt là 91,2 và 90,6; tiếp theo là Đà Nẵng (66,4 điểm), Bình Dương (62,1 điểm), Hải Phòng (60,8 điểm). Bắc Ninh xếp thứ 7, tăng 3 bậc so với năm 2023.

Khảo sát 4.800 doanh nghiệp cho thấy 42% doanh nghiệp có website, 18% doanh nghiệp đã kinh doanh trên sàn thương mại điện tử. Về phương thức thanh toán, tiền mặt khi nhận hàng vẫn chiếm 58%, chuyển khoản ngân hàng chiếm 27%, ví điện tử chiếm 21%.

Theo Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021-2025 ban hành kèm Quyết định số 645/QĐ-TTg, đến năm 2025 có 55% dân số tham gia mua sắm trực tuyến; doanh thu thương mại điện tử B2C đạt 35 tỷ USD, chiếm 10% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cả nước.

Cục Thương mại điện tử và Kinh tế số, số 25 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.5512.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
E24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
EBI = "chỉ số thương mại điện tử (EBI)"

FIGS = [
    F("đạt 20,5 tỷ USD", "20,5", 20.5e9, "money", "USD", "quy mô thị trường thương mại điện tử bán lẻ (B2C)", Y23,
      change=CH("increase", 25, baseline="năm 2022"), percent=8),
    F("có khoảng 60 triệu người", "60", 60e6, "count", "người", "người tham gia mua sắm trực tuyến", I(Y23),
      approx="about"),
    F("đạt 285 USD", "285", 285, "money", "USD/người/năm", "giá trị mua sắm bình quân", I(Y23)),
    F("lần lượt là 91,2", "91,2", 91.2, "measure", "điểm", EBI, E24, location="Hà Nội"),
    F("91,2 và 90,6", "90,6", 90.6, "measure", "điểm", EBI, E24, location="Thành phố Hồ Chí Minh"),
    F("Đà Nẵng (66,4 điểm)", "66,4", 66.4, "measure", "điểm", EBI, E24, location="Đà Nẵng"),
    F("Bình Dương (62,1 điểm)", "62,1", 62.1, "measure", "điểm", EBI, E24, location="Bình Dương"),
    F("Hải Phòng (60,8 điểm)", "60,8", 60.8, "measure", "điểm", EBI, E24, location="Hải Phòng"),
    F("xếp thứ 7", "7", 7, "rank", "hạng", EBI, I(E24), location="Bắc Ninh",
      change=CH("increase", 3, "bậc", baseline="năm 2023")),
    F("Khảo sát 4.800 doanh nghiệp", "4.800", 4800, "count", "doanh nghiệp", "doanh nghiệp được khảo sát"),
    F("cho thấy 42%", "42", 42, "percent", "%", "doanh nghiệp có website"),
    F("website, 18%", "18", 18, "percent", "%", "doanh nghiệp đã kinh doanh trên sàn thương mại điện tử"),
    F("chiếm 58%", "58", 58, "percent", "%", "tiền mặt khi nhận hàng trong phương thức thanh toán"),
    F("chiếm 27%", "27", 27, "percent", "%", "chuyển khoản ngân hàng trong phương thức thanh toán"),
    F("chiếm 21%", "21", 21, "percent", "%", "ví điện tử trong phương thức thanh toán"),
    F("có 55% dân số", "55", 55, "percent", "%", "dân số tham gia mua sắm trực tuyến", T25, status="target"),
    F("đạt 35 tỷ USD", "35", 35e9, "money", "USD", "doanh thu thương mại điện tử B2C", T25, status="target", percent=10),
]

COMMENTS = [
    "p561-4 Ministry site (Bộ Công Thương, Cục TMĐT và KTS): EBI 2024 report, national B2C market 2023, provincial index scores, survey, 2025 targets.",
    "National figures: location Việt Nam. Index list ('lần lượt là 91,2 và 90,6', bracketed items): subject = the index, place in location.",
    "'chiếm khoảng 8%' and 'chiếm 10%' after a money figure are its percent. 'xếp thứ 7, tăng 3 bậc' is a rank with change (as shared h04).",
    "285 USD/người/năm is money with the rate in the unit. The survey shares 42%/18%/58%/27%/21% are percent figures (no base amount).",
    "Distractors: 'lần thứ 12' (ordinal), 'Sáng 22/4', Quyết định số 645/QĐ-TTg, 'giai đoạn 2021-2025' (plan name),",
    "address 'số 25 Ngô Quyền', phone 024.2220.5512, Lượt xem: 3.127, the 2024 in the headline (report name).",
]

emit("p561-4", TEXT, COMMENTS, FIGS, published="2024-04-23", location="Việt Nam")
