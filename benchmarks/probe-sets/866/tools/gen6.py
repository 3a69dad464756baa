"""p866-6: national newspaper: an automated parcel sorting centre in Củ Chi (TP. Hồ Chí Minh), 2025."""
from lib import C, F, I, P, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ hai, 10/3/2025, 06:00 (GMT+7)
Trung tâm chia chọn 2,5 triệu đơn mỗi ngày đi vào hoạt động

Một doanh nghiệp chuyển phát vừa đưa vào vận hành trung tâm khai thác tự động tại huyện Củ Chi (TP HCM), công suất 2,5 triệu bưu kiện/ngày, lớn nhất khu vực phía Nam.

Trung tâm rộng 52.000 m2, nằm cạnh Quốc lộ 22, tổng vốn đầu tư khoảng 1.200 tỷ đồng. Hệ thống băng chuyền dài hơn 4 km với 1.800 cửa chia, độ chính xác phân loại đạt 99,9%. Thời gian xử lý mỗi bưu kiện giảm từ 40 phút xuống còn 8 phút.

Theo đại diện doanh nghiệp, trung tâm sử dụng khoảng 1.500 lao động, ít hơn 35% so với mô hình thủ công cùng công suất. Từ đầu năm đến nay, trung tâm đã xử lý khoảng 95 triệu bưu kiện, trong đó gần 80% là đơn hàng từ các sàn thương mại điện tử.

Năm 2024, doanh nghiệp đã giao hơn 1,2 tỷ đơn hàng trên toàn quốc, chiếm khoảng 32% thị phần; doanh thu đạt 18.600 tỷ đồng, tăng 27% so với năm 2023.

Theo Hiệp hội Thương mại điện tử Việt Nam, mỗi ngày cả nước phát sinh khoảng 10 triệu đơn hàng thương mại điện tử, trong đó TP HCM chiếm gần 40%. Chi phí logistics hiện chiếm 25-30% giá trị đơn hàng trực tuyến, là gánh nặng lớn với người bán nhỏ lẻ.

Doanh nghiệp dự kiến đầu tư thêm 2 trung tâm tương tự tại Bắc Ninh và Đà Nẵng trong năm 2026, nâng tổng công suất toàn mạng lưới trên cả nước lên 6 triệu bưu kiện/ngày.

Minh Tâm
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-10")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y26 = P("trong năm 2026", "2026-01-01", "2026-12-31")
VN = "Việt Nam"

FIGS = [
    F("chọn 2,5 triệu đơn mỗi ngày", "2,5", 2.5e6, "measure", "đơn/ngày", "công suất trung tâm chia chọn"),
    F("công suất 2,5 triệu bưu kiện/ngày", "2,5", 2.5e6, "measure", "bưu kiện/ngày",
      "công suất trung tâm khai thác tự động"),
    F("rộng 52.000 m2", "52.000", 52000, "measure", "m2", "diện tích trung tâm"),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "tổng vốn đầu tư", approx="about"),
    F("dài hơn 4 km", "4", 4, "measure", "km", "chiều dài hệ thống băng chuyền", approx="over"),
    F("1.800 cửa chia", "1.800", 1800, "count", "cửa chia", "cửa chia của hệ thống băng chuyền"),
    F("đạt 99,9%", "99,9", 99.9, "percent", "%", "độ chính xác phân loại"),
    F("từ 40 phút", "40", 40, "measure", "phút", "thời gian xử lý mỗi bưu kiện trước đây"),
    F("còn 8 phút", "8", 8, "measure", "phút", "thời gian xử lý mỗi bưu kiện"),
    F("khoảng 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động trung tâm sử dụng", approx="about",
      change=C("decrease", 35, baseline="mô hình thủ công cùng công suất")),
    F("khoảng 95 triệu bưu kiện", "95", 95e6, "count", "bưu kiện", "bưu kiện trung tâm đã xử lý", YTD,
      approx="about"),
    F("gần 80%", "80", 80, "percent", "%", "đơn hàng từ các sàn thương mại điện tử", YTD, approx="nearly"),
    F("hơn 1,2 tỷ đơn hàng", "1,2", 1.2e9, "count", "đơn hàng", "đơn hàng doanh nghiệp đã giao", Y24,
      approx="over", percent=32, location=VN),
    F("đạt 18.600 tỷ đồng", "18.600", 18600e9, "money", "đồng", "doanh thu của doanh nghiệp", Y24,
      change=C("increase", 27, baseline="năm 2023"), location=VN),
    F("khoảng 10 triệu đơn hàng", "10", 10e6, "count", "đơn hàng", "đơn hàng thương mại điện tử phát sinh mỗi ngày",
      approx="about", location=VN),
    F("chiếm gần 40%", "40", 40, "percent", "%", "tỷ trọng đơn hàng thương mại điện tử", approx="nearly",
      location="TP. Hồ Chí Minh"),
    F("chiếm 25-30%", "25", 25, "percent", "%", "chi phí logistics trong giá trị đơn hàng trực tuyến",
      value_max=30, location=VN),
    F("thêm 2 trung tâm", "2", 2, "count", "trung tâm", "trung tâm khai thác đầu tư thêm", Y26,
      status="forecast", location=VN),
    F("lên 6 triệu bưu kiện/ngày", "6", 6e6, "measure", "bưu kiện/ngày", "tổng công suất toàn mạng lưới", Y26,
      status="forecast", location=VN),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ hai, 10/3/2025, 06:00 (GMT+7)'): an automated sorting centre in Củ Chi, TP HCM.",
    "Default location Củ Chi, the district of the centre (revised after run 1 from TP. Hồ Chí Minh, for consistency with the",
    "  district level used in the other articles); TP HCM's 40% share of national orders is TP. Hồ Chí Minh; the firm's nationwide volume ('trên toàn quốc') and revenue in the",
    "  same sentence, the national e-commerce count ('cả nước'), logistics cost share and the network plan ('trên cả nước') are Việt Nam.",
    "  '2 trung tâm ... tại Bắc Ninh và Đà Nẵng' spans two provinces: the firm's national network, location Việt Nam.",
    "Headline '2,5 triệu đơn mỗi ngày' is its own figure (unit đơn/ngày, a capacity rate: measure).",
    "'giảm từ 40 phút xuống còn 8 phút': two figures, no change value stated (32 is not written).",
    "'ít hơn 35% so với mô hình thủ công' is the change of 1.500 lao động. 'chiếm khoảng 32% thị phần' is the percent of 1,2 tỷ.",
    "'gần 80%' after 'trong đó' has no base count: its own percent figure. 'Từ đầu năm đến nay' ends at the dateline.",
    "'trong năm 2026' is the forecast period of both plan figures (same sentence). Distractors: 'Quốc lộ 22', '06:00 (GMT+7)'.",
]

if __name__ == "__main__":
    write("p866-6", TEXT, FIGS, notes=NOTES, published="2025-03-10", location="Củ Chi")
