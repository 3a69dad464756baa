"""p1111-2: huyện Vân Đồn (Quảng Ninh) district portal, 6 months 2023."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN
Trang chủ / Kinh tế / Du lịch

Khu nghỉ dưỡng ven biển Vân Đồn đón hơn 380 nghìn lượt khách trong 6 tháng

Ngày đăng: 04/07/2023 - 10:45

6 tháng đầu năm 2023, các khu nghỉ dưỡng, cơ sở lưu trú ven biển trên địa bàn huyện đã phục vụ hơn 380 nghìn lượt khách, tăng 35% so với cùng kỳ năm 2022, đạt 54,3% kế hoạch năm; trong đó khách lưu trú qua đêm đạt 212.400 lượt, khách quốc tế khoảng 18.600 lượt.

Toàn huyện hiện có 14 khu nghỉ dưỡng ven biển đang hoạt động với 1.236 phòng, tập trung tại các xã Quan Lạn (5 khu), Minh Châu (4 khu), Ngọc Vừng (3 khu) và thị trấn Cái Rồng (2 khu). Từ đầu năm đến nay, công suất sử dụng phòng bình quân đạt 58,7%, riêng các tháng 4, 5 và 6 đạt trên 80%. Doanh thu từ dịch vụ lưu trú, ăn uống ước đạt 426 tỷ đồng, tăng 41,5% so với cùng kỳ.

Giá phòng tại các khu nghỉ dưỡng trên đảo Quan Lạn dao động 1,2-2,5 triệu đồng/đêm; dịp cuối tuần giá tăng khoảng 20-30%. Các khu nghỉ dưỡng đã tạo việc làm cho gần 900 lao động địa phương, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Hiện huyện có 3 dự án khu nghỉ dưỡng đang xây dựng tại Bãi Dài (xã Hạ Long) với tổng diện tích 145 ha, tổng vốn đầu tư khoảng 6.800 tỷ đồng, dự kiến đưa vào khai thác trong quý II/2024. Tuyến Tỉnh lộ 334 nối cảng hàng không Vân Đồn với khu vực Bãi Dài đã cơ bản hoàn thành.

Thực hiện Quyết định số 1265/QĐ-UBND của UBND huyện, phấn đấu năm 2023 toàn huyện đón 700 nghìn lượt khách, công suất phòng bình quân đạt 65%.

Ngọc Anh - Trung tâm TT-VH huyện Vân Đồn
Điện thoại: 0203.3874.212
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-07-04")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
KNDVB = "khu nghỉ dưỡng ven biển đang hoạt động"

FIGS = [
    F("đón hơn 380 nghìn lượt khách", "380", 380000, "count", "lượt khách", approx="over",
      subject="lượt khách của các khu nghỉ dưỡng ven biển", period=P("6 tháng", "2023-01-01", "2023-06-30")),
    F("phục vụ hơn 380 nghìn lượt khách", "380", 380000, "count", "lượt khách", approx="over",
      change=C("increase", 35, "%", "cùng kỳ năm 2022"), percent=54.3,
      subject="lượt khách các khu nghỉ dưỡng, cơ sở lưu trú ven biển phục vụ", period=H1),
    F("đạt 212.400 lượt", "212.400", 212400, "count", "lượt", total=380000,
      subject="khách lưu trú qua đêm", period=H1),
    F("khoảng 18.600 lượt", "18.600", 18600, "count", "lượt", approx="about", total=380000,
      subject="khách quốc tế", period=H1),
    F("hiện có 14 khu nghỉ dưỡng", "14", 14, "count", "khu nghỉ dưỡng", subject=KNDVB),
    F("với 1.236 phòng", "1.236", 1236, "count", "phòng", subject="phòng của các khu nghỉ dưỡng ven biển"),
    F("Quan Lạn (5 khu)", "5", 5, "count", "khu", total=14, subject=KNDVB),
    F("Minh Châu (4 khu)", "4", 4, "count", "khu", total=14, subject=KNDVB),
    F("Ngọc Vừng (3 khu)", "3", 3, "count", "khu", total=14, subject=KNDVB),
    F("Cái Rồng (2 khu)", "2", 2, "count", "khu", total=14, subject=KNDVB),
    F("đạt 58,7%", "58,7", 58.7, "percent", "%", subject="công suất sử dụng phòng bình quân", period=YTD),
    F("đạt trên 80%", "80", 80, "percent", "%", approx="over",
      subject="công suất sử dụng phòng các tháng 4, 5 và 6",
      period=P("các tháng 4, 5 và 6", "2023-04-01", "2023-06-30")),
    F("ước đạt 426 tỷ đồng", "426", 426e9, "money", "đồng", status="estimate",
      change=C("increase", 41.5, "%", "cùng kỳ"),
      subject="doanh thu từ dịch vụ lưu trú, ăn uống", period=I(YTD)),
    F("1,2-2,5 triệu đồng/đêm", "1,2", 1200000, "money", "đồng/đêm", value_max=2500000,
      subject="giá phòng tại các khu nghỉ dưỡng trên đảo Quan Lạn"),
    F("khoảng 20-30%", "20", 20, "percent", "%", value_max=30, approx="about",
      subject="mức tăng giá phòng dịp cuối tuần"),
    F("gần 900 lao động", "900", 900, "count", "lao động", approx="nearly",
      subject="lao động địa phương có việc làm tại các khu nghỉ dưỡng"),
    F("7,8 triệu đồng/người/tháng", "7,8", 7800000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động"),
    F("có 3 dự án", "3", 3, "count", "dự án", subject="dự án khu nghỉ dưỡng đang xây dựng tại Bãi Dài"),
    F("diện tích 145 ha", "145", 145, "measure", "ha", subject="tổng diện tích các dự án khu nghỉ dưỡng"),
    F("khoảng 6.800 tỷ đồng", "6.800", 6800e9, "money", "đồng", approx="about",
      subject="tổng vốn đầu tư các dự án khu nghỉ dưỡng"),
    F("đón 700 nghìn lượt khách", "700", 700000, "count", "lượt khách", status="target",
      subject="lượt khách đón", period=Y23),
    F("đạt 65%", "65", 65, "percent", "%", status="target",
      subject="công suất phòng bình quân", period=Y23),
]

COMMENTS = [
    "District portal of huyện Vân Đồn (Quảng Ninh), 'Ngày đăng: 04/07/2023 - 10:45'. Location: the district Vân Đồn.",
    "Commune list (Quan Lạn 5, Minh Châu 4, Ngọc Vừng 3, Cái Rồng 2) adds up to 14; communes are below district: location stays Vân Đồn.",
    "Not figures: 'các tháng 4, 5 và 6' (months), 'quý II/2024' (schedule), Tỉnh lộ 334, Quyết định số 1265/QĐ-UBND, phone.",
    "'Từ đầu năm đến nay' ends at the dateline 2023-07-04. 'giá tăng khoảng 20-30%' has no base amount: a percent figure.",
    "Headline '6 tháng' takes 2023 from the dateline.",
]

if __name__ == "__main__":
    emit("p1111-2", TEXT, FIGS, COMMENTS, published="2023-07-04", location="Vân Đồn")
