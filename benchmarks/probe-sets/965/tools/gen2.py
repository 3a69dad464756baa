"""p965-2: Đơn Dương district portal (Lâm Đồng), cool stores for vegetables."""
from lib import F, P, I, C, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐƠN DƯƠNG
Trang chủ / Kinh tế / Nông nghiệp
Thứ Tư, 05/03/2025 - 10:20

Kho mát giúp nông dân Đơn Dương giữ giá rau củ

Năm 2024, toàn huyện gieo trồng 18.650 ha rau các loại, sản lượng ước đạt 742.000 tấn, tăng 4,2% so với năm 2023. Để giảm tổn thất sau thu hoạch, huyện đã vận động doanh nghiệp, hợp tác xã và nông hộ đầu tư 126 kho mát, kho lạnh với tổng dung tích khoảng 21.000 m3; riêng năm 2024 xây mới 23 kho.

Tại xã Lạc Xuân, Tổ hợp tác rau an toàn thôn Lạc Sơn đã đưa vào sử dụng kho mát 120 m3, nhiệt độ duy trì 2-5 độ C. Theo ông K'Brễu, tổ trưởng tổ hợp tác, bắp cải, cà rốt sau thu hoạch được làm sạch, phân loại rồi đưa vào kho, có thể lưu giữ 20-25 ngày thay vì 3-4 ngày như trước; tỷ lệ hư hỏng chỉ còn dưới 5%. Chi phí điện cho kho khoảng 6 triệu đồng/tháng.

Hiện các kho trên địa bàn bảo quản được gần 30% sản lượng rau củ vào thời điểm thu hoạch rộ, giúp nông dân chủ động giãn thời gian bán. Tháng 2/2025, giá cà rốt loại 1 bán tại kho dao động 9.000-11.000 đồng/kg, cao hơn khoảng 2.500 đồng/kg so với giá bán tại ruộng.

Huyện đặt mục tiêu năm 2025 có thêm 20 kho mát, nâng tỷ lệ rau củ được sơ chế, bảo quản lên 35%. Dự kiến xã Ka Đơn và thị trấn Thạnh Mỹ sẽ hình thành 2 điểm tập kết, sơ chế nông sản với tổng vốn khoảng 15 tỷ đồng, đặt dọc Quốc lộ 27.

Văn phòng HĐND và UBND huyện Đơn Dương
Địa chỉ: số 02 Lê Hồng Phong, thị trấn Thạnh Mỹ. Điện thoại: 0263.3848.219
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
F25 = P("Tháng 2/2025", "2025-02-01", "2025-02-28")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("trồng 18.650 ha", "18.650", 18650, "measure", "ha", subject="diện tích gieo trồng rau các loại", period=Y24),
    F("ước đạt 742.000 tấn", "742.000", 742000, "measure", "tấn", status="estimate",
      change=C("increase", 4.2, "%", "năm 2023"), subject="sản lượng rau", period=Y24),
    F("đầu tư 126 kho", "126", 126, "count", "kho", subject="kho mát, kho lạnh được đầu tư"),
    F("khoảng 21.000 m3", "21.000", 21000, "measure", "m3", approx="about", subject="tổng dung tích kho mát, kho lạnh"),
    F("xây mới 23 kho", "23", 23, "count", "kho", subject="kho xây mới", period=Y24b),
    F("kho mát 120 m3", "120", 120, "measure", "m3", subject="dung tích kho mát của tổ hợp tác"),
    F("duy trì 2-5 độ C", "2", 2, "measure", "độ C", value_max=5, subject="nhiệt độ kho mát"),
    F("lưu giữ 20-25 ngày", "20", 20, "measure", "ngày", value_max=25, subject="thời gian lưu giữ rau củ trong kho"),
    F("thay vì 3-4 ngày", "3", 3, "measure", "ngày", value_max=4, subject="thời gian lưu giữ rau củ trước đây"),
    F("dưới 5%", "5", 5, "percent", "%", approx="under", subject="tỷ lệ hư hỏng"),
    F("khoảng 6 triệu đồng/tháng", "6", 6e6, "money", "đồng/tháng", approx="about", subject="chi phí điện cho kho"),
    F("gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="tỷ lệ sản lượng rau củ được kho bảo quản vào thời điểm thu hoạch rộ"),
    F("9.000-11.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", value_max=11000,
      change=C("increase", 2500, "đồng/kg", "giá bán tại ruộng", approx="about"),
      subject="giá cà rốt loại 1 bán tại kho", period=F25),
    F("thêm 20 kho mát", "20", 20, "count", "kho", status="target", subject="kho mát có thêm", period=Y25),
    F("lên 35%", "35", 35, "percent", "%", status="target",
      subject="tỷ lệ rau củ được sơ chế, bảo quản", period=Y25),
    F("2 điểm tập kết", "2", 2, "count", "điểm tập kết", status="forecast",
      subject="điểm tập kết, sơ chế nông sản", period=I(Y25)),
    F("khoảng 15 tỷ đồng", "15", 15e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn điểm tập kết, sơ chế nông sản", period=I(Y25)),
]

NOTES = [
    "Đơn Dương district portal (Lâm Đồng): vegetable area/output 2024, cool stores, a commune co-op's store, prices in 2/2025, 2025 targets.",
    "Location is the district for every figure (xã Lạc Xuân, Ka Đơn, thị trấn Thạnh Mỹ lie in it).",
    "'126 kho' has no period phrase in its sentence (cumulative stock); 'riêng năm 2024 xây mới 23 kho' is not a part-of cue: no total.",
    "'cao hơn khoảng 2.500 đồng/kg so với giá bán tại ruộng' follows the price range: its change.",
    "'Hiện ... gần 30%' has no period. Distractors: dateline time, 'loại 1' (grade), Quốc lộ 27, address, phone.",
]

write_set(2, TEXT, FIGS, NOTES, published="2025-03-05", location="Đơn Dương")
