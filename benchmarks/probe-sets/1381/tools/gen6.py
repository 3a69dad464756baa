"""p1381-6: national newspaper (VnExpress-like): survey of toys sold online, Hà Nội market surveillance."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Tiêu dùng
Thứ sáu, 13/9/2024, 09:12 (GMT+7)

Hơn 30% đồ chơi bán online không có nhãn phụ tiếng Việt

Trong số 150 mẫu đồ chơi mua trên các sàn thương mại điện tử được khảo sát trên toàn quốc, 46 mẫu không có nhãn phụ tiếng Việt, 19 mẫu có hàm lượng chì vượt ngưỡng cho phép.

Kết quả do Trung tâm Nghiên cứu Tiêu dùng An Phúc công bố hôm 12/9 tại Hà Nội. Các mẫu được đặt mua ngẫu nhiên từ tháng 5 đến tháng 7 trên ba sàn lớn, giá từ 25.000 đến 390.000 đồng. Mẫu slime có hàm lượng bo cao gấp 4 lần giới hạn cho phép; một bộ đồ chơi nấu ăn bằng nhựa có hàm lượng chì 312 mg/kg, trong khi ngưỡng cho phép là 90 mg/kg.

Nhóm nghiên cứu cũng phỏng vấn 1.200 phụ huynh, trong đó 58% cho biết thường mua đồ chơi cho con qua mạng, trung bình 2-3 lần mỗi tháng.

Theo Cục Quản lý thị trường Hà Nội, từ đầu năm đến nay lực lượng chức năng thành phố đã kiểm tra, xử lý 126 vụ kinh doanh đồ chơi không rõ nguồn gốc, tạm giữ hơn 48.000 sản phẩm trị giá khoảng 1,3 tỷ đồng. Riêng tháng 8, số vụ vi phạm tăng 27% so với tháng 7 do nhu cầu mua đồ chơi Trung thu tăng cao.

Bà Đỗ Minh Châu, đại diện trung tâm, khuyến cáo phụ huynh chỉ mua đồ chơi có dấu hợp quy CR, tránh sản phẩm có chi tiết nhỏ cho trẻ dưới 36 tháng tuổi. "Đồ chơi rẻ, không nhãn mác là nguy cơ lớn với sức khỏe của trẻ", bà nói.

Hoài Anh
"""

BUY = P("từ tháng 5 đến tháng 7", "2024-05-01", "2024-07-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-13")

FIGS = [
    F("Hơn 30%", "30", 30, "percent", "%", approx="over",
      subject="đồ chơi bán online không có nhãn phụ tiếng Việt"),
    F("Trong số 150 mẫu", "150", 150, "count", "mẫu",
      subject="mẫu đồ chơi mua trên các sàn thương mại điện tử được khảo sát"),
    F("46 mẫu", "46", 46, "count", "mẫu", total=150, subject="mẫu không có nhãn phụ tiếng Việt"),
    F("19 mẫu", "19", 19, "count", "mẫu", total=150, subject="mẫu có hàm lượng chì vượt ngưỡng cho phép"),
    F("trên ba sàn", "ba", 3, "count", "sàn", subject="sàn lớn đặt mua mẫu", period=BUY),
    F("từ 25.000 đến 390.000", "25.000", 25000, "money", "đồng", value_max=390000,
      subject="giá các mẫu", period=BUY),
    F("gấp 4 lần", "4", 4, "multiple", "lần", subject="hàm lượng bo của mẫu slime so với giới hạn cho phép"),
    F("chì 312 mg/kg", "312", 312, "measure", "mg/kg",
      subject="hàm lượng chì của bộ đồ chơi nấu ăn bằng nhựa"),
    F("là 90 mg/kg", "90", 90, "measure", "mg/kg", subject="ngưỡng cho phép"),
    F("phỏng vấn 1.200 phụ huynh", "1.200", 1200, "count", "phụ huynh", subject="phụ huynh được phỏng vấn"),
    F("trong đó 58%", "58", 58, "percent", "%", subject="phụ huynh thường mua đồ chơi cho con qua mạng"),
    F("2-3 lần mỗi tháng", "2", 2, "measure", "lần/tháng", value_max=3,
      subject="số lần mua đồ chơi cho con qua mạng"),
    F("xử lý 126 vụ", "126", 126, "count", "vụ", subject="vụ kinh doanh đồ chơi không rõ nguồn gốc",
      period=YTD, location="Hà Nội"),
    F("hơn 48.000 sản phẩm", "48.000", 48000, "count", "sản phẩm", approx="over",
      subject="sản phẩm tạm giữ", period=YTD, location="Hà Nội"),
    F("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about",
      subject="trị giá sản phẩm tạm giữ", period=YTD, location="Hà Nội"),
    F("tăng 27%", "27", 27, "percent", "%", subject="số vụ vi phạm",
      period=P("tháng 8", "2024-08-01", "2024-08-31"), location="Hà Nội"),
    F("dưới 36 tháng", "36", 36, "measure", "tháng tuổi", approx="under", optional=True),
]

NOTES = [
    "National newspaper: section line, 'Thứ sáu, 13/9/2024, 09:12 (GMT+7)' (published), headline figure, sapo, byline at the end.",
    "The survey is nationwide ('trên toàn quốc'): location Việt Nam; 'công bố ... tại Hà Nội' is where it was announced.",
    "The Hà Nội market-surveillance paragraph: location Hà Nội. 'từ đầu năm đến nay' ends at the dateline; 'tháng 8', 'tháng 5 đến tháng 7' take 2024.",
    "'Trong số 150 mẫu ..., 46 mẫu ..., 19 mẫu ...' → total 150 for both parts (spec: 'trong số N').",
    "'cao gấp 4 lần giới hạn cho phép' stands alone as the claim: kind multiple. 'ngưỡng cho phép là 90 mg/kg' is a figure (a stated limit), not a target.",
    "'phỏng vấn 1.200 phụ huynh, trong đó 58% ...': the share is a percent figure with no total (a percent does not count phụ huynh).",
    "'trung bình 2-3 lần mỗi tháng' is a rate: measure, unit 'lần/tháng', range 2-3.",
    "'số vụ vi phạm tăng 27% so với tháng 7' is a growth rate as the claim: percent, no change.",
    "'dưới 36 tháng tuổi' is an age threshold (optional, as 'dưới 1 tuổi' in the shared gold). 'hôm 12/9', '(GMT+7)', 'CR' are not figures.",
]

if __name__ == "__main__":
    write("p1381-6", TEXT, NOTES, FIGS, published="2024-09-13", location="Việt Nam")
