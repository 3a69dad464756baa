"""p840-8: provincial newspaper online (Báo Bắc Giang, tag BBG), Q1/2025 helmet use and violations."""
from lib import F, change, period, write

TEXT = """
Bắc Giang: Hơn 98% học sinh đội mũ bảo hiểm khi tham gia giao thông
Cập nhật lúc 16:40, Thứ Tư, 26/03/2025

(BBG) - Quý I/2025, qua kiểm tra tại 386 cổng trường, tỷ lệ học sinh trên địa bàn tỉnh đội mũ bảo hiểm khi đi xe máy, xe máy điện đạt 98,2%, cao hơn 3,5 điểm phần trăm so với cùng kỳ năm 2024.

Theo Phòng Cảnh sát giao thông Công an tỉnh, từ đầu năm đến nay, lực lượng chức năng đã lập biên bản 1.146 trường hợp học sinh vi phạm, giảm 27,4% so với cùng kỳ; phạt tiền 214 phụ huynh giao xe cho con chưa đủ điều kiện điều khiển, tổng số tiền hơn 1,3 tỷ đồng. Học sinh vi phạm tập trung ở các huyện Lục Nam (168 trường hợp), Yên Thế (141 trường hợp), Lạng Giang (127 trường hợp) và thị xã Việt Yên (119 trường hợp).

Trong quý I, toàn tỉnh xảy ra 9 vụ tai nạn giao thông liên quan đến học sinh, làm chết 3 em, giảm 2 vụ so với cùng kỳ.

Từ ngày 1/1/2025, Luật Trật tự, an toàn giao thông đường bộ năm 2024 quy định trẻ em dưới 10 tuổi và chiều cao dưới 1,35 m khi đi ô tô không được ngồi hàng ghế phía trước. Theo Nghị định số 168/2024/NĐ-CP, người giao xe mô tô cho người chưa đủ tuổi điều khiển bị phạt từ 4 đến 6 triệu đồng; người ngồi sau không đội mũ bảo hiểm bị phạt từ 400.000 đến 600.000 đồng.

Năm 2025, tỉnh phấn đấu 100% học sinh đội mũ bảo hiểm đạt chuẩn khi đi xe máy. Dự kiến trong tháng 4, Sở Giáo dục và Đào tạo phối hợp với các doanh nghiệp trao khoảng 2.500 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn, mỗi chiếc trị giá 180.000 đồng.

Minh Hằng
"""

PQ = period("Quý I/2025", "2025-01-01", "2025-03-31")
PDN = period("từ đầu năm đến nay", "2025-01-01", "2025-03-26")
PDNi = period("từ đầu năm đến nay", "2025-01-01", "2025-03-26", inherited=True)
PQ1 = period("Trong quý I", "2025-01-01", "2025-03-31")
PT4 = period("trong tháng 4", "2025-04-01", "2025-04-30")
VP = "học sinh vi phạm"

FIGS = [
    F("Hơn 98% học sinh", "98", 98, "percent", "%", "học sinh đội mũ bảo hiểm khi tham gia giao thông",
      approx="over"),
    F("tại 386 cổng trường", "386", 386, "count", "cổng trường", "cổng trường được kiểm tra", period=PQ),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%", "tỷ lệ học sinh đội mũ bảo hiểm khi đi xe máy, xe máy điện",
      change=change("increase", 3.5, "điểm phần trăm", "cùng kỳ năm 2024"), period=PQ),
    F("biên bản 1.146 trường hợp", "1.146", 1146, "count", "trường hợp", "trường hợp học sinh vi phạm",
      change=change("decrease", 27.4, "%", "cùng kỳ"), period=PDN),
    F("phạt tiền 214 phụ huynh", "214", 214, "count", "phụ huynh",
      "phụ huynh giao xe cho con chưa đủ điều kiện điều khiển bị phạt tiền", period=PDN),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "tổng số tiền phạt", approx="over", period=PDN),
    F("Lục Nam (168 trường hợp)", "168", 168, "count", "trường hợp", VP, location="Lục Nam", period=PDNi),
    F("Yên Thế (141 trường hợp)", "141", 141, "count", "trường hợp", VP, location="Yên Thế", period=PDNi),
    F("Lạng Giang (127 trường hợp)", "127", 127, "count", "trường hợp", VP, location="Lạng Giang", period=PDNi),
    F("Việt Yên (119 trường hợp)", "119", 119, "count", "trường hợp", VP, location="Việt Yên", period=PDNi),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "vụ tai nạn giao thông liên quan đến học sinh",
      change=change("decrease", 2, "vụ", "cùng kỳ"), period=PQ1),
    F("làm chết 3 em", "3", 3, "count", "em", "học sinh chết", period=PQ1),
    F("dưới 10 tuổi", "10", 10, "measure", "tuổi", None, approx="under", optional=True),
    F("dưới 1,35 m", "1,35", 1.35, "measure", "m", None, approx="under", optional=True),
    F("từ 4 đến 6 triệu đồng", "4", 4e6, "money", "đồng",
      "mức phạt người giao xe mô tô cho người chưa đủ tuổi điều khiển", value_max=6e6, location="Việt Nam"),
    F("từ 400.000 đến 600.000 đồng", "400.000", 400000, "money", "đồng",
      "mức phạt người ngồi sau không đội mũ bảo hiểm", value_max=600000, location="Việt Nam"),
    F("phấn đấu 100% học sinh", "100", 100, "percent", "%", "học sinh đội mũ bảo hiểm đạt chuẩn khi đi xe máy",
      status="target", period=period("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 2.500 mũ", "2.500", 2500, "count", "mũ bảo hiểm", "mũ bảo hiểm trao cho học sinh có hoàn cảnh khó khăn",
      approx="about", status="forecast", period=PT4),
    F("trị giá 180.000 đồng", "180.000", 180000, "money", "đồng/chiếc", "trị giá mỗi chiếc mũ bảo hiểm",
      status="forecast", period=PT4),
]

NOTES = [
    "Báo Bắc Giang online: headline figure, 'Cập nhật lúc 16:40, Thứ Tư, 26/03/2025', tag '(BBG) -', byline at the end.",
    "Not figures: 16:40, 'Từ ngày 1/1/2025', 'Luật ... năm 2024', Nghị định số 168/2024/NĐ-CP.",
    "'trẻ em dưới 10 tuổi và chiều cao dưới 1,35 m' is a legal category threshold: optional.",
    "The decree's fines are national rules (Việt Nam). 'Trong quý I' takes 2025 from 'Quý I/2025'; 'trong tháng 4' is 2025.",
    "'mỗi chiếc trị giá 180.000 đồng' continues the 'Dự kiến' clause: forecast, đồng/chiếc, period tháng 4.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-03-26", location="Bắc Giang")
