"""p689-6: national press (VnExpress style) — violence against women survey, hotline 111, sex ratio at birth, gender gap rank."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Xã hội
Thứ hai, 25/11/2024, 07:00 (GMT+7)
Gần 63% phụ nữ từng bị chồng bạo lực ít nhất một lần trong đời

Kết quả Điều tra quốc gia về bạo lực đối với phụ nữ năm 2019 cho thấy 62,9% phụ nữ từng bị chồng bạo lực thể chất, tình dục, tinh thần, kinh tế hoặc kiểm soát hành vi; 90,4% nạn nhân không tìm kiếm sự giúp đỡ từ cơ quan chức năng.

Số liệu được Bộ Lao động - Thương binh và Xã hội nhắc lại tại lễ phát động Tháng hành động vì bình đẳng giới năm 2024, diễn ra sáng 24/11 tại Hà Nội. Theo bộ này, thiệt hại kinh tế do bạo lực đối với phụ nữ ước tương đương 1,81% GDP mỗi năm.

Năm 2023, Tổng đài quốc gia bảo vệ trẻ em 111 tiếp nhận hơn 450.000 cuộc gọi, trong đó 1.832 cuộc gọi phản ánh bạo lực, xâm hại trẻ em, tăng 14% so với năm 2022. Cả nước hiện có 23 nhà tạm lánh, 2.346 "địa chỉ tin cậy" và 412 cơ sở trợ giúp xã hội cung cấp dịch vụ hỗ trợ nạn nhân.

Tỷ số giới tính khi sinh năm 2023 là 112 bé trai/100 bé gái, vượt xa mức cân bằng tự nhiên 104-106 bé trai/100 bé gái. Báo cáo Khoảng cách giới toàn cầu 2024 của Diễn đàn Kinh tế thế giới xếp Việt Nam thứ 72/146 quốc gia, với điểm số 0,715.

Chương trình quốc gia về bình đẳng giới giai đoạn 2021-2030 đặt mục tiêu đến năm 2030, 80% nạn nhân bạo lực trên cơ sở giới được tiếp cận dịch vụ hỗ trợ cơ bản và tỷ số giới tính khi sinh giảm xuống dưới 109 bé trai/100 bé gái.

"Bạo lực không phải chuyện riêng của mỗi nhà. Người chứng kiến cần lên tiếng", bà Nguyễn Thị Hà, Phó Vụ trưởng Vụ Bình đẳng giới, nói.

Hoàng Phương
"""

S19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SR = "bé trai/100 bé gái"

FIGS = [
    F("Gần 63%", "63", 63, "percent", "%", "phụ nữ từng bị chồng bạo lực", approx="nearly"),
    F("ít nhất một lần", "một", 1, "count", "lần", approx="at_least", optional=True),
    F("cho thấy 62,9% phụ nữ", "62,9", 62.9, "percent", "%", "phụ nữ từng bị chồng bạo lực", S19),
    F("; 90,4% nạn nhân", "90,4", 90.4, "percent", "%",
      "nạn nhân không tìm kiếm sự giúp đỡ từ cơ quan chức năng", S19),
    F("tương đương 1,81% GDP", "1,81", 1.81, "percent", "%",
      "thiệt hại kinh tế do bạo lực đối với phụ nữ so với GDP", status="estimate"),
    F("hơn 450.000 cuộc gọi", "450.000", 450000, "count", "cuộc gọi",
      "cuộc gọi Tổng đài quốc gia bảo vệ trẻ em tiếp nhận", Y23, approx="over"),
    F("1.832 cuộc gọi", "1.832", 1832, "count", "cuộc gọi", "cuộc gọi phản ánh bạo lực, xâm hại trẻ em", Y23,
      total=450000, change=CH("increase", 14, "%", "năm 2022")),
    F("có 23 nhà tạm lánh", "23", 23, "count", "nhà tạm lánh", "nhà tạm lánh"),
    F("2.346 \"địa chỉ", "2.346", 2346, "count", "địa chỉ tin cậy", "\"địa chỉ tin cậy\""),
    F("và 412 cơ sở", "412", 412, "count", "cơ sở trợ giúp xã hội",
      "cơ sở trợ giúp xã hội cung cấp dịch vụ hỗ trợ nạn nhân"),
    F("là 112 bé trai", "112", 112, "measure", SR, "tỷ số giới tính khi sinh", y23),
    F("nhiên 104-106", "104", 104, "measure", SR, "mức cân bằng tự nhiên của tỷ số giới tính khi sinh",
      value_max=106, optional=True),
    F("thứ 72/146", "72", 72, "rank", "hạng", "Khoảng cách giới toàn cầu", total=146),
    F("điểm số 0,715", "0,715", 0.715, "measure", "điểm", "điểm số Khoảng cách giới toàn cầu"),
    F("2030, 80% nạn nhân", "80", 80, "percent", "%",
      "nạn nhân bạo lực trên cơ sở giới được tiếp cận dịch vụ hỗ trợ cơ bản", T30, status="target"),
    F("dưới 109 bé trai", "109", 109, "measure", SR, "tỷ số giới tính khi sinh", T30,
      approx="under", status="target"),
]

COMMENTS = [
    "National press (invented, VnExpress style): 'Thứ hai, 25/11/2024, 07:00 (GMT+7)' gives published; byline at the end.",
    "National figures: location Việt Nam. The survey's 'năm 2019' is the period of 62,9% and 90,4%; the headline names none.",
    "'ít nhất một lần' (part of the indicator) and the natural norm '104-106' are optional. 'Báo cáo Khoảng cách giới toàn cầu 2024'",
    "is a report name (no period for the rank). '111' (hotline), '24/11', 'giai đoạn 2021-2030', '100' in the rate unit are not figures.",
    "1.832 calls follow 'trong đó' after 450.000 calls: total 450000; 'tăng 14%' is its change.",
]

if __name__ == "__main__":
    emit("p689-6", TEXT, COMMENTS, FIGS, published="2024-11-25", location="Việt Nam")
