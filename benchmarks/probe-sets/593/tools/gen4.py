"""p593-4: ministry site (Bộ TN&MT) — national urban river/lake water quality 2023, lowest-WQI rivers by city, wastewater, fish deaths."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Tin tức - Sự kiện › Môi trường
Ngày đăng: 05/03/2024 | Lượt xem: 1.208

Sông, hồ đô thị: 42% điểm quan trắc có WQI ở mức xấu và kém

Theo báo cáo của Cục Kiểm soát ô nhiễm môi trường, năm 2023, trong tổng số 286 điểm quan trắc nước mặt tại các đô thị loại đặc biệt và loại I, có 120 điểm có chỉ số WQI ở mức xấu và kém, chiếm khoảng 42%.

Các đoạn sông có WQI trung bình năm thấp nhất gồm: sông Tô Lịch, Hà Nội (14 điểm); sông Kim Ngưu, Hà Nội (17 điểm); sông Ngũ Huyện Khê, Bắc Ninh (22 điểm); kênh Tham Lương, TP. Hồ Chí Minh (25 điểm).

Nguyên nhân chủ yếu do nước thải sinh hoạt chưa qua xử lý. Tỷ lệ nước thải đô thị được thu gom, xử lý của cả nước mới đạt khoảng 18%, trong khi mục tiêu đến năm 2025 là 20-30%. Cả nước hiện có 89 nhà máy xử lý nước thải đô thị tập trung đang vận hành với tổng công suất khoảng 1,2 triệu m³/ngày đêm, tăng 15% so với năm 2020.

Năm 2023, các địa phương đã kiểm tra 1.346 cơ sở có nguồn thải xả ra sông, hồ đô thị, xử phạt 287 cơ sở với tổng số tiền 38,6 tỷ đồng. Cũng trong năm 2023, cả nước ghi nhận 11 vụ cá chết hàng loạt tại các hồ đô thị, trong đó Hà Nội 4 vụ, Đà Nẵng 3 vụ; tổng lượng cá chết thu gom hơn 42 tấn.

Bộ Tài nguyên và Môi trường đề nghị các địa phương phấn đấu đến năm 2030 có 100% đô thị loại II trở lên có hệ thống thu gom, xử lý nước thải đạt QCVN 14:2008/BTNMT; đồng thời tăng tần suất quan trắc tại các hồ đô thị lên 12 lần/năm.

Cục Kiểm soát ô nhiễm môi trường - Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("42% điểm quan trắc", "42", 42, "percent", "%",
      subject="điểm quan trắc sông, hồ đô thị có WQI ở mức xấu và kém", period=I(Y23)),
    F("tổng số 286 điểm", "286", 286, "count", "điểm quan trắc",
      subject="điểm quan trắc nước mặt tại các đô thị loại đặc biệt và loại I", period=Y23),
    F("có 120 điểm", "120", 120, "count", "điểm", total=286, percent=42,
      subject="điểm có chỉ số WQI ở mức xấu và kém", period=Y23),
    F("Hà Nội (14 điểm)", "14", 14, "measure", "điểm", subject="WQI trung bình năm sông Tô Lịch",
      period=I(Y23), location="Hà Nội"),
    F("Hà Nội (17 điểm)", "17", 17, "measure", "điểm", subject="WQI trung bình năm sông Kim Ngưu",
      period=I(Y23), location="Hà Nội"),
    F("Bắc Ninh (22 điểm)", "22", 22, "measure", "điểm", subject="WQI trung bình năm sông Ngũ Huyện Khê",
      period=I(Y23), location="Bắc Ninh"),
    F("Minh (25 điểm)", "25", 25, "measure", "điểm", subject="WQI trung bình năm kênh Tham Lương",
      period=I(Y23), location="Thành phố Hồ Chí Minh"),
    F("khoảng 18%", "18", 18, "percent", "%", approx="about", target=TG(20),
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý", period=I(Y23)),
    F("có 89 nhà máy", "89", 89, "count", "nhà máy", subject="nhà máy xử lý nước thải đô thị tập trung đang vận hành"),
    F("khoảng 1,2 triệu m³/ngày đêm", "1,2", 1.2e6, "measure", "m³/ngày đêm", approx="about",
      change=CH("increase", 15, "%", "năm 2020"), subject="tổng công suất nhà máy xử lý nước thải đô thị"),
    F("kiểm tra 1.346 cơ sở", "1.346", 1346, "count", "cơ sở",
      subject="cơ sở có nguồn thải xả ra sông, hồ đô thị được kiểm tra", period=Y23),
    F("xử phạt 287 cơ sở", "287", 287, "count", "cơ sở", subject="cơ sở bị xử phạt", period=Y23),
    F("tiền 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", subject="tổng số tiền xử phạt", period=Y23),
    F("ghi nhận 11 vụ", "11", 11, "count", "vụ", subject="vụ cá chết hàng loạt tại các hồ đô thị", period=Y23),
    F("Hà Nội 4 vụ", "4", 4, "count", "vụ", total=11, subject="vụ cá chết hàng loạt", period=Y23, location="Hà Nội"),
    F("Đà Nẵng 3 vụ", "3", 3, "count", "vụ", total=11, subject="vụ cá chết hàng loạt", period=Y23, location="Đà Nẵng"),
    F("hơn 42 tấn", "42", 42, "measure", "tấn", approx="over", subject="tổng lượng cá chết thu gom", period=Y23),
    F("có 100% đô thị", "100", 100, "percent", "%", status="target",
      subject="đô thị loại II trở lên có hệ thống thu gom, xử lý nước thải đạt quy chuẩn", period=T30),
    F("lên 12 lần/năm", "12", 12, "measure", "lần/năm", status="target",
      subject="tần suất quan trắc tại các hồ đô thị", period=T30),
]

COMMENTS = [
    "Bộ TN&MT site: chất lượng nước sông, hồ đô thị năm 2023 (national). Default location Việt Nam; list items carry their city.",
    "Distractors: 'Lượt xem: 1.208', 'đô thị loại đặc biệt và loại I', 'loại II', 'QCVN 14:2008/BTNMT', 'Số 10 Tôn Thất Thuyết'.",
    "'trong tổng số 286 điểm …, có 120 điểm …, chiếm khoảng 42%' -> total 286, percent 42. River names stay in the subject; the city in the",
    "bracket is the location. 'khoảng 18%, trong khi mục tiêu đến năm 2025 là 20-30%' -> target attribute 20 (lower end).",
    "'trong đó Hà Nội 4 vụ, Đà Nẵng 3 vụ' -> total 11, location the city. 'hiện có 89 nhà máy …' gets no period.",
    "'tăng tần suất … lên 12 lần/năm' continues the 'phấn đấu đến năm 2030' clause ('đồng thời') -> target; 12 is the level, not a change.",
]

if __name__ == "__main__":
    emit("p593-4", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Việt Nam")
