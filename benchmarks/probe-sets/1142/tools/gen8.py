"""p1142-8: provincial newspaper online (Báo Bình Thuận, '(BTO) -'): diving at huyện đảo Phú Quý, 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Kinh tế | Du lịch | Biển đảo

Hơn 9.600 lượt khách lặn biển ở Phú Quý

08/11/2024 - 16:45

(BTO) - 10 tháng năm 2024, huyện đảo Phú Quý đón khoảng 41.000 lượt khách du lịch, trong đó hơn 9.600 lượt tham gia các tour lặn biển ngắm san hô, tăng 35% so với cùng kỳ.

Toàn huyện có 7 cơ sở kinh doanh dịch vụ lặn, tăng 3 cơ sở so với năm 2023, với 19 hướng dẫn viên lặn. Vào mùa biển êm từ tháng 3 đến tháng 9, bình quân mỗi cơ sở tổ chức 4-5 tour/ngày. Các điểm lặn được khai thác nhiều là Hòn Tranh, Hòn Đen và Gành Hang với lần lượt 3.100, 2.450 và 1.870 lượt khách; độ sâu từ 3 đến 18 m, phù hợp cả người mới học lặn.

Theo Phòng Nông nghiệp và PTNT huyện, rạn san hô quanh đảo có diện tích khoảng 2.000 ha, độ phủ trung bình 42%. Huyện đã lắp đặt 35 phao neo tại các điểm lặn, gần 60% số phao do doanh nghiệp tự đầu tư. Từ đầu năm đến nay, Đồn Biên phòng Phú Quý đã phát hiện 6 vụ vi phạm, trong đó xử phạt 4 trường hợp khai thác san hô trái phép với tổng số tiền 60 triệu đồng.

Giá tour lặn ngắm san hô tại Phú Quý từ 350.000 đến 1,3 triệu đồng/khách tùy hình thức lặn. Dự kiến cả năm 2024, lượng khách lặn biển đạt khoảng 11.000 lượt; năm 2025, huyện phấn đấu có thêm 2 cơ sở lặn đạt chuẩn quốc tế.

Tàu cao tốc Phan Thiết - Phú Quý xuất bến lúc 7 giờ và 13 giờ hằng ngày.
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08")
FY24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "lượt khách tại các điểm lặn được khai thác nhiều"

FIGS = [
    F("Hơn 9.600 lượt", "9.600", 9600, "count", "lượt khách", approx="over",
      subject="lượt khách lặn biển"),
    F("khoảng 41.000 lượt", "41.000", 41000, "count", "lượt khách", approx="about",
      subject="lượt khách du lịch đến huyện đảo", period=M10),
    F("hơn 9.600 lượt tham gia", "9.600", 9600, "count", "lượt", approx="over", total=41000,
      change=C("increase", 35, "%", "cùng kỳ"),
      subject="lượt khách tham gia các tour lặn biển ngắm san hô", period=M10),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", change=C("increase", 3, "cơ sở", "năm 2023"),
      subject="cơ sở kinh doanh dịch vụ lặn"),
    F("với 19 hướng", "19", 19, "count", "hướng dẫn viên lặn", subject="hướng dẫn viên lặn"),
    F("4-5 tour/ngày", "4", 4, "measure", "tour/ngày", value_max=5,
      subject="tour lặn bình quân mỗi cơ sở tổ chức"),
    F("lần lượt 3.100", "3.100", 3100, "count", "lượt khách", subject=f"{LIST} Hòn Tranh", period=I(M10)),
    F("3.100, 2.450", "2.450", 2450, "count", "lượt khách", subject=f"{LIST} Hòn Đen", period=I(M10)),
    F("và 1.870 lượt", "1.870", 1870, "count", "lượt khách", subject=f"{LIST} Gành Hang", period=I(M10)),
    F("từ 3 đến 18 m", "3", 3, "measure", "m", value_max=18, subject="độ sâu các điểm lặn"),
    F("khoảng 2.000 ha", "2.000", 2000, "measure", "ha", approx="about",
      subject="diện tích rạn san hô quanh đảo"),
    F("trung bình 42%", "42", 42, "percent", "%", subject="độ phủ san hô trung bình"),
    F("lắp đặt 35 phao", "35", 35, "count", "phao neo", subject="phao neo lắp đặt tại các điểm lặn"),
    F("gần 60%", "60", 60, "percent", "%", approx="nearly",
      subject="số phao do doanh nghiệp tự đầu tư"),
    F("phát hiện 6 vụ", "6", 6, "count", "vụ vi phạm", subject="vụ vi phạm được phát hiện", period=YTD),
    F("xử phạt 4 trường hợp", "4", 4, "count", "trường hợp", total=6,
      subject="trường hợp khai thác san hô trái phép bị xử phạt", period=YTD),
    F("60 triệu", "60", 60000000, "money", "đồng", subject="tổng số tiền xử phạt", period=YTD),
    F("từ 350.000 đến 1,3 triệu", "350.000", 350000, "money", "đồng/khách", value_max=1300000,
      subject="giá tour lặn ngắm san hô"),
    F("khoảng 11.000 lượt", "11.000", 11000, "count", "lượt", approx="about", status="forecast",
      subject="lượng khách lặn biển", period=FY24),
    F("thêm 2 cơ sở", "2", 2, "count", "cơ sở", status="target",
      subject="cơ sở lặn đạt chuẩn quốc tế có thêm", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Thuận): headline figure, '08/11/2024 - 16:45', tag '(BTO) -'. Location Phú Quý throughout.",
    "'hơn 9.600 lượt' follows 'trong đó' after 41.000 visitors: total 41000; 'tăng 35% so với cùng kỳ' is its change.",
    "'tăng 3 cơ sở so với năm 2023' is the change of 7 cơ sở. 'lần lượt' list of dive sites (islets, not districts): subject carries",
    "the site name, period inherited from '10 tháng năm 2024'. 4 of 6 violations after 'trong đó': total 6.",
    "'từ 350.000 đến 1,3 triệu' = 350000..1300000. 'Dự kiến cả năm 2024' forecast; 'năm 2025 … phấn đấu' target.",
    "Distractors: 16:45, 'từ tháng 3 đến tháng 9' (a season), '7 giờ và 13 giờ' (times), '(BTO)'.",
    "revised: 'gần 60%' subject loses the head word 'tỷ lệ' that the sentence does not name (now 'số phao do doanh nghiệp tự đầu tư').",
]

if __name__ == "__main__":
    write("p1142-8", TEXT, NOTES, FIGS, published="2024-11-08", location="Phú Quý")
