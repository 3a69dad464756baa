"""p1053-2: district portal, huyện Cát Hải (Hải Phòng), 6 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI
Trang chủ / Kinh tế / Giao thông - Cảng biển

Khu bến cảng Lạch Huyện: sản lượng container 6 tháng tăng gần 18%
Thứ Tư, 19/07/2023 - 16:40

Theo báo cáo của các doanh nghiệp khai thác cảng trên địa bàn huyện, 6 tháng đầu năm 2023, khu bến cảng Lạch Huyện đã tiếp nhận 1.246 lượt tàu, tăng 96 lượt so với cùng kỳ năm trước. Sản lượng container thông qua đạt 1,18 triệu TEU, tăng gần 18%, tương đương khoảng 14,6 triệu tấn hàng hóa. Trong đó, Cảng container quốc tế Tân Cảng Hải Phòng (HICT) đạt khoảng 690.000 TEU, chiếm 58,5%; các bến số 3 và số 4 mới đưa vào khai thác đạt 214.000 TEU.

Hiện hoạt động cảng tạo việc làm cho hơn 3.200 lao động, trong đó khoảng 850 người là lao động địa phương của các xã Đồng Bài, Hoàng Châu, Văn Phong, thu nhập bình quân 13,5 triệu đồng/người/tháng. Tuyến đường ô tô Tân Vũ - Lạch Huyện và cầu vượt biển dài 5,44 km là trục kết nối chính, mỗi ngày có khoảng 4.500 lượt xe container qua lại.

Tổng thu ngân sách của huyện từ các doanh nghiệp cảng, logistics 6 tháng đạt 186,4 tỷ đồng, bằng 52,3% dự toán năm.

Dự kiến cả năm 2023, sản lượng container qua khu bến đạt khoảng 2,4 triệu TEU. Huyện phấn đấu đến năm 2025 thu hút thêm 2 dự án kho bãi, logistics với tổng diện tích trên 120 ha tại khu vực Tổ dân phố số 5, thị trấn Cát Hải.

Nguyễn Hương - Phòng Kinh tế - Hạ tầng huyện
"""

LOC = "Cát Hải"
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")

FIGS = [
    F("6 tháng tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
      subject="tăng trưởng sản lượng container khu bến cảng Lạch Huyện",
      period=P("6 tháng", "2023-01-01", "2023-06-30")),
    F("tiếp nhận 1.246 lượt tàu", "1.246", 1246, "count", "lượt tàu",
      change=C("+", 96, unit="lượt", baseline="cùng kỳ năm trước"),
      subject="lượt tàu khu bến cảng Lạch Huyện tiếp nhận", period=H1),
    F("đạt 1,18 triệu TEU", "1,18", 1.18e6, "measure", "TEU",
      change=C("+", 18, approx="nearly"),
      subject="sản lượng container thông qua", period=I(H1)),
    F("khoảng 14,6 triệu tấn", "14,6", 14.6e6, "measure", "tấn", approx="about",
      subject="hàng hóa tương đương sản lượng container thông qua", period=I(H1)),
    F("khoảng 690.000 TEU", "690.000", 690000, "measure", "TEU", approx="about", total=1.18e6, percent=58.5,
      subject="sản lượng container Cảng container quốc tế Tân Cảng Hải Phòng (HICT)", period=I(H1)),
    F("đạt 214.000 TEU", "214.000", 214000, "measure", "TEU", total=1.18e6,
      subject="sản lượng container các bến số 3 và số 4", period=I(H1)),
    F("hơn 3.200 lao động", "3.200", 3200, "count", "lao động", approx="over",
      subject="lao động có việc làm từ hoạt động cảng"),
    F("khoảng 850 người", "850", 850, "count", "người", approx="about", total=3200,
      subject="lao động địa phương"),
    F("13,5 triệu đồng/người/tháng", "13,5", 13.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động"),
    F("dài 5,44 km", "5,44", 5.44, "measure", "km", subject="chiều dài cầu vượt biển Tân Vũ - Lạch Huyện"),
    F("khoảng 4.500 lượt xe", "4.500", 4500, "measure", "lượt xe/ngày", approx="about",
      subject="lượt xe container qua lại tuyến Tân Vũ - Lạch Huyện mỗi ngày"),
    F("đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", percent=52.3,
      subject="thu ngân sách của huyện từ các doanh nghiệp cảng, logistics",
      period=P("6 tháng", "2023-01-01", "2023-06-30")),
    F("khoảng 2,4 triệu TEU", "2,4", 2.4e6, "measure", "TEU", approx="about", status="forecast",
      subject="sản lượng container qua khu bến", period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 2 dự án", "2", 2, "count", "dự án", status="target",
      subject="dự án kho bãi, logistics thu hút thêm", period=P("đến năm 2025", None, "2025-12-31")),
    F("trên 120 ha", "120", 120, "measure", "ha", approx="over", status="target",
      subject="tổng diện tích dự án kho bãi, logistics", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "District portal (huyện Cát Hải, Hải Phòng): khu bến cảng Lạch Huyện, 6 months 2023. Location is the district, Cát Hải.",
    "Distractors: 'Thứ Tư, 19/07/2023 - 16:40', 'bến số 3 và số 4', 'Tân Vũ - Lạch Huyện', 'Tổ dân phố số 5'.",
    "Headline 'tăng gần 18%' has no base amount: a percent figure; in the body 'tăng gần 18%' is the change of 1,18 triệu TEU.",
    "'tương đương khoảng 14,6 triệu tấn' converts to another unit: a figure of its own (tương đương gives only shares).",
    "HICT and bến số 3, số 4 follow 'Trong đó' after 1,18 triệu TEU (same unit): total. 850 người are part of the 3.200 lao động.",
    "revised after the first run: subject of 14,6 triệu tấn reworded from the sentence's own words (was 'hàng hóa thông qua quy đổi', 'quy đổi' not in the text).",
    "'Hiện' gives no period; the 4.500 vehicles 'mỗi ngày' is a rate (unit lượt xe/ngày, measure).",
]

if __name__ == "__main__":
    write("p1053-2", TEXT, FIGS, COMMENTS, published="2023-07-19", location=LOC)
