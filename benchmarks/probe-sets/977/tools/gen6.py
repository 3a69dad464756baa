"""p977-6: national newspaper (VnExpress style), an engineer's quail farm in Trảng Bom (Đồng Nai), national egg price."""
from lib import F, P, I, C, build

TEXT = """Kinh doanh › Nông nghiệp
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Kỹ sư bỏ phố về quê nuôi 60.000 con chim cút

Anh Phạm Quốc Huy, 34 tuổi, ở xã Sông Trầu, huyện Trảng Bom (Đồng Nai) đầu tư trang trại nuôi chim cút khép kín với 60.000 con, mỗi ngày thu khoảng 52.000 trứng.

Sau 8 năm làm kỹ sư điện tại TP HCM, năm 2019 anh Huy về quê thuê 1,2 ha đất, vay 1,5 tỷ đồng xây 4 dãy chuồng lạnh. "Chuồng lạnh giúp tỷ lệ đẻ duy trì 85-88%, hao hụt dưới 3% mỗi lứa", anh nói. Năm 2024, trang trại bán ra hơn 18 triệu quả trứng và 45.000 con cút thải, doanh thu khoảng 7,6 tỷ đồng, lãi trên 1,3 tỷ đồng. Trang trại tạo việc làm cho 9 lao động địa phương với thu nhập 8-9 triệu đồng/người/tháng.

Trứng của trang trại được một doanh nghiệp ở Khu công nghiệp Sông Mây thu mua, luộc, bóc vỏ và đóng hộp, phần lớn bán cho các siêu thị. Tại Hội chợ Nông nghiệp Đồng Nai lần thứ 3, sản phẩm trứng cút của anh được bình chọn là sản phẩm tiêu biểu.

Theo Hiệp hội Chăn nuôi gia cầm Việt Nam, giá trứng cút tại trại hiện khoảng 500-550 đồng/quả, tăng 20% so với cùng kỳ năm ngoái do nguồn cung giảm. Cả nước có khoảng 100 triệu con chim cút, trong đó khoảng 75% là cút đẻ.

Năm nay, anh Huy dự kiến mở rộng thêm 40.000 con và liên kết với 15 hộ trong xã để bao tiêu trứng với giá không thấp hơn 420 đồng/quả. "Nuôi cút lời ít nhưng đều, quan trọng là giữ được đầu ra", anh nói.

Phước Tuấn
"""

Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm nay", "2025-01-01", "2025-12-31")
TB = "Trảng Bom"

FIGS = [
    F("nuôi 60.000 con chim cút", "60.000", 60_000, "count", "con", "chim cút của trang trại kỹ sư về quê nuôi"),
    F("34 tuổi", "34", 34, "measure", "tuổi", "tuổi anh Phạm Quốc Huy", optional=True),
    F("khép kín với 60.000 con", "60.000", 60_000, "count", "con", "chim cút của trang trại"),
    F("khoảng 52.000 trứng", "52.000", 52_000, "measure", "trứng/ngày", "trứng thu mỗi ngày", approx="about"),
    F("thuê 1,2 ha", "1,2", 1.2, "measure", "ha", "đất thuê", period=Y19),
    F("vay 1,5 tỷ đồng", "1,5", 1_500_000_000, "money", "đồng", "vốn vay xây chuồng lạnh", period=Y19),
    F("xây 4 dãy chuồng", "4", 4, "count", "dãy chuồng lạnh", "dãy chuồng lạnh xây mới", period=Y19),
    F("duy trì 85-88%", "85", 85, "percent", "%", "tỷ lệ đẻ", value_max=88),
    F("dưới 3% mỗi lứa", "3", 3, "percent", "%", "hao hụt mỗi lứa", approx="under"),
    F("hơn 18 triệu quả trứng", "18", 18_000_000, "count", "quả", "trứng bán ra", approx="over", period=Y24),
    F("45.000 con cút thải", "45.000", 45_000, "count", "con", "cút thải bán ra", period=Y24),
    F("khoảng 7,6 tỷ đồng", "7,6", 7_600_000_000, "money", "đồng", "doanh thu của trang trại", approx="about",
      period=Y24),
    F("trên 1,3 tỷ đồng", "1,3", 1_300_000_000, "money", "đồng", "lãi của trang trại", approx="over",
      period=Y24),
    F("cho 9 lao động", "9", 9, "count", "lao động", "lao động địa phương có việc làm tại trang trại"),
    F("8-9 triệu đồng/người/tháng", "8", 8_000_000, "money", "đồng/người/tháng", "thu nhập của lao động",
      value_max=9_000_000),
    F("khoảng 500-550 đồng/quả", "500", 500, "money", "đồng/quả", "giá trứng cút tại trại", approx="about",
      value_max=550, change=C("increase", 20, baseline="cùng kỳ năm ngoái"), location="Việt Nam"),
    F("khoảng 100 triệu con", "100", 100_000_000, "count", "con", "đàn chim cút cả nước", approx="about",
      location="Việt Nam"),
    F("khoảng 75%", "75", 75, "percent", "%", "tỷ lệ cút đẻ trong đàn chim cút cả nước", approx="about",
      location="Việt Nam"),
    F("thêm 40.000 con", "40.000", 40_000, "count", "con", "quy mô đàn mở rộng thêm", status="forecast",
      period=Y25),
    F("với 15 hộ", "15", 15, "count", "hộ", "hộ liên kết bao tiêu trứng", status="forecast", period=Y25),
    F("không thấp hơn 420 đồng/quả", "420", 420, "money", "đồng/quả", "giá bao tiêu trứng",
      approx="at_least", status="forecast", period=Y25),
]

COMMENTS = [
    "National newspaper (VnExpress style), Chủ nhật 16/3/2025: quail farm of an engineer in xã Sông Trầu, huyện Trảng Bom, Đồng Nai (invented).",
    "The farm's figures are located in the district Trảng Bom; the association's price and the national flock are Việt Nam.",
    "Not figures: 07:30 (GMT+7), 'Sau 8 năm làm kỹ sư' (a biographical duration), TP HCM, Khu công nghiệp Sông Mây,",
    "'Hội chợ Nông nghiệp Đồng Nai lần thứ 3' (edition in a name), 'cùng kỳ năm ngoái' (baseline). Age '34 tuổi' optional.",
    "'Năm nay' = 2025 (published). 'không thấp hơn' = at_least (like 'không dưới').",
    "Headline and lead both state 60.000 con: two figures (each mention is a statement).",
]

build(6, TEXT, FIGS, COMMENTS, published="2025-03-16", location=TB)
