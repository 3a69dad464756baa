"""p1294-2: district portal (huyện Mê Linh, Hà Nội): flower-field tourism points, cúc họa mi cooperative."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÊ LINH
Thành phố Hà Nội

Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội | Liên hệ

Phát triển du lịch trải nghiệm từ những cánh đồng hoa

Ngày đăng: 26/11/2024 | Tác giả: Thu Hà

Mê Linh hiện có khoảng 1.250 ha trồng hoa, đứng thứ nhất thành phố về diện tích hoa; trong đó hoa cúc họa mi 38 ha, hoa hồng 640 ha. Từ năm 2022 đến nay, huyện đã hỗ trợ hình thành 6 điểm du lịch trải nghiệm cánh đồng hoa tại các xã Mê Linh, Tiền Phong và Văn Khê.

Tiêu biểu là Hợp tác xã Hoa Tiền Phong Xanh (thôn Hậu Lâm, xã Tiền Phong) với 12 ha cúc họa mi và hướng dương. Mùa cúc họa mi năm nay bắt đầu từ cuối tháng 10, mỗi ngày đón 500-700 lượt khách, cuối tuần có ngày lên tới 2.000 lượt. Vé vào cửa 20.000 đồng/người, riêng học sinh được giảm 50%.

Theo Phòng Kinh tế huyện, 10 tháng năm 2024, các điểm du lịch cánh đồng hoa trên địa bàn đón khoảng 86.000 lượt khách, gấp 1,5 lần cùng kỳ năm 2023; doanh thu từ vé và dịch vụ đạt gần 3,2 tỷ đồng. Mỗi điểm tạo việc làm cho từ 10 đến 15 lao động, chủ yếu là phụ nữ trung tuổi.

Năm 2025, huyện phấn đấu có thêm ba điểm du lịch cánh đồng hoa đạt chuẩn, nâng tổng số lên 9 điểm, đón trên 120.000 lượt khách. Đến năm 2030, mục tiêu mỗi xã trồng hoa có ít nhất một mô hình kết hợp du lịch.

Tin khác:
- Hội nghị tổng kết công tác chuyển đổi số năm 2024
- Mê Linh ra quân Tháng hành động vì an toàn thực phẩm

Bản quyền thuộc UBND huyện Mê Linh
Địa chỉ: Khu hành chính huyện, thị trấn Quang Minh, huyện Mê Linh, TP Hà Nội
Điện thoại: 024.3525.1168
"""

SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-11-26")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
TEN = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("Đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", approx="about", subject="diện tích trồng hoa"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="diện tích hoa"),
    fig("họa mi 38 ha", "38", 38, "measure", "ha", total=1250, subject="diện tích hoa cúc họa mi"),
    fig("hoa hồng 640 ha", "640", 640, "measure", "ha", total=1250, subject="diện tích hoa hồng"),
    fig("hình thành 6 điểm", "6", 6, "count", "điểm", period=SINCE,
        subject="điểm du lịch trải nghiệm cánh đồng hoa huyện hỗ trợ hình thành"),
    fig("với 12 ha", "12", 12, "measure", "ha",
        subject="diện tích cúc họa mi và hướng dương của Hợp tác xã Hoa Tiền Phong Xanh"),
    fig("đón 500-700", "500", 500, "measure", "lượt khách/ngày", value_max=700, period=Y24,
        subject="lượt khách mỗi ngày mùa cúc họa mi"),
    fig("tới 2.000 lượt", "2.000", 2000, "count", "lượt", period=Y24,
        subject="lượt khách ngày cuối tuần cao nhất"),
    fig("cửa 20.000 đồng", "20.000", 20000, "money", "đồng/người", subject="vé vào cửa"),
    fig("giảm 50%", "50", 50, "percent", "%", subject="mức giảm giá vé cho học sinh"),
    fig("khoảng 86.000 lượt", "86.000", 86000, "count", "lượt khách", approx="about", period=TEN,
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"),
        subject="lượt khách các điểm du lịch cánh đồng hoa đón"),
    fig("gần 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="nearly", period=TEN,
        subject="doanh thu từ vé và dịch vụ"),
    fig("từ 10 đến 15", "10", 10, "count", "lao động", value_max=15,
        subject="lao động mỗi điểm tạo việc làm"),
    fig("thêm ba điểm", "ba", 3, "count", "điểm", status="target", period=Y25,
        subject="điểm du lịch cánh đồng hoa đạt chuẩn có thêm"),
    fig("lên 9 điểm", "9", 9, "count", "điểm", status="target", period=Y25,
        subject="tổng số điểm du lịch cánh đồng hoa đạt chuẩn"),
    fig("trên 120.000", "120.000", 120000, "count", "lượt khách", approx="over", status="target", period=Y25,
        subject="lượt khách các điểm du lịch cánh đồng hoa đón"),
    fig("ít nhất một mô hình", "một", 1, "count", "mô hình", approx="at_least", status="target", period=T30,
        subject="mô hình kết hợp du lịch mỗi xã trồng hoa có"),
]

NOTES = [
    "District portal (huyện Mê Linh, Hà Nội): banner names the district; 'Ngày đăng: 26/11/2024 | Tác giả: Thu Hà'; footer address, phone.",
    "Distractors: 'cuối tháng 10', 'năm 2024' in a link, phone 024.3525.1168, 'Tháng hành động'.",
    "'đứng thứ nhất thành phố' → rank 1 (number word 'nhất'), subject = what is ranked (diện tích hoa).",
    "'trong đó hoa cúc họa mi 38 ha, hoa hồng 640 ha' → total 1.250 (approximate whole, still the whole).",
    "'Từ năm 2022 đến nay' ends at the dateline. 'mỗi ngày đón 500-700 lượt khách' is a rate (measure, lượt khách/ngày);",
    "'cuối tuần có ngày lên tới 2.000 lượt' is one day's tally (count, lượt); both in the sentence with 'năm nay' (2024).",
    "'riêng học sinh được giảm 50%' is a percent figure (a discount rate), no change object.",
    "'gấp 1,5 lần cùng kỳ năm 2023' → change increase 1,5 lần of 86.000.",
    "'Mỗi điểm tạo việc làm cho từ 10 đến 15 lao động' → count per point (no time denominator), no period (own sentence).",
    "'phấn đấu' governs its sentence: ba điểm, 9 điểm, trên 120.000 lượt khách are targets of 2025. 'Đến năm 2030 ... ít nhất một' target.",
    "Location Mê Linh for everything (district portal; 'thành phố' in 'đứng thứ nhất thành phố' is the field of the ranking).",
]

if __name__ == "__main__":
    write("p1294-2", TEXT, NOTES, FIGS, published="2024-11-26", location="Mê Linh")
