"""p593-8: city portal (Hà Nội) — 9-month dredging of lakes and rivers, water transfer to sông Tô Lịch, fish deaths, plans."""
from lib import F, P, I, CH, emit

TEXT = """Cổng Giao tiếp điện tử thành phố Hà Nội
Trang chủ > Tin tức > Đô thị - Môi trường
Ngày cập nhật 24/09/2024

Hà Nội: 9 tháng nạo vét 168 hồ, ao và 46 km sông, mương

Theo Sở Xây dựng Hà Nội, 9 tháng năm 2024, Công ty TNHH MTV Thoát nước Hà Nội đã nạo vét 168 hồ, ao với khối lượng ước đạt 356.000 m³ bùn, bằng 92% kế hoạch năm; nạo vét 46,3 km sông, mương thoát nước, trong đó sông Tô Lịch 13,5 km, sông Kim Ngưu 9,2 km. Đơn giá nạo vét bình quân khoảng 185.000 đồng/m³.

Song song với nạo vét, thành phố đã bổ cập khoảng 1,1 triệu m³ nước từ hồ Tây cho sông Tô Lịch, trung bình 4.000 - 5.000 m³/ngày. Kết quả quan trắc tháng 8/2024 cho thấy WQI sông Tô Lịch đoạn cầu Giấy - cầu Mới đạt 31 điểm, tăng 13 điểm so với cùng kỳ; hàm lượng DO tăng lên 2,4 mg/l.

Về xử lý ô nhiễm hồ, 9 tháng qua trên địa bàn xảy ra 5 vụ cá chết tại các hồ Bảy Mẫu, Thiền Quang, Linh Quang, Văn Chương và hồ Đống Đa, tổng lượng cá chết thu gom hơn 8,6 tấn. Qua kiểm tra, các quận đã xử lý 73 điểm xả thải trực tiếp ra hồ, phạt tiền 1.240 triệu đồng.

Đến hết năm 2024, thành phố dự kiến hoàn thành cải tạo 12 hồ điều hòa với tổng vốn 560 tỷ đồng. Phấn đấu đến năm 2025, chất lượng nước của 100% hồ nội thành đạt từ mức trung bình trở lên.

Bản quyền thuộc UBND thành phố Hà Nội. Địa chỉ: số 79 Đinh Tiên Hoàng, quận Hoàn Kiếm. Điện thoại: 024.3825.3536.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
H9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9b = P("9 tháng qua", "2024-01-01", "2024-09-30")
A8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
E24 = P("Đến hết năm 2024", None, "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("vét 168 hồ, ao và", "168", 168, "count", "hồ, ao", subject="hồ, ao được nạo vét", period=H9),
    F("46 km sông", "46", 46, "measure", "km", subject="sông, mương được nạo vét", period=H9),
    F("vét 168 hồ, ao với", "168", 168, "count", "hồ, ao", subject="hồ, ao được nạo vét", period=M9),
    F("ước đạt 356.000 m³", "356.000", 356000, "measure", "m³", percent=92, status="estimate",
      subject="khối lượng bùn nạo vét hồ, ao", period=M9),
    F("vét 46,3 km", "46,3", 46.3, "measure", "km", subject="sông, mương thoát nước được nạo vét", period=M9),
    F("Tô Lịch 13,5 km", "13,5", 13.5, "measure", "km", total=46.3, subject="sông Tô Lịch được nạo vét", period=M9),
    F("Kim Ngưu 9,2 km", "9,2", 9.2, "measure", "km", total=46.3, subject="sông Kim Ngưu được nạo vét", period=M9),
    F("khoảng 185.000 đồng/m³", "185.000", 185000, "money", "đồng/m³", approx="about",
      subject="đơn giá nạo vét bình quân", period=I(M9)),
    F("khoảng 1,1 triệu m³", "1,1", 1.1e6, "measure", "m³", approx="about",
      subject="nước bổ cập từ hồ Tây cho sông Tô Lịch", period=I(M9)),
    F("4.000 - 5.000 m³/ngày", "4.000", 4000, "measure", "m³/ngày", value_max=5000,
      subject="lượng nước bổ cập trung bình", period=I(M9)),
    F("đạt 31 điểm", "31", 31, "measure", "điểm", change=CH("increase", 13, "điểm", "cùng kỳ"),
      subject="WQI sông Tô Lịch đoạn cầu Giấy - cầu Mới", period=A8),
    F("lên 2,4 mg/l", "2,4", 2.4, "measure", "mg/l", subject="hàm lượng DO", period=A8),
    F("xảy ra 5 vụ", "5", 5, "count", "vụ", subject="vụ cá chết tại các hồ", period=M9b),
    F("hơn 8,6 tấn", "8,6", 8.6, "measure", "tấn", approx="over", subject="tổng lượng cá chết thu gom", period=M9b),
    F("xử lý 73 điểm", "73", 73, "count", "điểm xả thải", subject="điểm xả thải trực tiếp ra hồ được xử lý",
      period=I(M9b)),
    F("phạt tiền 1.240 triệu đồng", "1.240", 1.24e9, "money", "đồng", subject="tiền phạt", period=I(M9b)),
    F("cải tạo 12 hồ", "12", 12, "count", "hồ điều hòa", status="forecast",
      subject="hồ điều hòa hoàn thành cải tạo", period=E24),
    F("vốn 560 tỷ đồng", "560", 560e9, "money", "đồng", status="forecast", subject="tổng vốn cải tạo hồ điều hòa",
      period=E24),
    F("của 100% hồ", "100", 100, "percent", "%", status="target",
      subject="hồ nội thành có chất lượng nước đạt từ mức trung bình trở lên", period=T25),
]

COMMENTS = [
    "Cổng Giao tiếp điện tử Hà Nội (city portal), 'Ngày cập nhật 24/09/2024': nạo vét hồ, sông 9 tháng 2024, bổ cập nước sông Tô Lịch, cá chết.",
    "Distractors: 'hồ Bảy Mẫu' (name: seven mẫu, an area unit), 'hồ Đống Đa', 'số 79 Đinh Tiên Hoàng', phone, dateline.",
    "'ước đạt 356.000 m³ bùn, bằng 92% kế hoạch năm' -> estimate with percent 92; the next clause after ';' has its own verb -> actual.",
    "'46,3 km …, trong đó sông Tô Lịch 13,5 km, sông Kim Ngưu 9,2 km' -> total 46,3; river names stay in the subject.",
    "'tăng 13 điểm so với cùng kỳ' is the change of 31 điểm; 'DO tăng lên 2,4 mg/l' -> 2,4 is the new level, no change.",
    "'1.240 triệu đồng' = 1,24 tỷ đồng. '9 tháng qua' -> Jan-Sep 2024. 'Đến hết năm 2024 … dự kiến' -> forecast, as-of end 2024.",
    "Headline '9 tháng' takes 2024 from the dateline (scored). Sentences without their own period phrase inherit the lead's period.",
]

if __name__ == "__main__":
    emit("p593-8", TEXT, COMMENTS, FIGS, published="2024-09-24", location="Hà Nội")
