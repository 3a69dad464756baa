"""p1086-1: province portal (Bắc Ninh), complaints about noise, H1/2024."""
from lib import F, P, I, C, T, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên và Môi trường
Bắc Ninh: Hơn 1.200 phản ánh về tiếng ồn trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.318

Theo Sở Tài nguyên và Môi trường, 6 tháng đầu năm 2024, các cơ quan chức năng trên địa bàn tỉnh Bắc Ninh đã tiếp nhận 1.246 phản ánh, kiến nghị về ô nhiễm tiếng ồn qua đường dây nóng 0222.3874.116 và ứng dụng Bắc Ninh Smart, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, tiếng ồn từ hoạt động hát karaoke là 684 phản ánh, chiếm 54,9%; tiếng ồn từ các công trình xây dựng, nhất là các công trình thi công ban đêm dọc Quốc lộ 18, là 352 phản ánh; còn lại là tiếng ồn từ cơ sở sản xuất, làng nghề.

Tính đến ngày 30/6, các cơ quan đã giải quyết xong 1.173 phản ánh, đạt 94,1%; 73 phản ánh đang được xác minh, xử lý. Thời gian giải quyết bình quân là 4,5 ngày/phản ánh, giảm 1,2 ngày so với năm 2023.

Qua kiểm tra, lực lượng chức năng đã lập biên bản 156 trường hợp, ra quyết định xử phạt 128 trường hợp với tổng số tiền gần 1,9 tỷ đồng. Tổng số tiền phạt gấp khoảng 1,6 lần cùng kỳ năm trước. TP Bắc Ninh (47 trường hợp) và TP Từ Sơn (39 trường hợp) là những địa phương có nhiều trường hợp bị xử phạt nhất, chiếm 67,2% tổng số. Kết quả đo tại 24 điểm dân cư cho thấy độ ồn ban đêm dao động từ 58 đến 76 dBA, trong khi giới hạn cho phép theo QCVN 26:2010/BTNMT là 55 dBA.

UBND tỉnh đặt mục tiêu đến hết năm 2024, 100% phản ánh về tiếng ồn được xử lý đúng thời hạn, số phản ánh giảm ít nhất 20% so với năm 2023. Dự kiến trong quý III, Sở sẽ lắp thêm 6 trạm quan trắc tiếng ồn tự động tại các khu đô thị mới, với kinh phí khoảng 3,5 tỷ đồng.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("trong 6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6", None, "2024-06-30")
TGT = P("đến hết năm 2024", None, "2024-12-31")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("Hơn 1.200 phản ánh", "1.200", 1200, "count", "phản ánh", "phản ánh về tiếng ồn",
      HEAD, approx="over"),
    F("tiếp nhận 1.246 phản ánh", "1.246", 1246, "count", "phản ánh",
      "phản ánh, kiến nghị về ô nhiễm tiếng ồn", H1,
      change=C("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("karaoke là 684 phản ánh", "684", 684, "count", "phản ánh",
      "phản ánh về tiếng ồn từ hoạt động hát karaoke", I(H1), total=1246, percent=54.9),
    F("Quốc lộ 18, là 352 phản ánh", "352", 352, "count", "phản ánh",
      "phản ánh về tiếng ồn từ các công trình xây dựng", I(H1), total=1246),
    F("xong 1.173 phản ánh", "1.173", 1173, "count", "phản ánh",
      "phản ánh đã giải quyết xong", ASOF, percent=94.1),
    F("73 phản ánh đang", "73", 73, "count", "phản ánh",
      "phản ánh đang được xác minh, xử lý", ASOF),
    F("bình quân là 4,5 ngày", "4,5", 4.5, "measure", "ngày/phản ánh",
      "thời gian giải quyết bình quân", I(H1),
      change=C("decrease", 1.2, "ngày", "năm 2023")),
    F("biên bản 156 trường hợp", "156", 156, "count", "trường hợp",
      "trường hợp bị lập biên bản", I(H1)),
    F("xử phạt 128 trường hợp", "128", 128, "count", "trường hợp",
      "trường hợp bị ra quyết định xử phạt", I(H1)),
    F("gần 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tổng số tiền xử phạt", I(H1),
      approx="nearly"),
    F("gấp khoảng 1,6 lần", "1,6", 1.6, "multiple", "lần",
      "tổng số tiền phạt so với cùng kỳ năm trước", I(H1), approx="about"),
    F("TP Bắc Ninh (47 trường hợp)", "47", 47, "count", "trường hợp",
      "trường hợp bị xử phạt", I(H1), location="TP Bắc Ninh"),
    F("TP Từ Sơn (39 trường hợp)", "39", 39, "count", "trường hợp",
      "trường hợp bị xử phạt", I(H1), location="TP Từ Sơn"),
    F("chiếm 67,2% tổng số", "67,2", 67.2, "percent", "%",
      "tỷ lệ trường hợp bị xử phạt của TP Bắc Ninh và TP Từ Sơn", I(H1)),
    F("tại 24 điểm dân cư", "24", 24, "count", "điểm", "điểm dân cư đo độ ồn", I(H1)),
    F("từ 58 đến 76 dBA", "58", 58, "measure", "dBA", "độ ồn ban đêm tại các điểm dân cư",
      I(H1), value_max=76),
    F("là 55 dBA", "55", 55, "measure", "dBA", "giới hạn độ ồn ban đêm cho phép theo QCVN",
      optional=True),
    F("2024, 100% phản ánh", "100", 100, "percent", "%",
      "phản ánh về tiếng ồn được xử lý đúng thời hạn", TGT, status="target"),
    F("ít nhất 20%", "20", 20, "percent", "%", "mức giảm số phản ánh so với năm 2023", TGT,
      approx="at_least", status="target"),
    F("thêm 6 trạm", "6", 6, "count", "trạm", "trạm quan trắc tiếng ồn tự động lắp thêm", Q3,
      status="forecast"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng",
      "kinh phí lắp trạm quan trắc tiếng ồn tự động", Q3, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bắc Ninh (invented): phản ánh về tiếng ồn 6 tháng đầu năm 2024, xử phạt, đo độ ồn, mục tiêu 2024.",
    "Headline '6 tháng' takes 2024 (published). 'Tính đến ngày 30/6' = as-of 2024-06-30.",
    "67,2% is the combined share of TP Bắc Ninh and TP Từ Sơn, a percent figure of its own (not the share of 39).",
    "'gấp khoảng 1,6 lần cùng kỳ năm trước' stands as its own sentence: a multiple. 55 dBA (QCVN limit) optional.",
    "Distractors: Lượt xem 2.318, 0222.3874.116, Quốc lộ 18, QCVN 26:2010/BTNMT, 09:45.",
]

write_set("p1086-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Bắc Ninh")
