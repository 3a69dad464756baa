from lib import F, P, CH, TG, emit

TEXT = """Du lịch làng nghề Hội An hút khách quốc tế

VĨNH LỘC 07:45, 22/09/2024

(QNO) - Từ đầu năm đến nay, ba làng nghề truyền thống của thành phố Hội An gồm làng gốm Thanh Hà, làng mộc Kim Bồng và làng rau Trà Quế đã đón hơn 412.000 lượt khách tham quan, tăng 18,5% so với cùng kỳ năm 2023; khách quốc tế chiếm 78%.

Riêng làng gốm Thanh Hà đón khoảng 265.000 lượt khách, doanh thu bán vé tham quan đạt 9,6 tỷ đồng. Giá vé vào làng hiện là 35.000 đồng/lượt đối với khách quốc tế; khách trong nước được miễn phí. Làng hiện có 43 hộ làm gốm với hơn 120 lao động, nhiều hộ có thu nhập từ 15 đến 20 triệu đồng/tháng nhờ kết hợp sản xuất với dịch vụ trải nghiệm nặn gốm.

Làng mộc Kim Bồng (xã Cẩm Kim) hiện có 52 cơ sở, xưởng mộc với gần 400 lao động. Tại làng rau Trà Quế, mỗi ngày có từ 300 đến 500 lượt khách tham gia tour "một ngày làm nông dân", đưa thu nhập bình quân của người dân lên 72 triệu đồng/người/năm.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Quảng Nam hiện có 46 làng nghề, trong đó 14 làng nghề được công nhận làng nghề truyền thống, nhưng chỉ khoảng 10 làng nghề khai thác hiệu quả du lịch. Năm 2023, các điểm du lịch làng nghề của tỉnh đón trên 530.000 lượt khách.

Thành phố Hội An đặt mục tiêu năm 2025 đón 600.000 lượt khách đến các làng nghề, doanh thu dịch vụ tại làng nghề tăng 20% so với năm 2024. Hiện nay, thành phố hỗ trợ 50% kinh phí chỉnh trang nhà xưởng, lò gốm cho các hộ tham gia đón khách, tối đa 30 triệu đồng/hộ.

Xem thêm: Hội An tổ chức Lễ hội Đèn lồng lần thứ 12
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-22")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-22", inh=True)

FIGS = [
    F("ba làng nghề truyền thống", "ba", 3, "count", "làng nghề", "làng nghề truyền thống của thành phố Hội An", optional=True),
    F("hơn 412.000 lượt khách", "412.000", 412000, "count", "lượt khách", "lượt khách tham quan ba làng nghề", YTD,
      approx="over", change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("chiếm 78%", "78", 78, "percent", "%", "khách quốc tế trong lượt khách tham quan", YTD),
    F("khoảng 265.000 lượt khách", "265.000", 265000, "count", "lượt khách", "lượt khách đến làng gốm Thanh Hà", YTDi,
      approx="about"),
    F("đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "doanh thu bán vé tham quan làng gốm Thanh Hà", YTDi),
    F("là 35.000 đồng/lượt", "35.000", 35000, "money", "đồng/lượt", "giá vé vào làng gốm Thanh Hà đối với khách quốc tế"),
    F("có 43 hộ", "43", 43, "count", "hộ", "hộ làm gốm làng Thanh Hà"),
    F("hơn 120 lao động", "120", 120, "count", "lao động", "lao động làng gốm Thanh Hà", approx="over"),
    F("từ 15 đến 20 triệu", "15", 15e6, "money", "đồng/tháng", "thu nhập của hộ làm gốm", value_max=20e6),
    F("có 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở, xưởng mộc làng mộc Kim Bồng"),
    F("gần 400 lao động", "400", 400, "count", "lao động", "lao động làng mộc Kim Bồng", approx="nearly"),
    F("từ 300 đến 500 lượt khách", "300", 300, "count", "lượt khách", "lượt khách tham gia tour tại làng rau Trà Quế mỗi ngày",
      value_max=500),
    F("lên 72 triệu", "72", 72e6, "money", "đồng/người/năm", "thu nhập bình quân của người dân làng rau Trà Quế"),
    F("có 46 làng nghề", "46", 46, "count", "làng nghề", "làng nghề", location="Quảng Nam"),
    F("14 làng nghề được", "14", 14, "count", "làng nghề", "làng nghề được công nhận làng nghề truyền thống", total=46,
      location="Quảng Nam"),
    F("khoảng 10 làng nghề", "10", 10, "count", "làng nghề", "làng nghề khai thác hiệu quả du lịch", approx="about",
      location="Quảng Nam"),
    F("trên 530.000 lượt khách", "530.000", 530000, "count", "lượt khách", "lượt khách đến các điểm du lịch làng nghề",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over", location="Quảng Nam"),
    F("đón 600.000 lượt khách", "600.000", 600000, "count", "lượt khách", "lượt khách đến các làng nghề",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("tăng 20% so với năm 2024", "20", 20, "percent", "%", "tăng trưởng doanh thu dịch vụ tại làng nghề",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "hỗ trợ kinh phí chỉnh trang nhà xưởng, lò gốm"),
    F("tối đa 30 triệu đồng/hộ", "30", 30e6, "money", "đồng/hộ", "mức hỗ trợ chỉnh trang nhà xưởng, lò gốm", approx="at_most"),
]

COMMENTS = [
    "Báo Quảng Nam (QNO): du lịch làng nghề Hội An từ đầu năm 2024 (Thanh Hà, Kim Bồng, Trà Quế) and the province's craft villages.",
    "Byline-then-time 'VĨNH LỘC 07:45, 22/09/2024' is the dateline. 'Từ đầu năm đến nay' = 2024-01-01 .. 2024-09-22.",
    "Default location Hội An (thành phố); the 'toàn tỉnh Quảng Nam' paragraph → Quảng Nam. Cẩm Kim is a commune (stays Hội An).",
    "'ba làng nghề' names the three villages listed (structure, optional). 'khách quốc tế chiếm 78%' has no count of its own → percent figure.",
    "'tăng 20% so với năm 2024' with no base amount is a percent figure (target) without change. 'tối đa 30 triệu đồng/hộ' at_most.",
    "'mỗi ngày', 'hiện' give no period. 'Lễ hội Đèn lồng lần thứ 12' (name), 'một ngày làm nông dân' (tour name): not figures.",
]

emit("p323-4", TEXT, COMMENTS, FIGS, published="2024-09-22", location="Hội An")
