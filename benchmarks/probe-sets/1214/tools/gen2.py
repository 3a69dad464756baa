"""p1214-2: district portal (huyện Trần Văn Thời, Cà Mau): fish meal plants in Sông Đốc, odour control, one company."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN VĂN THỜI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Môi trường

Sông Đốc: Siết chặt xử lý mùi hôi tại các cơ sở chế biến bột cá

Thứ Năm, 24/10/2024 - 15:40

Hiện nay, trên địa bàn thị trấn Sông Đốc có 11 cơ sở chế biến bột cá, trong đó 4 cơ sở có công suất trên 50 tấn nguyên liệu/ngày. 9 tháng năm 2024, các cơ sở đã thu mua khoảng 46.500 tấn cá tạp, sản xuất được 10.200 tấn bột cá, giải quyết việc làm cho hơn 320 lao động với thu nhập bình quân 7,2 triệu đồng/người/tháng.

Từ tháng 3 đến tháng 9/2024, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 17 lượt, lập biên bản 6 cơ sở vi phạm về xả thải và mùi hôi (trong đó một cơ sở tái phạm), xử phạt hành chính tổng số tiền 285 triệu đồng; 2 cơ sở bị đình chỉ hoạt động 3 tháng để khắc phục.

Tại khóm 9, Công ty TNHH Chế biến thủy sản Hải Đăng vừa đầu tư gần 4,5 tỷ đồng lắp đặt hệ thống sấy hơi nước và tháp khử mùi. Theo ông Phạm Quốc Việt, Giám đốc công ty, sau khi nâng cấp, mỗi ngày nhà máy chế biến khoảng 60 tấn nguyên liệu, tỷ lệ thu hồi bột cá đạt 22-23%, lượng than đá tiêu thụ giảm khoảng 30%. Công ty hiện có 48 lao động, trong đó có 31 lao động nữ.

Theo kế hoạch của UBND huyện, đến cuối năm 2025, 100% cơ sở chế biến bột cá phải có hệ thống xử lý mùi đạt chuẩn; cơ sở không đáp ứng sẽ phải di dời vào Cụm công nghiệp Sông Đốc. Cụm công nghiệp này có quy mô 37,5 ha, cách trung tâm thị trấn khoảng 5 km.

Minh Khoa - Văn phòng HĐND và UBND huyện
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
INSP = P("Từ tháng 3 đến tháng 9/2024", "2024-03-01", "2024-09-30")
TO25 = P("đến cuối năm 2025", None, "2025-12-31")
CO = "Công ty TNHH Chế biến thủy sản Hải Đăng"

FIGS = [
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở chế biến bột cá trên địa bàn thị trấn Sông Đốc"),
    F("trong đó 4 cơ sở", "4", 4, "count", "cơ sở", total=11,
      subject="cơ sở chế biến bột cá có công suất trên 50 tấn nguyên liệu/ngày"),
    F("trên 50 tấn", "50", 50, "measure", "tấn/ngày", approx="over", optional=True,
      subject="công suất cơ sở chế biến bột cá"),
    F("khoảng 46.500 tấn", "46.500", 46500, "measure", "tấn", approx="about",
      subject="cá tạp các cơ sở thu mua", period=M9),
    F("được 10.200 tấn", "10.200", 10200, "measure", "tấn", subject="bột cá sản xuất", period=M9),
    F("hơn 320 lao động", "320", 320, "count", "lao động", approx="over",
      subject="lao động được giải quyết việc làm tại các cơ sở chế biến bột cá", period=M9),
    F("bình quân 7,2 triệu", "7,2", 7200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động chế biến bột cá", period=M9),
    F("kiểm tra 17 lượt", "17", 17, "count", "lượt", subject="lượt kiểm tra của Đoàn kiểm tra liên ngành", period=INSP),
    F("biên bản 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở vi phạm về xả thải và mùi hôi bị lập biên bản",
      period=INSP),
    F("trong đó một cơ sở", "một", 1, "count", "cơ sở", total=6, subject="cơ sở tái phạm", period=INSP),
    F("285 triệu", "285", 285000000, "money", "đồng", subject="tổng số tiền xử phạt hành chính", period=INSP),
    F("; 2 cơ sở", "2", 2, "count", "cơ sở", subject="cơ sở bị đình chỉ hoạt động", period=INSP),
    F("hoạt động 3 tháng", "3", 3, "measure", "tháng", optional=True, subject="thời hạn đình chỉ hoạt động"),
    F("gần 4,5 tỷ", "4,5", 4500000000, "money", "đồng", approx="nearly",
      subject=f"vốn {CO} đầu tư lắp đặt hệ thống sấy hơi nước và tháp khử mùi"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn/ngày", approx="about",
      subject="nguyên liệu nhà máy chế biến mỗi ngày"),
    F("đạt 22-23%", "22", 22, "percent", "%", value_max=23, subject="tỷ lệ thu hồi bột cá"),
    F("giảm khoảng 30%", "30", 30, "percent", "%", approx="about", subject="lượng than đá tiêu thụ"),
    F("có 48 lao động", "48", 48, "count", "lao động", subject="lao động của công ty"),
    F("có 31 lao động", "31", 31, "count", "lao động", total=48, subject="lao động nữ của công ty"),
    F("100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ cơ sở chế biến bột cá có hệ thống xử lý mùi đạt chuẩn", period=TO25),
    F("quy mô 37,5 ha", "37,5", 37.5, "measure", "ha", subject="quy mô Cụm công nghiệp Sông Đốc"),
    F("khoảng 5 km", "5", 5, "measure", "km", approx="about",
      subject="khoảng cách từ Cụm công nghiệp Sông Đốc đến trung tâm thị trấn"),
]

NOTES = [
    "District portal (huyện Trần Văn Thời, Cà Mau): 'Thứ Năm, 24/10/2024 - 15:40', byline at the end. Sông Đốc is a town (thị trấn) of the district:",
    "location = the district. Distractors: 15:40, 'khóm 9', 'tháng 3 đến tháng 9/2024' (a period), 'Văn phòng HĐND và UBND huyện'.",
    "'một cơ sở tái phạm' is a number word (1), part of the 6 in the bracket with 'trong đó'. '4 cơ sở' is part of 11 (trong đó).",
    "'trên 50 tấn nguyên liệu/ngày' defines the group (optional); 'đình chỉ hoạt động 3 tháng' is the length of a sanction (optional).",
    "'giảm khoảng 30%' with no base amount: a percent figure of its own, no change object. Company figures and 'hiện' have no period.",
    "revised after the first run: unit of the optional 'trên 50 tấn' → 'tấn/ngày'; subjects of 48 / 31 lao động name the company as the",
    "sentence does ('Công ty'), not with the full name from an earlier sentence.",
    "'Theo kế hoạch ... đến cuối năm 2025, 100%' → target; the industrial cluster's size stands in its own sentence: actual.",
]

if __name__ == "__main__":
    write("p1214-2", TEXT, NOTES, FIGS, published="2024-10-24", location="Trần Văn Thời")
