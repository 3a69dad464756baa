"""p1314-6: national newspaper (weekday dateline with GMT+7): falling pellet prices, a firm in huyện Tam Nông (Phú Thọ)."""
from lib import fig, period, inherit, change, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 14/10/2024, 07:30 (GMT+7)

Giá viên nén gỗ giảm, doanh nghiệp tìm đường sang châu Âu

Giá viên nén gỗ xuất khẩu sang Nhật Bản, Hàn Quốc giảm 8-10% so với đầu năm khiến nhiều nhà máy phải thu hẹp sản xuất.

Theo Tổng cục Hải quan, 9 tháng năm 2024, Việt Nam xuất khẩu hơn 4,1 triệu tấn viên nén gỗ, thu về khoảng 548 triệu USD, tăng 14% về lượng so với cùng kỳ. Giá bình quân chỉ còn 133 USD/tấn, thấp hơn 17 USD so với cùng kỳ năm ngoái.

Ông Lê Minh Hải, Giám đốc Công ty cổ phần Lâm sản Trung Hà ở huyện Tam Nông (Phú Thọ), cho biết công ty có hai nhà máy với tổng công suất 150.000 tấn/năm, nhưng từ đầu năm đến nay chỉ chạy khoảng 60% công suất. "Đơn hàng từ Nhật Bản giảm khoảng 40%, chúng tôi phải cho 40 trong số 220 công nhân nghỉ luân phiên", ông Hải nói.

Theo Hiệp hội Năng lượng sạch Việt Nam, cả nước có khoảng 90 nhà máy viên nén, trong đó khoảng 20% đã có chứng nhận bền vững SBP hoặc FSC. Từ năm 2026, Nhật Bản yêu cầu toàn bộ nhiên liệu sinh khối nhập khẩu phải chứng minh nguồn gốc bền vững, nên nhiều doanh nghiệp tìm đến thị trường châu Âu, nơi giá mua hiện ở mức 150-155 USD/tấn.

"Doanh nghiệp phải đầu tư vùng nguyên liệu có chứng chỉ, nếu không sẽ mất thị trường", ông Đỗ Văn Khải, Phó chủ tịch Hiệp hội Gỗ và Lâm sản Việt Nam nhận định. Hiệp hội dự báo cả năm 2024 xuất khẩu viên nén đạt khoảng 5,6 triệu tấn, trị giá trên 750 triệu USD.

Minh Châu
"""

NINE = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
TN = "Tam Nông"

FIGS = [
    fig("giảm 8-10%", "8", 8, "percent", "%", value_max=10,
        subject="giá viên nén gỗ xuất khẩu sang Nhật Bản, Hàn Quốc"),
    fig("hơn 4,1 triệu", "4,1", 4.1e6, "measure", "tấn", approx="over",
        change=change("increase", 14, "%", "cùng kỳ"), subject="viên nén gỗ xuất khẩu", period=NINE),
    fig("khoảng 548 triệu", "548", 548e6, "money", "USD", approx="about",
        subject="kim ngạch xuất khẩu viên nén gỗ", period=NINE),
    fig("còn 133 USD/tấn", "133", 133, "money", "USD/tấn",
        change=change("decrease", 17, "USD", "cùng kỳ năm ngoái"),
        subject="giá bình quân viên nén gỗ xuất khẩu", period=inherit(NINE)),
    fig("có hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy của Công ty cổ phần Lâm sản Trung Hà",
        location=TN),
    fig("suất 150.000 tấn/năm", "150.000", 150000, "measure", "tấn/năm", subject="tổng công suất hai nhà máy",
        location=TN),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="mức chạy so với công suất của công ty",
        period=YTD, location=TN),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="đơn hàng từ Nhật Bản",
        location=TN),
    fig("40 trong số", "40", 40, "count", "công nhân", total=220, subject="công nhân nghỉ luân phiên",
        location=TN),
    fig("khoảng 90 nhà máy", "90", 90, "count", "nhà máy", approx="about", subject="nhà máy viên nén"),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about",
        subject="tỷ lệ nhà máy viên nén đã có chứng nhận bền vững SBP hoặc FSC"),
    fig("mức 150-155", "150", 150, "money", "USD/tấn", value_max=155,
        subject="giá mua viên nén ở thị trường châu Âu"),
    fig("khoảng 5,6 triệu", "5,6", 5.6e6, "measure", "tấn", approx="about", status="forecast",
        subject="xuất khẩu viên nén", period=Y24),
    fig("trên 750 triệu", "750", 750e6, "money", "USD", approx="over", status="forecast",
        subject="trị giá xuất khẩu viên nén", period=Y24),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 14/10/2024, 07:30 (GMT+7)', sapo, quotes, byline 'Minh Châu' at the end.",
    "Distractors: 'Thứ hai' (weekday), 07:30, '(GMT+7)', 'Từ năm 2026' (a year), SBP/FSC.",
    "Location Việt Nam for national figures; the firm in huyện Tam Nông (Phú Thọ) → Tam Nông for its 5 figures.",
    "Nhật Bản, Hàn Quốc, châu Âu are markets, not places of a figure: the European price stays Việt Nam (borderline: it is a foreign price).",
    "'thu về khoảng 548 triệu USD, tăng 14% về lượng so với cùng kỳ': 'về lượng' sends the change to the tonnes (4,1 triệu tấn),",
    "across the money clause; the 548 triệu USD has no change.",
    "Sapo 'giảm 8-10% so với đầu năm' and 'Đơn hàng ... giảm khoảng 40%' are rates as the claim: percent figures without change.",
    "'40 trong số 220 công nhân' → 40 with total 220 (the whole after 'trong số' is an attribute, like the number after '/').",
    "'trong đó khoảng 20%' is a percent figure of its own. 'từ đầu năm đến nay' ends at the dateline 2024-10-14.",
    "'dự báo' governs both figures of the last sentence (forecast); the quote's sentence and 'hiện' prices have no period.",
]

if __name__ == "__main__":
    write("p1314-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Việt Nam")
