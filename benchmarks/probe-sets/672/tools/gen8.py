"""p672-8: provincial newspaper with byline-time-date line (Báo Đà Nẵng) — đường dây nóng tín dụng đen quý I/2024."""
from lib import F, P, I, CH, emit

TEXT = """Báo Đà Nẵng > Xã hội > Pháp luật
Đường dây nóng tiếp nhận 426 cuộc gọi phản ánh tín dụng đen trong quý I
NGỌC PHÚ 06:48, 05/04/2024

(Baodanang.vn) - Quý I/2024, đường dây nóng phòng, chống tín dụng đen của Công an thành phố (số 069.2657.125, trực 24/24 giờ) đã tiếp nhận 426 cuộc gọi, tăng 18,3% so với cùng kỳ năm 2023. Trong đó, 137 cuộc gọi phản ánh hoạt động cho vay nặng lãi, 95 cuộc gọi phản ánh hành vi đòi nợ kiểu "khủng bố", còn lại là đề nghị tư vấn pháp luật.

Các quận có nhiều cuộc gọi phản ánh nhất gồm Thanh Khê (84 cuộc), Liên Chiểu (71 cuộc) và Sơn Trà (52 cuộc).

Từ nguồn tin báo, lực lượng chức năng đã xác minh 121/137 tin báo về cho vay nặng lãi (đạt 88,3%), phát hiện 9 vụ có dấu hiệu tội phạm, khởi tố 6 vụ, 11 bị can. Điển hình, ngày 2/4, Đội 3 Phòng Cảnh sát hình sự bắt giữ nhóm đối tượng trú tại tổ 12, phường Hòa Khánh Bắc, quận Liên Chiểu cho 85 người vay với tổng số tiền khoảng 3,6 tỷ đồng, lãi suất 1%/ngày (tương đương 365%/năm).

Ngoài ra, trang Zalo OA "Công an TP Đà Nẵng" nhận 1.180 lượt tin nhắn hỏi về thủ đoạn cho vay qua app, gấp 2,4 lần cùng kỳ.

Trung tá Nguyễn Văn H., Phó Trưởng phòng Cảnh sát hình sự cho biết, ước cả năm 2024 đường dây nóng tiếp nhận khoảng 1.600 cuộc gọi. Năm 2024, Công an thành phố phấn đấu xác minh, xử lý 100% tin báo về tín dụng đen, đồng thời phối hợp với các quận, huyện bóc, xóa dứt điểm quảng cáo cho vay trên các tuyến đường chính.
"""

Q1h = P("trong quý I", "2024-01-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1i = I(Q1)
Y = P("cả năm 2024", "2024-01-01", "2024-12-31")
Y2 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "cuộc gọi phản ánh"

FIGS = [
    F("tiếp nhận 426 cuộc gọi phản", "426", 426, "count", "cuộc gọi", "cuộc gọi phản ánh tín dụng đen đường dây nóng tiếp nhận", Q1h),
    F("tiếp nhận 426 cuộc gọi,", "426", 426, "count", "cuộc gọi", "cuộc gọi đường dây nóng phòng, chống tín dụng đen tiếp nhận", Q1,
      change=CH("increase", 18.3, "%", "cùng kỳ năm 2023")),
    F("137 cuộc gọi", "137", 137, "count", "cuộc gọi", "cuộc gọi phản ánh hoạt động cho vay nặng lãi", Q1i, total=426),
    F("95 cuộc gọi", "95", 95, "count", "cuộc gọi", "cuộc gọi phản ánh hành vi đòi nợ kiểu khủng bố", Q1i, total=426),
    F("(84 cuộc)", "84", 84, "count", "cuộc", SUBJ, Q1i, location="Thanh Khê"),
    F("(71 cuộc)", "71", 71, "count", "cuộc", SUBJ, Q1i, location="Liên Chiểu"),
    F("(52 cuộc)", "52", 52, "count", "cuộc", SUBJ, Q1i, location="Sơn Trà"),
    F("xác minh 121/137", "121", 121, "count", "tin báo", "tin báo về cho vay nặng lãi đã xác minh", Q1i,
      total=137, percent=88.3),
    F("phát hiện 9 vụ", "9", 9, "count", "vụ", "vụ có dấu hiệu tội phạm phát hiện", Q1i),
    F("khởi tố 6 vụ", "6", 6, "count", "vụ", "vụ khởi tố", Q1i),
    F("11 bị can", "11", 11, "count", "bị can", "bị can khởi tố", Q1i),
    F("cho 85 người vay", "85", 85, "count", "người", "người vay của nhóm đối tượng", location="Liên Chiểu"),
    F("khoảng 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "tổng số tiền cho vay của nhóm đối tượng", approx="about",
      location="Liên Chiểu"),
    F("lãi suất 1%/ngày", "1", 1, "percent", "%", "lãi suất cho vay theo ngày", location="Liên Chiểu"),
    F("tương đương 365%/năm", "365", 365, "percent", "%", "lãi suất cho vay quy đổi theo năm", location="Liên Chiểu"),
    F("nhận 1.180 lượt", "1.180", 1180, "count", "lượt tin nhắn", "lượt tin nhắn hỏi về thủ đoạn cho vay qua app Zalo OA nhận",
      Q1i, change=CH("increase", 2.4, "lần", "cùng kỳ")),
    F("khoảng 1.600 cuộc gọi", "1.600", 1600, "count", "cuộc gọi", "cuộc gọi đường dây nóng tiếp nhận", Y,
      approx="about", status="estimate"),
    F("xử lý 100% tin báo", "100", 100, "percent", "%", "tin báo về tín dụng đen được xác minh, xử lý", Y2, status="target"),
]

COMMENTS = [
    "Báo Đà Nẵng: đường dây nóng phòng, chống tín dụng đen của Công an TP Đà Nẵng, quý I/2024 (cuộc gọi, tin báo, vụ, bị can, tin nhắn).",
    "'NGỌC PHÚ 06:48, 05/04/2024' is the byline dateline. Not figures: the hotline 069.2657.125, 'trực 24/24 giờ' (round-the-clock),",
    "'ngày 2/4', 'Đội 3', 'tổ 12', 'Trung tá'. Headline year-less 'quý I' = 2024 (published).",
    "'Trong đó' parts (137, 95) take 426; the district list after 'Các quận ... gồm' follows no figure, so no total; districts go to location.",
    "'121/137 tin báo (đạt 88,3%)': total 137, percent 88.3. The arrest sentence names quận Liên Chiểu: its figures take that district.",
    "'lãi suất 1%/ngày (tương đương 365%/năm)': two percent figures; 365% is an equivalent rate, not a share (not a percent attribute).",
    "'gấp 2,4 lần cùng kỳ' after 1.180 lượt is its change (lần). 'ước cả năm 2024 ... khoảng 1.600' → estimate; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    emit("p672-8", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Đà Nẵng")
