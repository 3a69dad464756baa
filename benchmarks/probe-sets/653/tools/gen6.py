from lib import F, P, I, CH, TG, emit

TEXT = """Du lịch › Điểm đến
Thứ tư, 21/8/2024, 06:30 (GMT+7)

Khách quốc tế chiếm 46% lượt lưu trú homestay vùng cao

Khách nước ngoài chiếm 46% lượt khách lưu trú tại homestay ở các tỉnh miền núi phía Bắc trong 6 tháng đầu năm, theo khảo sát của Hiệp hội Du lịch Việt Nam (VITA) công bố ngày 20/8.

Khảo sát thực hiện với 1.250 cơ sở homestay tại 14 tỉnh. Tỷ lệ khách quốc tế cao nhất ghi nhận ở Hà Giang (58,3%), tiếp đến là Lào Cai (52,1%), Cao Bằng (47,5%) và Ninh Bình (44%). Khách đến từ Pháp, Israel và Đức chiếm tỷ trọng lớn nhất.

Giá phòng homestay bình quân 6 tháng đầu năm 2024 là 480.000 đồng/đêm, tăng 7% so với cùng kỳ; phòng có view ruộng bậc thang ở huyện Hoàng Su Phì dao động từ 800.000 đến 1,2 triệu đồng/đêm. Khách quốc tế lưu trú trung bình 2,8 đêm, trong khi khách nội địa chỉ 1,4 đêm.

Trên nền tảng Booking.com, Việt Nam đứng thứ 3 Đông Nam Á về số homestay được chấm từ 9 điểm trở lên. Tuy vậy, có tới 38% cơ sở được khảo sát chưa có hệ thống xử lý nước thải đạt chuẩn và khoảng 30% chủ homestay chưa qua đào tạo nghiệp vụ.

"Homestay vùng cao đang cạnh tranh bằng trải nghiệm văn hóa chứ không phải bằng giá", ông Vũ Thế Bình, Phó chủ tịch VITA, nói. Theo ông, đến năm 2030 cần có ít nhất 70% homestay đạt tiêu chuẩn TCVN 7800:2017 để giữ chân khách quốc tế chi tiêu cao.

Tại hội thảo ở số 80 Quán Sứ (Hà Nội), các chuyên gia khuyến nghị địa phương hỗ trợ vốn vay ưu đãi cho chủ homestay nâng cấp khu vệ sinh, xây dựng tour trải nghiệm 2 ngày 1 đêm gắn với chợ phiên.

Hoài Thu
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = P("đến năm 2030", None, "2030-12-31")
TL = "tỷ lệ khách quốc tế lưu trú homestay"

FIGS = [
    F("chiếm 46% lượt lưu trú", "46", 46, "percent", "%", "khách quốc tế trong lượt lưu trú homestay vùng cao"),
    F("chiếm 46% lượt khách", "46", 46, "percent", "%",
      "khách nước ngoài trong lượt khách lưu trú tại homestay ở các tỉnh miền núi phía Bắc", H1),
    F("với 1.250 cơ sở", "1.250", 1250, "count", "cơ sở homestay", "cơ sở homestay được khảo sát"),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh được khảo sát"),
    F("(58,3%)", "58,3", 58.3, "percent", "%", TL, I(H1), location="Hà Giang"),
    F("(52,1%)", "52,1", 52.1, "percent", "%", TL, I(H1), location="Lào Cai"),
    F("(47,5%)", "47,5", 47.5, "percent", "%", TL, I(H1), location="Cao Bằng"),
    F("(44%)", "44", 44, "percent", "%", TL, I(H1), location="Ninh Bình"),
    F("là 480.000 đồng", "480.000", 480000, "money", "đồng/đêm", "giá phòng homestay bình quân", H1y,
      change=CH("increase", 7, "%", "cùng kỳ")),
    F("từ 800.000 đến 1,2 triệu", "800.000", 800000, "money", "đồng/đêm",
      "giá phòng có view ruộng bậc thang", H1y, value_max=1200000, location="Hoàng Su Phì"),
    F("trung bình 2,8 đêm", "2,8", 2.8, "measure", "đêm", "thời gian lưu trú trung bình của khách quốc tế"),
    F("chỉ 1,4 đêm", "1,4", 1.4, "measure", "đêm", "thời gian lưu trú của khách nội địa"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số homestay được chấm từ 9 điểm trở lên trên Booking.com tại Đông Nam Á"),
    F("từ 9 điểm", "9", 9, "measure", "điểm", "điểm đánh giá homestay trên Booking.com", approx="at_least",
      optional=True),
    F("có tới 38%", "38", 38, "percent", "%", "cơ sở được khảo sát chưa có hệ thống xử lý nước thải đạt chuẩn"),
    F("khoảng 30%", "30", 30, "percent", "%", "chủ homestay chưa qua đào tạo nghiệp vụ", approx="about"),
    F("ít nhất 70%", "70", 70, "percent", "%", "homestay đạt tiêu chuẩn TCVN 7800:2017", T30,
      approx="at_least", status="target"),
]

COMMENTS = [
    "National press (travel section), 'Thứ tư, 21/8/2024, 06:30 (GMT+7)', byline at the end. VITA survey of homestays in northern mountain provinces.",
    "Foreign visitors' share (headline + lead), survey size, provincial shares in a bracketed list (province -> location), room price, stay length,",
    "a rank on Booking.com, shortcomings, 2030 target. Location: a survey of 14 provinces in a national paper -> 'Việt Nam' (file default),",
    "except list items (provinces) and 'huyện Hoàng Su Phì'. '6 tháng đầu năm' in the lead takes 2024 from the dateline.",
    "'từ 9 điểm trở lên' is a threshold in the rank's subject -> optional. 'có tới 38%' is exact.",
    "Distractors: 'ngày 20/8', 'TCVN 7800:2017', 'số 80 Quán Sứ', 'tour 2 ngày 1 đêm' (product name), '(GMT+7)', dateline.",
]

emit("p653-6", TEXT, COMMENTS, FIGS, published="2024-08-21", location="Việt Nam")
