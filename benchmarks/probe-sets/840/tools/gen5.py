"""p840-5: Party newspaper (Báo Nghệ An), students on e-motorbikes without helmets, 2023."""
from lib import F, change, period, write

TEXT = """
Báo động tình trạng học sinh đi xe máy điện không đội mũ bảo hiểm

Giờ tan học, trên các tuyến đường quanh nhiều trường THPT ở TP Vinh và các huyện Diễn Châu, Quỳnh Lưu, không khó bắt gặp cảnh học sinh đi xe máy điện không đội mũ bảo hiểm, dàn hàng ba, lạng lách.

Theo Phòng Cảnh sát giao thông Công an tỉnh, 10 tháng năm 2023, lực lượng chức năng đã phát hiện, xử lý 2.845 trường hợp học sinh vi phạm, tăng 14,2% so với cùng kỳ năm 2022. Trong đó, vi phạm không đội mũ bảo hiểm chiếm tới 61,5%; có 812 trường hợp học sinh chưa đủ tuổi điều khiển xe mô tô. Các địa phương có nhiều học sinh vi phạm là TP Vinh (534 trường hợp), huyện Diễn Châu (318 trường hợp) và huyện Quỳnh Lưu (276 trường hợp).

Khảo sát của phóng viên tại 5 trường THPT trên địa bàn tỉnh cho thấy, có hơn 1.900 học sinh đi xe máy điện đến trường, nhưng chỉ khoảng 40% số em đội mũ bảo hiểm khi ra khỏi cổng trường. Một chiếc xe máy điện có giá từ 15 đến 25 triệu đồng, trong khi một chiếc mũ bảo hiểm đạt chuẩn chỉ khoảng 150.000 - 200.000 đồng.

Theo Nghị định số 100/2019/NĐ-CP, người điều khiển, người ngồi trên xe máy điện không đội mũ bảo hiểm bị phạt tiền từ 200.000 đến 300.000 đồng. Tuy nhiên, với học sinh từ đủ 14 tuổi đến dưới 16 tuổi, lực lượng chức năng chủ yếu phạt cảnh cáo và thông báo về nhà trường.

Trung tá Nguyễn Văn Tám, Phó Trưởng phòng CSGT cho biết, đến hết năm 2023, đơn vị phấn đấu 100% trường THPT ký cam kết với phụ huynh không giao xe cho học sinh chưa đủ tuổi; đồng thời tăng cường tuần tra trên Quốc lộ 1A và Quốc lộ 46.

HOÀI THU
15/11/2023
"""

P10i = period("10 tháng năm 2023", "2023-01-01", "2023-10-31", inherited=True)
VP = "học sinh vi phạm"

FIGS = [
    F("xử lý 2.845 trường hợp", "2.845", 2845, "count", "trường hợp", "trường hợp học sinh vi phạm",
      change=change("increase", 14.2, "%", "cùng kỳ năm 2022"),
      period=period("10 tháng năm 2023", "2023-01-01", "2023-10-31")),
    F("chiếm tới 61,5%", "61,5", 61.5, "percent", "%", "vi phạm không đội mũ bảo hiểm", period=P10i),
    F("có 812 trường hợp", "812", 812, "count", "trường hợp",
      "trường hợp học sinh chưa đủ tuổi điều khiển xe mô tô", total=2845, period=P10i),
    F("TP Vinh (534 trường hợp)", "534", 534, "count", "trường hợp", VP, location="Vinh", period=P10i),
    F("Diễn Châu (318 trường hợp)", "318", 318, "count", "trường hợp", VP, location="Diễn Châu", period=P10i),
    F("Quỳnh Lưu (276 trường hợp)", "276", 276, "count", "trường hợp", VP, location="Quỳnh Lưu", period=P10i),
    F("tại 5 trường THPT", "5", 5, "count", "trường THPT", "trường THPT được khảo sát"),
    F("hơn 1.900 học sinh", "1.900", 1900, "count", "học sinh", "học sinh đi xe máy điện đến trường",
      approx="over"),
    F("khoảng 40% số em", "40", 40, "percent", "%", "số em đội mũ bảo hiểm khi ra khỏi cổng trường",
      approx="about"),
    F("từ 15 đến 25 triệu đồng", "15", 15e6, "money", "đồng", "giá xe máy điện", value_max=25e6),
    F("khoảng 150.000 - 200.000 đồng", "150.000", 150000, "money", "đồng", "giá mũ bảo hiểm đạt chuẩn",
      value_max=200000, approx="about"),
    F("từ 200.000 đến 300.000 đồng", "200.000", 200000, "money", "đồng",
      "mức phạt tiền người điều khiển, người ngồi trên xe máy điện không đội mũ bảo hiểm",
      value_max=300000, location="Việt Nam"),
    F("từ đủ 14 tuổi", "14", 14, "measure", "tuổi", None, value_max=16, optional=True),
    F("dưới 16 tuổi, lực lượng", "16", 16, "measure", "tuổi", None, approx="under", optional=True),
    F("phấn đấu 100% trường THPT", "100", 100, "percent", "%",
      "trường THPT ký cam kết với phụ huynh không giao xe cho học sinh chưa đủ tuổi", status="target",
      period=period("đến hết năm 2023", None, "2023-12-31")),
]

NOTES = [
    "Báo Nghệ An (Party paper) with byline and bare date at the end. The province is said only as 'tỉnh'; its city and districts",
    "(TP Vinh, Diễn Châu, Quỳnh Lưu) imply Nghệ An, the article default. The decree's fine is a national rule (Việt Nam).",
    "Not figures: Nghị định số 100/2019/NĐ-CP, 'Trung tá Nguyễn Văn Tám', Quốc lộ 1A/46, the bare date 15/11/2023.",
    "'vi phạm không đội mũ bảo hiểm chiếm tới 61,5%' has its own subject: a percent figure; 812 after 'Trong đó' is part of 2.845.",
    "Age band 'từ đủ 14 tuổi đến dưới 16 tuổi' is optional (category threshold), either as one range or two numbers.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-11-15", location="Nghệ An")
