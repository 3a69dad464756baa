"""p1122-2: Mèo Vạc district portal (Hà Giang), Dec 2022: protecting cattle from the cold, a family's shed, deaths, schools."""
from lib import F, P, D, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC
Trang chủ | Tin tức | Nông nghiệp - Nông thôn

Mèo Vạc chủ động chống rét cho gần 39.000 con gia súc

Thứ Sáu, 16/12/2022 - 15:30

Theo Trạm Khí tượng huyện, từ ngày 12/12 đến nay trên địa bàn xảy ra rét đậm, rét hại, nhiệt độ thấp nhất tại các xã vùng cao như Pả Vi, Xín Cái xuống 1-3 độ C, có nơi xuất hiện sương muối.

Hiện toàn huyện có 38.650 con gia súc, trong đó đàn bò 31.200 con, đàn trâu 2.150 con, đàn dê 5.300 con. UBND huyện chỉ đạo các xã hướng dẫn người dân che chắn chuồng trại, không thả rông gia súc khi nhiệt độ dưới 12 độ C. Đến nay, 18/18 xã, thị trấn đã ra quân chống rét; các hộ đã gia cố trên 9.400 chuồng trại, may khoảng 2.600 chiếc áo ấm cho bê, nghé và dự trữ 12.500 tấn cỏ khô, rơm, thân ngô.

Tại xã Lũng Pù, gia đình anh Giàng Mí Dình ở thôn Mã Pì Lèng nuôi 7 con bò sinh sản. Từ đầu tháng 12, anh đã dùng bạt quây kín chuồng, đốt lửa sưởi ban đêm và cho bò ăn thêm 2 kg cám ngô/con/ngày. Nhờ vậy, đàn bò vẫn khỏe, chưa có con nào bị ốm.

Tuy vậy, do một số hộ còn chủ quan, trong đợt rét vừa qua toàn huyện có 14 con gia súc bị chết, gồm 9 con bò, 2 con trâu và 3 con dê, thiệt hại ước tính hơn 250 triệu đồng.

Phòng Giáo dục và Đào tạo huyện thông báo cho học sinh mầm non, tiểu học nghỉ học khi nhiệt độ dưới 7 độ C. Sáng 15/12, có 46 trường với 11.820 học sinh được nghỉ; các trường bán trú bố trí thêm chăn ấm cho khoảng 3.100 học sinh ở lại trường.

Huyện dự kiến hỗ trợ 50% kinh phí mua bạt che chuồng cho hộ nghèo trong mùa đông năm nay.

Hoàng Anh - Phòng NN&PTNT huyện
"""

SNAP = P("từ ngày 12/12 đến nay", "2022-12-12", "2022-12-16")
NOW = P("Đến nay", None, "2022-12-16")
D15 = D("Sáng 15/12", "2022-12-15")
DEC = P("Từ đầu tháng 12", "2022-12-01", "2022-12-16")

FIGS = [
    F("gần 39.000 con gia súc", "39.000", 39000, "count", "con gia súc", approx="nearly",
      subject="gia súc được chống rét"),
    F("xuống 1-3 độ C", "1", 1, "measure", "độ C", value_max=3,
      subject="nhiệt độ thấp nhất tại các xã vùng cao", period=SNAP),
    F("có 38.650 con gia súc", "38.650", 38650, "count", "con gia súc", subject="đàn gia súc"),
    F("đàn bò 31.200 con", "31.200", 31200, "count", "con", total=38650, subject="đàn bò"),
    F("đàn trâu 2.150 con", "2.150", 2150, "count", "con", total=38650, subject="đàn trâu"),
    F("đàn dê 5.300 con", "5.300", 5300, "count", "con", total=38650, subject="đàn dê"),
    F("dưới 12 độ C", "12", 12, "measure", "độ C", approx="under", optional=True),
    F("18/18 xã", "18", 18, "count", "xã, thị trấn", total=18,
      subject="xã, thị trấn đã ra quân chống rét", period=NOW),
    F("trên 9.400 chuồng trại", "9.400", 9400, "count", "chuồng trại", approx="over",
      subject="chuồng trại được gia cố", period=NOW),
    F("khoảng 2.600 chiếc áo ấm", "2.600", 2600, "count", "chiếc áo ấm", approx="about",
      subject="áo ấm may cho bê, nghé", period=NOW),
    F("12.500 tấn", "12.500", 12500, "measure", "tấn", subject="cỏ khô, rơm, thân ngô dự trữ", period=NOW),
    F("nuôi 7 con bò", "7", 7, "count", "con bò", subject="bò sinh sản của gia đình anh Giàng Mí Dình"),
    F("thêm 2 kg", "2", 2, "measure", "kg/con/ngày", subject="cám ngô cho bò ăn thêm", period=DEC),
    F("có 14 con gia súc", "14", 14, "count", "con gia súc", subject="gia súc bị chết trong đợt rét",
      period=I(SNAP)),
    F("9 con bò", "9", 9, "count", "con bò", total=14, subject="bò bị chết", period=I(SNAP)),
    F("2 con trâu", "2", 2, "count", "con trâu", total=14, subject="trâu bị chết", period=I(SNAP)),
    F("3 con dê", "3", 3, "count", "con dê", total=14, subject="dê bị chết", period=I(SNAP)),
    F("hơn 250 triệu đồng", "250", 250e6, "money", "đồng", approx="over", status="estimate",
      subject="thiệt hại do gia súc chết", period=I(SNAP)),
    F("dưới 7 độ C", "7", 7, "measure", "độ C", approx="under", optional=True),
    F("có 46 trường", "46", 46, "count", "trường", subject="trường cho học sinh nghỉ học", period=D15),
    F("11.820 học sinh", "11.820", 11820, "count", "học sinh", subject="học sinh mầm non, tiểu học được nghỉ học",
      period=D15),
    F("khoảng 3.100 học sinh", "3.100", 3100, "count", "học sinh", approx="about",
      subject="học sinh bán trú ở lại trường được bố trí thêm chăn ấm", period=D15),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", status="forecast",
      subject="tỷ lệ hỗ trợ kinh phí mua bạt che chuồng cho hộ nghèo"),
]

NOTES = [
    "District portal (huyện Mèo Vạc, Hà Giang): 'Thứ Sáu, 16/12/2022 - 15:30', byline at the end. Default location Mèo Vạc.",
    "Distractors: time 15:30; commune and village names (Pả Vi, Xín Cái, Lũng Pù, Mã Pì Lèng); 'một số hộ' (some, not a number).",
    "Herd 31.200+2.150+5.300 = 38.650 (trong đó); deaths 9+2+3 = 14 ('gồm'). 18/18 gives total 18.",
    "'từ ngày 12/12 đến nay' ends at the dateline; 'trong đợt rét vừa qua' points back to it (inherited).",
    "The family passage is in xã Lũng Pù of Mèo Vạc: location stays Mèo Vạc. 'Hiện' gets no period. Thresholds optional.",
    "'mùa đông năm nay' is not a dated period: no period for the 50% plan (dự kiến → forecast).",
]

if __name__ == "__main__":
    write("p1122-2", TEXT, NOTES, FIGS, published="2022-12-16", location="Mèo Vạc")
