"""p1400-8: radio/TV site (Đài PT-TH Cần Thơ): foreign English teachers, inspections, school periods."""
from lib import F, period, inherited, year, change, target, write

TEXT = """THCT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Văn hóa - Xã hội | Video | Podcast

Siết chặt quản lý giáo viên nước ngoài dạy tiếng Anh

Cập nhật lúc: 22/03/2024 - 18:45

(THCT) - Thành phố Cần Thơ hiện có 214 giáo viên nước ngoài đang giảng dạy ngoại ngữ, trong đó 63 người tham gia dạy tiết học liên kết tại các trường phổ thông công lập. Số giáo viên đến từ các nước có tiếng Anh là ngôn ngữ chính chiếm khoảng 58%.

Từ đầu năm đến nay, Sở Giáo dục và Đào tạo phối hợp với Sở Lao động - Thương binh và Xã hội kiểm tra 35 trung tâm ngoại ngữ, phát hiện 6 trung tâm sử dụng 11 giáo viên nước ngoài chưa có giấy phép lao động hoặc không có bằng cấp phù hợp. Các đơn vị vi phạm bị xử phạt tổng cộng 127,5 triệu đồng; 2 trung tâm bị đình chỉ hoạt động có thời hạn.

Tại Trường Tiểu học Lê Quý Đôn (quận Ninh Kiều), học sinh được học 2 tiết tiếng Anh mỗi tuần với giáo viên người Úc và người Anh. Cô Trương Mỹ Linh, Hiệu trưởng nhà trường, cho biết 100% giáo viên nước ngoài dạy tại trường có bằng đại học và chứng chỉ TESOL; mức đóng góp 40.000 đồng/tiết, phụ huynh tự nguyện đăng ký.

Theo kế hoạch, trong quý II/2024, thành phố sẽ kiểm tra thêm khoảng 20 cơ sở; đến năm 2025, 100% giáo viên nước ngoài phải được thẩm định hồ sơ trước khi giảng dạy.

Ngọc Trâm - Minh Khang

Xem thêm: Bản tin Thời sự 19h ngày 22/3 trên kênh THCT1
Chia sẻ | Bình luận (0)
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-03-22")
NK = "Ninh Kiều"

FIGS = [
    F("có 214 giáo viên", "214", 214, "count", "giáo viên nước ngoài",
      subject="giáo viên nước ngoài đang giảng dạy ngoại ngữ"),
    F("trong đó 63 người", "63", 63, "count", "người", total=214,
      subject="giáo viên nước ngoài tham gia dạy tiết học liên kết tại các trường phổ thông công lập"),
    F("khoảng 58%", "58", 58, "percent", "%", approx="about",
      subject="giáo viên đến từ các nước có tiếng Anh là ngôn ngữ chính"),
    F("kiểm tra 35 trung tâm", "35", 35, "count", "trung tâm ngoại ngữ",
      subject="trung tâm ngoại ngữ được kiểm tra", per=YTD),
    F("phát hiện 6 trung tâm", "6", 6, "count", "trung tâm",
      subject="trung tâm sử dụng giáo viên nước ngoài chưa có giấy phép lao động hoặc không có bằng cấp phù hợp",
      per=YTD),
    F("sử dụng 11 giáo viên", "11", 11, "count", "giáo viên nước ngoài",
      subject="giáo viên nước ngoài chưa có giấy phép lao động hoặc không có bằng cấp phù hợp", per=YTD),
    F("tổng cộng 127,5 triệu", "127,5", 127.5e6, "money", "đồng",
      subject="tiền xử phạt các đơn vị vi phạm", per=inherited(YTD)),
    F("2 trung tâm bị", "2", 2, "count", "trung tâm", subject="trung tâm bị đình chỉ hoạt động có thời hạn",
      per=inherited(YTD)),
    F("học 2 tiết tiếng Anh", "2", 2, "measure", "tiết/tuần",
      subject="tiết tiếng Anh mỗi tuần với giáo viên người Úc và người Anh", location=NK),
    F("cho biết 100%", "100", 100, "percent", "%",
      subject="giáo viên nước ngoài dạy tại trường có bằng đại học và chứng chỉ TESOL", location=NK),
    F("đóng góp 40.000", "40.000", 40000, "money", "đồng/tiết", subject="mức đóng góp", location=NK),
    F("khoảng 20 cơ sở", "20", 20, "count", "cơ sở", approx="about", status="target",
      subject="cơ sở kiểm tra thêm", per=period("quý II/2024", "2024-04-01", "2024-06-30")),
    F("2025, 100%", "100", 100, "percent", "%", status="target",
      subject="giáo viên nước ngoài được thẩm định hồ sơ trước khi giảng dạy",
      per=period("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Cần Thơ): channel banner, menu, 'Cập nhật lúc: 22/03/2024 - 18:45', tag '(THCT) -', byline, 'Xem thêm', share bar.",
    "Distractors: 18:45, 'Thời sự 19h ngày 22/3', channel 'THCT1', 'Bình luận (0)' (comment count), 'quý II/2024' (a period).",
    "'214 giáo viên ..., trong đó 63 người' → total 214. 'Số giáo viên ... chiếm khoảng 58%' has no count of its own: percent figure (about).",
    "'Từ đầu năm đến nay' → 2024-01-01 .. 2024-03-22 (the dateline); the fine and the suspensions in the next sentence inherit it.",
    "'phát hiện 6 trung tâm' after 'kiểm tra 35 trung tâm': no part-of-whole cue → no total (as the shared gold does).",
    "The school passage in quận Ninh Kiều → location Ninh Kiều for its three figures; '2 tiết ... mỗi tuần' → tiết/tuần.",
    "'Theo kế hoạch, ... sẽ kiểm tra thêm khoảng 20 cơ sở; đến năm 2025, 100% ... phải ...' → target (plan; borderline vs forecast for 'sẽ').",
]

if __name__ == "__main__":
    write("p1400-8", TEXT, NOTES, FIGS, published="2024-03-22", location="Cần Thơ")
