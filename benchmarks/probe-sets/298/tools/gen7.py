from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa

Cá rô phi: tiềm năng xuất khẩu tỷ đô nhưng thiếu giống chất lượng

Sản lượng cá rô phi cả nước năm 2023 đạt khoảng 300.000 tấn, nhưng kim ngạch xuất khẩu mới chỉ hơn 60 triệu USD, chưa tương xứng với tiềm năng.

Theo Cục Thủy sản, diện tích nuôi cá rô phi cả nước hiện khoảng 32.000 ha, trong đó nuôi thâm canh trong ao chiếm 65%, phần còn lại là nuôi lồng trên sông, hồ chứa với gần 30.000 lồng. Năng suất nuôi ao thâm canh đạt 20-25 tấn/ha/vụ, cao gấp 2-3 lần nuôi bán thâm canh. Nghề nuôi cá rô phi đang tạo việc làm cho khoảng 45 nghìn lao động.

Năm 2023, cả nước sản xuất khoảng 2,5 tỷ con giống rô phi, đáp ứng chưa đến 60% nhu cầu. Tỷ lệ cá giống đơn tính đạt trên 95% mới chỉ có ở khoảng 30 cơ sở, tập trung tại Hải Dương, Bắc Ninh, Tiền Giang và Đồng Tháp.

Ông Nguyễn Văn Tiến, chủ trang trại nuôi cá rô phi 12 ha tại huyện Cái Bè (Tiền Giang), cho biết trong quý III/2023, trang trại mất gần 18% sản lượng do bệnh do vi khuẩn Streptococcus, thiệt hại khoảng 1,2 tỷ đồng. "Giá cá rô phi loại từ 500 g/con trở lên bán cho nhà máy ở đây hiện chỉ 29.000-31.000 đồng/kg, trong khi giá thành đã 27.000 đồng/kg", ông Tiến nói.

Theo các chuyên gia, để nâng tỷ lệ sống và giảm hao hụt do dịch bệnh, người nuôi cần thả giống đơn tính đạt chuẩn, mật độ dưới 5 con/m2 và kiểm soát nhiệt độ nước trong mùa nắng nóng.

Theo Đề án phát triển cá rô phi đến năm 2030, cả nước phấn đấu đạt sản lượng 400.000 tấn, kim ngạch xuất khẩu 500 triệu USD.

Hoàng Minh
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 300.000 tấn", "300.000", 300000, "measure", "tấn", "sản lượng cá rô phi", Y23, approx="about"),
    F("hơn 60 triệu USD", "60", 60e6, "money", "USD", "kim ngạch xuất khẩu cá rô phi", Y23, approx="over"),
    F("khoảng 32.000 ha", "32.000", 32000, "measure", "ha", "diện tích nuôi cá rô phi", approx="about"),
    F("chiếm 65%", "65", 65, "percent", "%", "tỷ trọng diện tích nuôi thâm canh trong ao"),
    F("gần 30.000 lồng", "30.000", 30000, "count", "lồng", "lồng nuôi cá rô phi trên sông, hồ chứa", approx="nearly"),
    F("đạt 20-25 tấn", "20", 20, "measure", "tấn/ha/vụ", "năng suất nuôi ao thâm canh", value_max=25,
      change=CH("increase", 2, "lần", "nuôi bán thâm canh")),
    F("khoảng 45 nghìn lao động", "45", 45000, "count", "lao động", "lao động có việc làm trong nghề nuôi cá rô phi",
      approx="about"),
    F("khoảng 2,5 tỷ con", "2,5", 2.5e9, "count", "con giống", "con giống rô phi sản xuất", Y23b, approx="about"),
    F("chưa đến 60% nhu cầu", "60", 60, "percent", "%", "nhu cầu giống rô phi được đáp ứng", Y23b, approx="under"),
    F("trên 95% mới", "95", 95, "percent", "%", "tỷ lệ cá giống đơn tính", approx="over", optional=True),
    F("khoảng 30 cơ sở", "30", 30, "count", "cơ sở", "cơ sở có tỷ lệ cá giống đơn tính đạt trên 95%", I(Y23b),
      approx="about"),
    F("rô phi 12 ha", "12", 12, "measure", "ha", "diện tích trang trại nuôi cá rô phi", location="Cái Bè"),
    F("gần 18% sản lượng", "18", 18, "percent", "%", "tỷ lệ sản lượng trang trại bị mất do bệnh", Q3, approx="nearly",
      location="Cái Bè"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "thiệt hại của trang trại do bệnh", Q3, approx="about",
      location="Cái Bè"),
    F("từ 500 g/con", "500", 500, "measure", "g/con", "cỡ cá rô phi bán cho nhà máy", approx="at_least", optional=True),
    F("chỉ 29.000-31.000", "29.000", 29000, "money", "đồng/kg", "giá cá rô phi bán cho nhà máy", value_max=31000,
      location="Cái Bè"),
    F("đã 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", "giá thành nuôi cá rô phi", location="Cái Bè"),
    F("dưới 5 con/m2", "5", 5, "measure", "con/m2", "mật độ thả khuyến cáo", approx="under", optional=True),
    F("sản lượng 400.000 tấn", "400.000", 400000, "measure", "tấn", "sản lượng cá rô phi", T30, status="target"),
    F("khẩu 500 triệu USD", "500", 500e6, "money", "USD", "kim ngạch xuất khẩu cá rô phi", T30, status="target"),
]

COMMENTS = [
    "National press (business section), no dateline and no date anywhere: published null (not given). Topic: tilapia output, export, seed, disease.",
    "'tỷ đô' in the headline has no numeral: not a figure. 'trong đó nuôi thâm canh trong ao chiếm 65%' is a percent figure (no total for a percent).",
    "'cao gấp 2-3 lần nuôi bán thâm canh' follows the yield and compares it: the yield's change (2 lần, baseline nuôi bán thâm canh), not a multiple.",
    "Provinces listed after the national count '30 cơ sở' do not make it provincial (location Việt Nam). The Cái Bè farm paragraph: location Cái Bè.",
    "Thresholds and advice ('trên 95%', 'từ 500 g/con trở lên', 'dưới 5 con/m2') optional. 'hiện' gives no period. Targets: 'đến năm 2030'.",
]

if __name__ == "__main__":
    emit(7, TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
