"""p1172-8: provincial newspaper online (Báo Bình Phước, BPĐT): overloaded trucks, 8 months 2024; ĐT741 in Đồng Phú."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Thời sự | Kinh tế | Pháp luật | Xã hội

Hơn 200 xe quá tải bị xử lý trong 8 tháng

Thứ Sáu, 06/09/2024 | 10:12

(BPĐT) - 8 tháng năm 2024, Phòng Cảnh sát giao thông Công an tỉnh đã phát hiện, xử lý 215 xe vi phạm tải trọng, giảm 38 xe so với cùng kỳ, phạt tiền gần 2,4 tỷ đồng, tước giấy phép lái xe 96 trường hợp. Trong đó, 41 xe chở quá tải từ 50% trở lên, tăng 9 xe so với cùng kỳ. Riêng tháng 8, lực lượng chức năng phát hiện 29 xe quá tải, chủ yếu trên Quốc lộ 14 và ĐT741.

Tuyến ĐT741 đoạn qua huyện Đồng Phú dài khoảng 48 km, mỗi ngày có trên 3.000 lượt xe tải chở mủ cao su, gỗ, đá xây dựng lưu thông. Từ đầu năm đến nay, đoạn tuyến này có 17 vị trí mặt đường bị lún, nứt với tổng diện tích hơn 5.600 m2.

Anh Lê Văn Hòa, tài xế xe ben biển kiểm soát 93C-118.47 ở xã Tân Lập, huyện Đồng Phú, cho biết trước đây mỗi chuyến anh chở tới 25 tấn đá, gấp đôi tải trọng cho phép. Sau khi bị tước giấy phép lái xe 2 tháng hồi đầu năm, anh chỉ nhận chở đúng 12 tấn mỗi chuyến. Thu nhập mỗi tháng của anh giảm khoảng 3 triệu đồng, nhưng xe ít hỏng vặt hơn.

Trong 4 tháng cuối năm, Công an tỉnh phấn đấu mỗi tháng kiểm tra ít nhất 300 phương tiện; Sở Giao thông vận tải dự kiến bố trí khoảng 7,5 tỷ đồng sửa chữa mặt đường ĐT741 và các tuyến đường tỉnh khác.

Quang Huy
"""

HEAD = P("trong 8 tháng", "2024-01-01", "2024-08-31")
M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-06")
AUG = P("tháng 8", "2024-08-01", "2024-08-31")
L4 = P("Trong 4 tháng cuối năm", "2024-09-01", "2024-12-31")
DP = "Đồng Phú"

FIGS = [
    F("Hơn 200 xe", "200", 200, "count", "xe", approx="over",
      subject="xe quá tải bị xử lý", period=HEAD),
    F("xử lý 215 xe", "215", 215, "count", "xe", change=C("decrease", 38, "xe", "cùng kỳ"),
      subject="xe vi phạm tải trọng bị phát hiện, xử lý", period=M8),
    F("gần 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="nearly",
      subject="tiền phạt", period=M8),
    F("lái xe 96 trường hợp", "96", 96, "count", "trường hợp",
      subject="trường hợp bị tước giấy phép lái xe", period=M8),
    F("41 xe", "41", 41, "count", "xe", total=215, change=C("increase", 9, "xe", "cùng kỳ"),
      subject="xe chở quá tải từ 50% trở lên", period=I(M8)),
    F("phát hiện 29 xe", "29", 29, "count", "xe", subject="xe quá tải bị phát hiện", period=AUG),
    F("từ 50% trở lên", "50", 50, "percent", "%", approx="at_least", optional=True,
      subject="mức quá tải", period=I(M8)),
    F("khoảng 48 km", "48", 48, "measure", "km", approx="about",
      subject="chiều dài tuyến ĐT741 đoạn qua huyện Đồng Phú", location=DP),
    F("trên 3.000 lượt", "3.000", 3000, "measure", "lượt xe tải/ngày", approx="over",
      subject="lượt xe tải lưu thông mỗi ngày trên tuyến ĐT741", location=DP),
    F("có 17 vị trí", "17", 17, "count", "vị trí",
      subject="vị trí mặt đường bị lún, nứt", period=YTD, location=DP),
    F("hơn 5.600 m2", "5.600", 5600, "measure", "m2", approx="over",
      subject="tổng diện tích mặt đường bị lún, nứt", period=YTD, location=DP),
    F("tới 25 tấn", "25", 25, "measure", "tấn",
      change=C("increase", 2, "lần", "tải trọng cho phép"),
      subject="đá anh Hòa chở mỗi chuyến trước đây", location=DP),
    F("lái xe 2 tháng", "2", 2, "measure", "tháng", optional=True,
      subject="thời hạn tước giấy phép lái xe", location=DP),
    F("đúng 12 tấn", "12", 12, "measure", "tấn",
      subject="đá anh Hòa nhận chở mỗi chuyến hiện nay", location=DP),
    F("khoảng 3 triệu", "3", 3e6, "money", "đồng/tháng", approx="about",
      subject="thu nhập mỗi tháng của anh Hòa giảm", location=DP),
    F("ít nhất 300", "300", 300, "measure", "phương tiện/tháng", approx="at_least", status="target",
      subject="phương tiện Công an tỉnh kiểm tra mỗi tháng", period=L4),
    F("khoảng 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí sửa chữa mặt đường ĐT741 và các tuyến đường tỉnh khác", period=L4),
]

NOTES = [
    "Provincial newspaper online (Báo Bình Phước): headline figure, 'Thứ Sáu, 06/09/2024 | 10:12', tag '(BPĐT) -', byline at the end.",
    "The text only says 'tỉnh', but the BPĐT tag and huyện Đồng Phú imply Bình Phước. The ĐT741 passage and the driver stand in Đồng Phú.",
    "Distractors: time 10:12, ĐT741, Quốc lộ 14 (roads), licence plate '93C-118.47', 'hồi đầu năm'.",
    "'Trong đó, 41 xe' after 215 xe (sentence break) → total 215; each count keeps its own 'so với cùng kỳ' change.",
    "'gấp đôi tải trọng cho phép' after 25 tấn → change ×2. 'tước giấy phép lái xe 2 tháng' (sanction length) and 'từ 50% trở lên' (band) optional.",
    "'Trong 4 tháng cuối năm' = 2024-09-01..2024-12-31 (year of published); 'Từ đầu năm đến nay' ends at published.",
]

if __name__ == "__main__":
    write("p1172-8", TEXT, NOTES, FIGS, published="2024-09-06", location="Bình Phước")
