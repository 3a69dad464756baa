"""p1090-6: national newspaper (VnExpress style), TP HCM cold fines after Nghị định 168 took effect."""
from lib import F, per, inherit, chg, write

TEXT = """Thời sự › Giao thông
Thứ năm, 13/3/2025, 14:20 (GMT+7)

TP HCM phạt nguội gần 40.000 trường hợp sau hơn hai tháng áp dụng mức phạt mới

Camera giao thông ghi nhận số vi phạm gấp 2,3 lần cùng kỳ, phần lớn là chạy quá tốc độ và vượt đèn đỏ.

Theo Phòng CSGT Công an TP HCM, từ ngày 1/1 đến 10/3/2025, 46 camera đo tốc độ và 212 camera giám sát tại các giao lộ đã ghi nhận gần 40.000 trường hợp vi phạm, tăng 2,3 lần so với cùng kỳ năm 2024. Trong số này, 17.600 trường hợp chạy quá tốc độ, 12.300 trường hợp vượt đèn đỏ, còn lại là đi sai làn, dừng đỗ sai quy định. Riêng trên đại lộ Võ Văn Kiệt và đường Mai Chí Thọ, camera ghi nhận trên 6.800 trường hợp, chiếm khoảng 17% tổng số vi phạm.

Thượng tá Lê Mạnh Hà, Phó Trưởng phòng CSGT, cho biết đơn vị đã gửi hơn 31.000 thông báo qua bưu điện, trung bình khoảng 450 thông báo/ngày. Số tiền phạt đã thu khoảng 52 tỷ đồng.

Theo Nghị định 168/2024, ôtô chạy quá tốc độ từ 20 km/h đến 35 km/h bị phạt 12-14 triệu đồng (mức cũ 6-8 triệu đồng) và bị trừ 6 điểm giấy phép lái xe.

Trên các tuyến cửa ngõ như Quốc lộ 1, Quốc lộ 22, thành phố dự kiến lắp thêm 24 camera AI trong quý II/2025, kinh phí khoảng 18 tỷ đồng. Đến năm 2030, TP HCM đặt mục tiêu có khoảng 4.000 camera giám sát giao thông kết nối về Trung tâm điều hành.

Gia Minh
"""

PR = per("từ ngày 1/1 đến 10/3/2025", "2025-01-01", "2025-03-10")
PQ = per("quý II/2025", "2025-04-01", "2025-06-30")

FIGS = [
    F("phạt nguội gần 40.000 trường hợp", "40.000", 40000, "count", "trường hợp", approx="nearly",
      subject="trường hợp vi phạm bị phạt nguội", period=inherit(PR)),
    F("gấp 2,3 lần cùng kỳ", "2,3", 2.3, "multiple", "lần",
      subject="số vi phạm camera giao thông ghi nhận so với cùng kỳ", period=inherit(PR)),
    F("46 camera đo tốc độ", "46", 46, "count", "camera", subject="camera đo tốc độ"),
    F("212 camera giám sát", "212", 212, "count", "camera", subject="camera giám sát tại các giao lộ"),
    F("ghi nhận gần 40.000 trường hợp", "40.000", 40000, "count", "trường hợp", approx="nearly",
      change=chg("increase", 2.3, "lần", "cùng kỳ năm 2024"),
      subject="trường hợp vi phạm camera ghi nhận", period=PR),
    F("17.600 trường hợp", "17.600", 17600, "count", "trường hợp", total=40000,
      subject="trường hợp chạy quá tốc độ", period=inherit(PR)),
    F("12.300 trường hợp", "12.300", 12300, "count", "trường hợp", total=40000,
      subject="trường hợp vượt đèn đỏ", period=inherit(PR)),
    F("trên 6.800 trường hợp", "6.800", 6800, "count", "trường hợp", approx="over", percent=17,
      subject="trường hợp vi phạm camera ghi nhận trên đại lộ Võ Văn Kiệt và đường Mai Chí Thọ",
      period=inherit(PR)),
    F("hơn 31.000 thông báo", "31.000", 31000, "count", "thông báo", approx="over",
      subject="thông báo gửi qua bưu điện", period=inherit(PR)),
    F("khoảng 450 thông báo/ngày", "450", 450, "measure", "thông báo/ngày", approx="about",
      subject="thông báo gửi trung bình mỗi ngày", period=inherit(PR)),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", approx="about",
      subject="số tiền phạt đã thu", period=inherit(PR)),
    F("từ 20 km/h đến 35 km/h", "20", 20, "measure", "km/h", value_max=35, optional=True,
      subject="mức chạy quá tốc độ của ôtô"),
    F("phạt 12-14 triệu đồng", "12", 12e6, "money", "đồng", value_max=14e6,
      subject="mức phạt ôtô chạy quá tốc độ từ 20 km/h đến 35 km/h"),
    F("(mức cũ 6-8 triệu đồng)", "6", 6e6, "money", "đồng", value_max=8e6,
      subject="mức phạt cũ"),
    F("trừ 6 điểm", "6", 6, "count", "điểm", optional=True,
      subject="điểm giấy phép lái xe bị trừ"),
    F("thêm 24 camera", "24", 24, "count", "camera", status="forecast",
      subject="camera AI lắp thêm trên các tuyến cửa ngõ", period=PQ),
    F("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí lắp thêm camera AI", period=PQ),
    F("khoảng 4.000 camera", "4.000", 4000, "count", "camera", approx="about", status="target",
      subject="camera giám sát giao thông kết nối về Trung tâm điều hành",
      period=per("Đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "National newspaper style: 'Thứ năm, 13/3/2025, 14:20 (GMT+7)', byline at the end. Location TP Hồ Chí Minh.",
    "Distractors: 14:20 (GMT+7), 'hơn hai tháng' (a duration), Nghị định 168/2024, Quốc lộ 1, Quốc lộ 22, quý II/2025.",
    "The headline figure's period comes from the body ('từ ngày 1/1 đến 10/3/2025'): inherited.",
    "'gấp 2,3 lần cùng kỳ' in the lead stands alone as the claim: a multiple figure; in the body 'tăng 2,3 lần",
    "so với cùng kỳ năm 2024' after 40.000 is that figure's change. 'Trong số này' parts get total 40000.",
    "Camera counts that operate during the period get no period (a stock, not a flow of the period).",
    "Optional: the speed band 'từ 20 km/h đến 35 km/h' and 'trừ 6 điểm' (rule parameters).",
    "'thành phố dự kiến lắp thêm 24 camera ..., kinh phí khoảng 18 tỷ đồng': both forecast (the clause continues).",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-13", location="TP Hồ Chí Minh")
