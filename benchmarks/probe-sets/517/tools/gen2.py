"""p517-2: huyện Con Cuông (Nghệ An) district portal, launch of the dry-season fire campaign 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CON CUÔNG
Trang chủ » Tin tức » Kinh tế
Thứ Hai, 22/04/2024 - 15:05

Con Cuông ra quân cao điểm phòng cháy, chữa cháy rừng mùa khô năm 2024

Sáng 20/4, tại xã Chi Khê, UBND huyện tổ chức lễ ra quân cao điểm phòng cháy, chữa cháy rừng mùa khô năm 2024. Hiện toàn huyện có 151.342,6 ha đất có rừng, trong đó rừng đặc dụng 71.045 ha, rừng phòng hộ 38.620 ha, rừng sản xuất 41.677,6 ha. Tỷ lệ che phủ rừng đạt 87,3%, thuộc nhóm cao nhất tỉnh Nghệ An.

Theo dự báo, những tháng tới nắng nóng kéo dài, nguy cơ cháy rừng ở cấp IV, cấp V tại 9/13 xã, thị trấn. Toàn huyện đã xây dựng 13 phương án chữa cháy rừng cấp xã, thành lập 126 tổ, đội xung kích với 1.512 người; bố trí 32 chòi canh lửa và 214 biển báo cấm lửa.

Từ đầu năm đến nay, Hạt Kiểm lâm phối hợp với Vườn quốc gia Pù Mát tổ chức 418 đợt tuần tra, truy quét; phát hiện 27 vụ vi phạm, giảm 9 vụ so với cùng kỳ năm 2023, trong đó phá rừng trái pháp luật 4 vụ với diện tích 1,36 ha. Đã xử phạt hành chính 24 vụ, thu nộp ngân sách gần 386,5 triệu đồng. Đáng chú ý, từ năm 2021 đến nay trên địa bàn huyện không để xảy ra cháy rừng.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện Lữ Đình Thi yêu cầu các xã tiếp tục rà soát phương án, phấn đấu năm 2024 trồng mới 1.450 ha rừng sản xuất, duy trì tỷ lệ che phủ rừng trên 87%.

Mọi thông tin về cháy rừng đề nghị báo về Hạt Kiểm lâm Con Cuông (Khối 4, thị trấn Trà Lân), điện thoại 0238.3873.203.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-22")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 151.342,6 ha", "151.342,6", 151342.6, "measure", "ha", "diện tích đất có rừng"),
    F("đặc dụng 71.045 ha", "71.045", 71045, "measure", "ha", "diện tích rừng đặc dụng", total=151342.6),
    F("phòng hộ 38.620 ha", "38.620", 38620, "measure", "ha", "diện tích rừng phòng hộ", total=151342.6),
    F("sản xuất 41.677,6 ha", "41.677,6", 41677.6, "measure", "ha", "diện tích rừng sản xuất", total=151342.6),
    F("đạt 87,3%", "87,3", 87.3, "percent", "%", "tỷ lệ che phủ rừng"),
    F("tại 9/13 xã", "9", 9, "count", "xã, thị trấn", "xã, thị trấn có nguy cơ cháy rừng ở cấp IV, cấp V",
      total=13, status="forecast"),
    F("dựng 13 phương án", "13", 13, "count", "phương án", "phương án chữa cháy rừng cấp xã"),
    F("lập 126 tổ", "126", 126, "count", "tổ, đội", "tổ, đội xung kích"),
    F("với 1.512 người", "1.512", 1512, "count", "người", "người trong tổ, đội xung kích"),
    F("trí 32 chòi", "32", 32, "count", "chòi canh lửa", "chòi canh lửa"),
    F("và 214 biển", "214", 214, "count", "biển báo", "biển báo cấm lửa"),
    F("tổ chức 418 đợt", "418", 418, "count", "đợt", "đợt tuần tra, truy quét", YTD),
    F("phát hiện 27 vụ", "27", 27, "count", "vụ", "vụ vi phạm", YTD,
      change=CH("decrease", 9, "vụ", "cùng kỳ năm 2023")),
    F("pháp luật 4 vụ", "4", 4, "count", "vụ", "vụ phá rừng trái pháp luật", YTD, total=27),
    F("diện tích 1,36 ha", "1,36", 1.36, "measure", "ha", "diện tích phá rừng trái pháp luật", YTD),
    F("hành chính 24 vụ", "24", 24, "count", "vụ", "vụ vi phạm xử phạt hành chính", I(YTD)),
    F("gần 386,5 triệu đồng", "386,5", 386500000, "money", "đồng", "thu nộp ngân sách", I(YTD), approx="nearly"),
    F("trồng mới 1.450 ha", "1.450", 1450, "measure", "ha", "diện tích trồng mới rừng sản xuất", Y24, status="target"),
    F("rừng trên 87%", "87", 87, "percent", "%", "tỷ lệ che phủ rừng", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Con Cuông (Nghệ An): lễ ra quân cao điểm PCCCR mùa khô 2024; rừng, che phủ, lực lượng, vi phạm, kế hoạch.",
    "Location is the district (Con Cuông); 'tỉnh Nghệ An' is named only as the comparison group.",
    "Forest types after 'trong đó' add up to 151.342,6 ha. '9/13 xã, thị trấn' under 'Theo dự báo' is a forecast count with total 13.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. the dateline 2024-04-22. 'Hiện' sentences and the force counts carry no period.",
    "Distractors: 'Sáng 20/4', 'cấp IV, cấp V', 'từ năm 2021 đến nay … không để xảy ra cháy rừng' (no number), 'Khối 4', phone.",
]

if __name__ == "__main__":
    emit("p517-2", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Con Cuông")
