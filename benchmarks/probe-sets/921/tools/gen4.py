"""p921-4: ministry site (Bộ Y tế), national dengue situation and larvae campaigns, August 2023."""
from lib import F, P, C, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của ngành

Cả nước gần 86.000 ca sốt xuất huyết, Bộ Y tế yêu cầu đẩy mạnh diệt lăng quăng

25/08/2023 16:20 | Lượt xem: 1.105

Theo Cục Y tế dự phòng, tính đến ngày 20/8/2023, cả nước ghi nhận 85.947 ca mắc sốt xuất huyết, giảm 56,2% so với cùng kỳ năm 2022; trong đó có 25 ca tử vong, giảm 47 ca. Các địa phương có số mắc cao là Hà Nội (11.420 ca), TP. Hồ Chí Minh (9.870 ca), Đà Nẵng (5.126 ca) và Khánh Hòa (4.980 ca); riêng các địa phương này chiếm khoảng 36,5% tổng số ca mắc.

Từ đầu năm, Bộ Y tế đã chỉ đạo tổ chức 3 đợt chiến dịch diệt lăng quăng, bọ gậy trên phạm vi toàn quốc. Theo báo cáo của 63/63 tỉnh, thành phố, các đợt chiến dịch đã kiểm tra hơn 4,2 triệu lượt hộ gia đình, xử lý khoảng 9,6 triệu dụng cụ chứa nước; tỷ lệ hộ gia đình có lăng quăng giảm từ 21% xuống còn 7,5%. Các địa phương đã phát hiện 6.842 ổ dịch, trong đó 6.517 ổ dịch được xử lý trong vòng 48 giờ, chiếm 95,3%.

Cục Y tế dự phòng dự báo trong các tháng 9-10, số ca mắc sẽ tiếp tục tăng do cao điểm mùa mưa. Bộ Y tế đề nghị các địa phương phấn đấu đến hết năm 2023 đưa tỷ lệ mắc xuống dưới 150 ca/100.000 dân, tỷ lệ tử vong dưới 0,09%. Các địa phương cần bố trí ít nhất 30% kinh phí phòng, chống dịch cho hoạt động diệt lăng quăng tại cộng đồng. Bộ đã cấp bổ sung 120.000 lít hóa chất diệt muỗi và 1.500 máy phun cho các tỉnh trọng điểm phía Nam, theo Thông tư số 26/2018/TT-BYT.

Cục Y tế dự phòng - Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Điện thoại: 024.3846.2541
"""

ASOF = P("tính đến ngày 20/8/2023", None, "2023-08-20")
ASOFi = P("tính đến ngày 20/8/2023", None, "2023-08-20", inh=True)
YTD = P("Từ đầu năm", "2023-01-01", "2023-08-25")
YTDi = P("Từ đầu năm", "2023-01-01", "2023-08-25", inh=True)
Y23 = P("đến hết năm 2023", None, "2023-12-31")
FIGS = [
    F("gần 86.000 ca", "86.000", 86000, "count", "ca", "ca sốt xuất huyết", approx="nearly"),
    F("ghi nhận 85.947 ca", "85.947", 85947, "count", "ca", "ca mắc sốt xuất huyết",
      change=C("decrease", 56.2, "%", "cùng kỳ năm 2022"), period=ASOF),
    F("có 25 ca tử vong", "25", 25, "count", "ca", "ca tử vong", total=85947,
      change=C("decrease", 47, "ca", "cùng kỳ năm 2022"), period=ASOF),
    F("Hà Nội (11.420 ca)", "11.420", 11420, "count", "ca", "số mắc sốt xuất huyết", location="Hà Nội", period=ASOFi),
    F("TP. Hồ Chí Minh (9.870 ca)", "9.870", 9870, "count", "ca", "số mắc sốt xuất huyết",
      location="TP. Hồ Chí Minh", period=ASOFi),
    F("Đà Nẵng (5.126 ca)", "5.126", 5126, "count", "ca", "số mắc sốt xuất huyết", location="Đà Nẵng", period=ASOFi),
    F("Khánh Hòa (4.980 ca)", "4.980", 4980, "count", "ca", "số mắc sốt xuất huyết", location="Khánh Hòa",
      period=ASOFi),
    F("khoảng 36,5%", "36,5", 36.5, "percent", "%", "số ca mắc của các địa phương này trong tổng số ca mắc",
      approx="about", period=ASOFi),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt chiến dịch diệt lăng quăng, bọ gậy trên phạm vi toàn quốc",
      period=YTD),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố báo cáo", total=63, period=YTDi),
    F("hơn 4,2 triệu lượt hộ", "4,2", 4200000, "count", "lượt hộ gia đình", "lượt hộ gia đình được kiểm tra",
      approx="over", period=YTDi),
    F("khoảng 9,6 triệu dụng cụ", "9,6", 9600000, "count", "dụng cụ chứa nước", "dụng cụ chứa nước được xử lý",
      approx="about", period=YTDi),
    F("giảm từ 21%", "21", 21, "percent", "%", "tỷ lệ hộ gia đình có lăng quăng trước chiến dịch", period=YTDi),
    F("xuống còn 7,5%", "7,5", 7.5, "percent", "%", "tỷ lệ hộ gia đình có lăng quăng sau chiến dịch", period=YTDi),
    F("phát hiện 6.842 ổ dịch", "6.842", 6842, "count", "ổ dịch", "ổ dịch được phát hiện", period=YTDi),
    F("6.517 ổ dịch", "6.517", 6517, "count", "ổ dịch", "ổ dịch được xử lý trong vòng 48 giờ", total=6842,
      percent=95.3, period=YTDi),
    F("trong vòng 48 giờ", "48", 48, "measure", "giờ", "thời gian xử lý ổ dịch", approx="at_most", optional=True),
    F("dưới 150 ca/100.000 dân", "150", 150, "measure", "ca/100.000 dân", "tỷ lệ mắc", approx="under",
      status="target", period=Y23),
    F("dưới 0,09%", "0,09", 0.09, "percent", "%", "tỷ lệ tử vong", approx="under", status="target", period=Y23),
    F("ít nhất 30%", "30", 30, "percent", "%", "kinh phí phòng, chống dịch cho hoạt động diệt lăng quăng tại cộng đồng",
      approx="at_least", status="target"),
    F("bổ sung 120.000 lít", "120.000", 120000, "measure", "lít", "hóa chất diệt muỗi cấp bổ sung"),
    F("1.500 máy phun", "1.500", 1500, "count", "máy phun", "máy phun cấp bổ sung cho các tỉnh trọng điểm phía Nam"),
]
NOTES = [
    "Ministry of Health portal: national dengue cases to 20/8/2023 and the larvae campaigns since the start of the year.",
    "'trong đó có 25 ca tử vong, giảm 47 ca': deaths are cases, so a part of 85.947 (total); 'giảm 47 ca' is their change.",
    "Province list: location each province; the share of the group (36,5%) is national (Việt Nam).",
    "'Từ đầu năm' ends at the dateline (25/8/2023). 'trong các tháng 9-10' is a period, not a range figure.",
    "'cần bố trí ít nhất 30%' is a requirement set by the ministry: status target, no period phrase.",
    "Distractors: Lượt xem 1.105, Thông tư số 26/2018/TT-BYT, address 138A Giảng Võ, phone 024.3846.2541.",
]
write(4, TEXT, FIGS, published="2023-08-25", location="Việt Nam", notes=NOTES)
