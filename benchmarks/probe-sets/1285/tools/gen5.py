"""p1285-5: national newspaper: moon-cake market 2024 (Việt Nam; a Hà Nội maker, TP HCM, exports)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 12/9/2024, 06:30 (GMT+7)

Thị trường bánh trung thu trầm lắng, nhiều hãng giảm sản lượng

Nhiều hãng bánh lớn giảm 10-15% sản lượng so với năm ngoái, tập trung vào hộp bánh giá dưới 500.000 đồng.

Theo khảo sát của Hiệp hội Bánh kẹo Việt Nam, năm nay cả nước có khoảng 320 doanh nghiệp và hàng nghìn cơ sở nhỏ tham gia thị trường bánh trung thu, quy mô thị trường ước khoảng 4.500 tỷ đồng, giảm 5% so với năm 2023.

Công ty cổ phần Bánh kẹo Hải Hà Phát (Hà Nội), một trong ba nhà sản xuất lớn nhất, năm nay chỉ làm khoảng 1.200 tấn bánh, thấp hơn 12% so với năm ngoái. "Chúng tôi giữ giá bán như năm trước, hộp bánh phổ thông từ 280.000 đến 450.000 đồng", ông Đỗ Minh Quang, Phó tổng giám đốc, nói. Sản lượng bán trong tháng 8 của hãng đạt 430 tấn, bằng 36% kế hoạch mùa vụ.

Tại TP HCM, Sở Công Thương cho biết các doanh nghiệp trên địa bàn dự kiến đưa ra thị trường gần 16 triệu chiếc bánh, chiếm khoảng 40% sản lượng cả nước. Ở Hà Nội, một số cửa hàng trên phố Hàng Buồm đã giảm giá 20-30% so với đầu mùa.

Phân khúc bánh cao cấp giá từ 1,5 triệu đồng mỗi hộp trở lên chỉ chiếm khoảng 5% lượng bán. Ngược lại, bánh handmade, bánh ít đường bán chạy, có cơ sở bán gấp 3 lần năm ngoái.

Từ đầu năm đến nay, xuất khẩu bánh trung thu đạt 18 triệu USD, cả năm ước đạt 25 triệu USD, chủ yếu sang Mỹ, Úc, Nhật Bản. Trong 8 tháng đầu năm, thị trường Mỹ chiếm 42% kim ngạch.

Trúc Linh
"""

NAY = per("năm nay", "2024-01-01", "2024-12-31")
T8 = per("tháng 8", "2024-08-01", "2024-08-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")
CANAM = per("cả năm", "2024-01-01", "2024-12-31")
M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")

FIGS = [
    fig("giảm 10-15%", "10", 10, "percent", "%", value_max=15, subject="sản lượng của nhiều hãng bánh lớn"),
    fig("giá dưới 500.000", "500.000", 500000, "money", "đồng/hộp", approx="under",
        subject="giá hộp bánh", optional=True),
    fig("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp tham gia thị trường bánh trung thu", period=NAY),
    fig("hàng nghìn cơ sở", "hàng nghìn", 1000, "count", "cơ sở", approx="over",
        subject="cơ sở nhỏ tham gia thị trường bánh trung thu", period=NAY, optional=True),
    fig("ước khoảng 4.500 tỷ", "4.500", 4500e9, "money", "đồng", approx="about", status="estimate",
        change=chg("decrease", 5, "%", "năm 2023"), subject="quy mô thị trường bánh trung thu", period=NAY),
    fig("trong ba nhà", "ba", 3, "count", "nhà sản xuất", subject="nhà sản xuất lớn nhất", optional=True),
    fig("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="about",
        change=chg("decrease", 12, "%", "năm ngoái"),
        subject="bánh Công ty cổ phần Bánh kẹo Hải Hà Phát làm", period=NAY, location="Hà Nội"),
    fig("từ 280.000 đến 450.000", "280.000", 280000, "money", "đồng/hộp", value_max=450000,
        subject="giá bán hộp bánh phổ thông", location="Hà Nội"),
    fig("đạt 430 tấn", "430", 430, "measure", "tấn", percent=36,
        subject="sản lượng bán của hãng", period=T8, location="Hà Nội"),
    fig("gần 16 triệu", "16", 16e6, "count", "chiếc", approx="nearly", status="forecast", percent=40,
        subject="bánh các doanh nghiệp trên địa bàn đưa ra thị trường", location="TP Hồ Chí Minh"),
    fig("giảm giá 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="giá bánh tại một số cửa hàng trên phố Hàng Buồm", location="Hà Nội"),
    fig("từ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/hộp", approx="at_least",
        subject="giá phân khúc bánh cao cấp", optional=True),
    fig("khoảng 5% lượng", "5", 5, "percent", "%", approx="about",
        subject="lượng bán phân khúc bánh cao cấp"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="lượng bán bánh handmade, bánh ít đường của cơ sở"),
    fig("đạt 18 triệu", "18", 18e6, "money", "USD", subject="xuất khẩu bánh trung thu", period=YTD),
    fig("ước đạt 25 triệu", "25", 25e6, "money", "USD", status="estimate",
        subject="xuất khẩu bánh trung thu cả năm", period=CANAM),
    fig("chiếm 42%", "42", 42, "percent", "%", subject="thị trường Mỹ trong kim ngạch xuất khẩu bánh trung thu",
        period=M8),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 12/9/2024, 06:30 (GMT+7)' (published 2024-09-12), sapo, quote, byline.",
    "Default location Việt Nam. The maker Hải Hà Phát is placed '(Hà Nội)': its figures → Hà Nội; TP HCM and Hàng Buồm",
    "(Hà Nội) passages take their place. Mỹ is a trade partner, not a place of the figure.",
    "Distractors: 06:30, '(GMT+7)', 'năm 2023' / 'năm ngoái' / 'đầu mùa' as baselines.",
    "Sapo 'giảm 10-15% sản lượng' and 'giảm giá 20-30% so với đầu mùa' are rates as the claim (percent range, no change).",
    "Segment thresholds 'giá dưới 500.000 đồng', 'giá từ 1,5 triệu đồng mỗi hộp trở lên' define a segment: optional.",
    "'hàng nghìn cơ sở' (thousands; value and approx unsettled by the spec) and 'một trong ba nhà sản xuất lớn nhất':",
    "optional.",
    "'năm nay' → 2024 (dateline). 'quy mô thị trường ước khoảng 4.500 tỷ' → estimate + about, change -5%.",
    "'thấp hơn 12% so với năm ngoái' → decrease change. 'trong tháng 8' (year-less) → 2024, the nearest earlier period",
    "is 'năm nay' in the same paragraph. 'bằng 36% kế hoạch mùa vụ' → percent attribute.",
    "'dự kiến đưa ra thị trường gần 16 triệu chiếc, chiếm khoảng 40%' → forecast, nearly, percent 40.",
    "'có cơ sở bán gấp 3 lần năm ngoái' stands alone as the claim: multiple.",
    "'Từ đầu năm đến nay' ends at the dateline; 'cả năm ước đạt 25 triệu USD' → estimate, 2024.",
]

if __name__ == "__main__":
    write("p1285-5", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
