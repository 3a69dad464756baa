"""p564-6: national press (VnExpress style) - record farm-gate coffee prices by province, pepper prices, exports."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 3/6/2024, 07:00 (GMT+7)
Giá cà phê trong nước vượt 130.000 đồng một kg

Giá cà phê nhân xô trong nước tuần qua tăng 8.000-9.000 đồng mỗi kg, lên mức cao nhất lịch sử.

Theo khảo sát ngày 2/6/2024, giá cà phê nhân xô tại Đắk Nông, Đắk Lắk, Gia Lai và Lâm Đồng lần lượt là 131.200 đồng, 130.800 đồng, 130.500 đồng và 129.700 đồng một kg. So với đầu năm, mỗi kg cà phê đã tăng khoảng 60.000 đồng, tương đương 85%.

Nguyên nhân chính là nguồn cung khan hiếm. Hiệp hội Cà phê - Ca cao Việt Nam (Vicofa) ước tính sản lượng cà phê năm nay giảm khoảng 10%, còn 1,6 triệu tấn do hạn hán kéo dài tại Tây Nguyên. Trên sàn London, giá Robusta giao tháng 7 chốt phiên 31/5 ở mức 4.350 USD một tấn.

Trong khi đó, 5 tháng đầu năm, xuất khẩu cà phê đạt 816.000 tấn, trị giá 3,1 tỷ USD, tăng 47% so với cùng kỳ năm ngoái, theo Tổng cục Hải quan. Giá xuất khẩu bình quân tháng 5 đạt 4.120 USD một tấn, cao nhất từ trước tới nay.

Giá hồ tiêu cũng tăng mạnh, hiện ở mức 150.000-155.000 đồng một kg, cao gấp 1,6 lần so với đầu năm.

Ông Nguyễn Văn Hưng, chủ đại lý thu mua ở huyện Cư Kuin (Đắk Lắk), cho biết giá tăng khiến nông dân găm hàng, mỗi ngày đại lý chỉ mua được 3-5 tấn, giảm 70% so với cùng kỳ. Theo ông, khoảng 30% số hộ đã bán hết cà phê từ đầu vụ với giá dưới 70.000 đồng/kg nên không được hưởng lợi.

Thi Hà
"""

D = P("ngày 2/6/2024", "2024-06-02", "2024-06-02")
M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    F("vượt 130.000 đồng", "130.000", 130000, "money", "đồng/kg", "giá cà phê trong nước", approx="over"),
    F("tăng 8.000-9.000 đồng", "8.000", 8000, "money", "đồng/kg", "mức tăng giá cà phê nhân xô trong nước tuần qua",
      value_max=9000),
    F("là 131.200 đồng", "131.200", 131200, "money", "đồng/kg", "giá cà phê nhân xô", D, location="Đắk Nông"),
    F("131.200 đồng, 130.800 đồng", "130.800", 130800, "money", "đồng/kg", "giá cà phê nhân xô", D, location="Đắk Lắk"),
    F("130.500 đồng", "130.500", 130500, "money", "đồng/kg", "giá cà phê nhân xô", D, location="Gia Lai"),
    F("129.700 đồng", "129.700", 129700, "money", "đồng/kg", "giá cà phê nhân xô", D, location="Lâm Đồng"),
    F("khoảng 60.000 đồng", "60.000", 60000, "money", "đồng/kg", "mức tăng giá cà phê so với đầu năm", approx="about", percent=85),
    F("còn 1,6 triệu tấn", "1,6", 1600000, "measure", "tấn", "sản lượng cà phê",
      P("năm nay", "2024-01-01", "2024-12-31"), change=CH("decrease", 10, "%", approx="about"), status="estimate"),
    F("mức 4.350 USD", "4.350", 4350, "money", "USD/tấn", "giá Robusta giao tháng 7 trên sàn London",
      P("phiên 31/5", "2024-05-31", "2024-05-31"), location=""),
    F("đạt 816.000 tấn", "816.000", 816000, "measure", "tấn", "xuất khẩu cà phê", M5),
    F("trị giá 3,1 tỷ USD", "3,1", 3100000000, "money", "USD", "trị giá xuất khẩu cà phê", M5,
      change=CH("increase", 47, "%", "cùng kỳ năm ngoái")),
    F("đạt 4.120 USD", "4.120", 4120, "money", "USD/tấn", "giá xuất khẩu bình quân",
      P("tháng 5", "2024-05-01", "2024-05-31")),
    F("mức 150.000-155.000", "150.000", 150000, "money", "đồng/kg", "giá hồ tiêu", value_max=155000,
      change=CH("increase", 1.6, "lần", "đầu năm")),
    F("mua được 3-5 tấn", "3", 3, "measure", "tấn/ngày", "lượng cà phê đại lý mua được mỗi ngày", value_max=5,
      change=CH("decrease", 70, "%", "cùng kỳ"), location="Cư Kuin"),
    F("khoảng 30% số hộ", "30", 30, "percent", "%", "số hộ đã bán hết cà phê từ đầu vụ", approx="about", location="Cư Kuin"),
    F("dưới 70.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá bán cà phê từ đầu vụ", approx="under", location="Cư Kuin"),
]

COMMENTS = [
    "National press (VnExpress style): giá cà phê nhân xô lập đỉnh đầu tháng 6/2024, giá theo tỉnh, sản lượng, xuất khẩu, giá tiêu.",
    "'Thứ hai, 3/6/2024, 07:00 (GMT+7)' is the dateline. 'giao tháng 7', 'phiên 31/5', 'ngày 2/6/2024' are dates, not figures.",
    "Choice: a price on a named day ('khảo sát ngày 2/6/2024', 'phiên 31/5') has that day as start and end (the spec has no single-day row).",
    "'đồng một kg' / 'USD một tấn' are read as the rates đồng/kg, USD/tấn. The 'lần lượt' list: one figure per province (location).",
    "'tăng 8.000-9.000 đồng mỗi kg' and 'tăng khoảng 60.000 đồng, tương đương 85%' are increments stated as the claim, with no base",
    "amount in the sentence: money figures (the 85% after 'tương đương' is the percent of 60.000). 'giảm khoảng 10%, còn 1,6 triệu tấn':",
    "the decrease is the change of 1,6 triệu tấn (estimate, 'năm nay' = 2024). The London futures price is no place's (location null).",
    "The Cư Kuin trader's figures take location Cư Kuin; '3-5 tấn mỗi ngày' is a rate: unit tấn/ngày; location '' in TOML = null.",
]

if __name__ == "__main__":
    emit("p564-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
