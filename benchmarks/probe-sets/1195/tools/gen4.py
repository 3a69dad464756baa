"""p1195-4: ministry site (Bộ NN&PTNT), national anchovy catch and exports, 10 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cổng thông tin điện tử
Trang chủ » Tin tức » Thủy sản

Xuất khẩu cá cơm 10 tháng đạt hơn 86 triệu USD

Ngày đăng: 21/11/2023 | Lượt xem: 1.092

Theo Cục Thủy sản, 10 tháng năm 2023, sản lượng cá cơm khai thác của cả nước ước đạt 312.000 tấn, chiếm khoảng 9% tổng sản lượng khai thác hải sản. Cá cơm hiện được khai thác tại 20/28 tỉnh, thành phố ven biển; các địa phương có sản lượng lớn là Kiên Giang, Bình Thuận và Khánh Hòa với lần lượt 81.500 tấn, 61.200 tấn và 27.300 tấn.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), xuất khẩu cá cơm các loại 10 tháng năm 2023 đạt 86,4 triệu USD, tăng 7,8% so với cùng kỳ năm 2022. Trong đó, cá cơm khô chiếm 62%, cá cơm đông lạnh và chế biến chiếm 38%. Hàn Quốc là thị trường lớn nhất với 31,5 triệu USD, tiếp đến là Nhật Bản 17,2 triệu USD và Trung Quốc 12,6 triệu USD. Riêng tháng 10/2023, kim ngạch đạt 9,8 triệu USD, giảm 3,1% so với tháng trước.

Giá xuất khẩu bình quân cá cơm khô sang Hàn Quốc dao động từ 6,5 đến 9 USD/kg, cao hơn khoảng 10% so với năm 2022.

Cục Thủy sản dự báo cả năm 2023, xuất khẩu cá cơm đạt xấp xỉ 105 triệu USD. Theo Chiến lược phát triển thủy sản Việt Nam (Quyết định số 339/QĐ-TTg), đến năm 2030 tỷ lệ tổn thất sau thu hoạch đối với khai thác hải sản giảm xuống dưới 10%.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

HEAD = P("10 tháng", "2023-01-01", "2023-10-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
OCT = P("tháng 10/2023", "2023-10-01", "2023-10-31")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
CATCH = "sản lượng cá cơm khai thác"
EXPORT = "xuất khẩu cá cơm"

FIGS = [
    F("hơn 86 triệu USD", "86", 86000000, "money", "USD", approx="over", subject=EXPORT, period=HEAD),
    F("ước đạt 312.000 tấn", "312.000", 312000, "measure", "tấn", percent=9, status="estimate",
      subject=CATCH, period=M10),
    F("tại 20/28 tỉnh", "20", 20, "count", "tỉnh, thành phố ven biển", total=28,
      subject="tỉnh, thành phố ven biển khai thác cá cơm"),
    F("lần lượt 81.500 tấn", "81.500", 81500, "measure", "tấn", subject=CATCH, period=I(M10),
      location="Kiên Giang"),
    F("61.200 tấn và", "61.200", 61200, "measure", "tấn", subject=CATCH, period=I(M10),
      location="Bình Thuận"),
    F("và 27.300 tấn", "27.300", 27300, "measure", "tấn", subject=CATCH, period=I(M10),
      location="Khánh Hòa"),
    F("đạt 86,4 triệu USD", "86,4", 86400000, "money", "USD",
      change=C("increase", 7.8, "%", "cùng kỳ năm 2022"), subject="xuất khẩu cá cơm các loại", period=M10),
    F("khô chiếm 62%", "62", 62, "percent", "%", subject="tỷ trọng cá cơm khô trong xuất khẩu cá cơm",
      period=I(M10)),
    F("chiếm 38%", "38", 38, "percent", "%",
      subject="tỷ trọng cá cơm đông lạnh và chế biến trong xuất khẩu cá cơm", period=I(M10)),
    F("với 31,5 triệu USD", "31,5", 31500000, "money", "USD", subject="xuất khẩu cá cơm sang Hàn Quốc",
      period=I(M10)),
    F("Nhật Bản 17,2 triệu USD", "17,2", 17200000, "money", "USD", subject="xuất khẩu cá cơm sang Nhật Bản",
      period=I(M10)),
    F("Trung Quốc 12,6 triệu USD", "12,6", 12600000, "money", "USD",
      subject="xuất khẩu cá cơm sang Trung Quốc", period=I(M10)),
    F("đạt 9,8 triệu USD", "9,8", 9800000, "money", "USD", change=C("decrease", 3.1, "%", "tháng trước"),
      subject="kim ngạch xuất khẩu cá cơm", period=OCT),
    F("từ 6,5 đến 9 USD/kg", "6,5", 6.5, "money", "USD/kg", value_max=9,
      change=C("increase", 10, "%", "năm 2022", approx="about"),
      subject="giá xuất khẩu bình quân cá cơm khô sang Hàn Quốc", period=I(M10)),
    F("xấp xỉ 105 triệu USD", "105", 105000000, "money", "USD", approx="about", status="forecast",
      subject=EXPORT, period=Y23),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
      subject="tỷ lệ tổn thất sau thu hoạch đối với khai thác hải sản", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): 'Ngày đăng: 21/11/2023 | Lượt xem: 1.092'; address and phone footer. National: location Việt Nam.",
    "Province list 'Kiên Giang, Bình Thuận và Khánh Hòa với lần lượt …': each item gets its province as location, subject the list's indicator,",
    "period inherited from the previous sentence. Trade partners (Hàn Quốc, Nhật Bản, Trung Quốc) are not places of the figure: Việt Nam.",
    "'20/28 tỉnh, thành phố ven biển' -> 20 with total 28. 'chiếm khoảng 9%' is the percent attribute of 312.000 tấn.",
    "'cá cơm khô chiếm 62%' / '38%' after 'Trong đó' are percent figures of their own (no total for percents).",
    "Distractors: 'Quyết định số 339/QĐ-TTg', 'Lượt xem: 1.092', 'Số 2 Ngọc Hà', phone 024.3846.8161. Headline '10 tháng' takes 2023 from published.",
]

if __name__ == "__main__":
    write("p1195-4", TEXT, NOTES, FIGS, published="2023-11-21", location="Việt Nam")
