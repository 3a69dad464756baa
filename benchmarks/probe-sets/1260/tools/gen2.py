"""p1260-2: district portal (quận Hoàn Kiếm, Hà Nội): survey of residents' motorbikes, readiness to switch, charging points."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Chính quyền | Văn bản | Liên hệ

Hoàn Kiếm khảo sát nhu cầu chuyển đổi sang xe máy điện

22/04/2025 - 10:15

Thực hiện Kế hoạch số 86/KH-UBND của UBND quận, từ ngày 1/3 đến 15/4/2025, 18 phường trên địa bàn đã khảo sát 41.236 hộ dân về phương tiện cá nhân. Kết quả cho thấy các hộ đang sở hữu 68.540 xe máy, trong đó 59.870 xe chạy xăng và 8.670 xe máy điện, xe đạp điện.

Khoảng 12,4% số hộ được hỏi cho biết sẵn sàng chuyển sang xe điện ngay trong năm nay nếu được hỗ trợ; 46% muốn chờ đến khi có đủ điểm sạc. Chi phí là trở ngại lớn nhất với hơn 70% số hộ, do giá một xe máy điện phổ thông từ 18 đến 35 triệu đồng.

Hiện toàn quận có 17 điểm sạc công cộng, trong đó 9 điểm do doanh nghiệp đầu tư, và gần ba chục điểm trông giữ xe có thể lắp thêm trụ sạc. Năm 2025, quận phấn đấu lắp đặt mới 40 điểm sạc tại trụ sở, nhà văn hóa và bãi đỗ xe.

Theo đề xuất của quận, mức hỗ trợ dự kiến là 3 triệu đồng/xe cho hộ nghèo, hộ cận nghèo khi đổi xe. Trong quý III, quận dự kiến chọn hai phường Hàng Bạc và Tràng Tiền để thí điểm hạn chế xe máy chạy xăng trên ba tuyến phố đi bộ vào các ngày cuối tuần.

Nguồn: Phòng Kinh tế quận Hoàn Kiếm

Tin khác:
- Ra quân lập lại trật tự vỉa hè trên phố Hàng Bông
- Hoàn Kiếm tổng kết 10 năm phố đi bộ

Địa chỉ: Số 126 Hàng Trống, quận Hoàn Kiếm | Điện thoại: 024.3825.3536
"""

SURVEY = period("từ ngày 1/3 đến 15/4/2025", "2025-03-01", "2025-04-15")
Y2025 = period("Năm 2025", "2025-01-01", "2025-12-31")
Q3 = period("quý III", "2025-07-01", "2025-09-30")

FIGS = [
    F("18 phường", "18", 18, "count", "phường", subject="phường trên địa bàn đã khảo sát", period=SURVEY),
    F("khảo sát 41.236 hộ", "41.236", 41236, "count", "hộ dân", subject="hộ dân được khảo sát về phương tiện cá nhân",
      period=SURVEY),
    F("sở hữu 68.540 xe", "68.540", 68540, "count", "xe máy", subject="xe máy các hộ đang sở hữu",
      period=inherit(SURVEY)),
    F("59.870 xe", "59.870", 59870, "count", "xe", total=68540, subject="xe chạy xăng", period=inherit(SURVEY)),
    F("8.670 xe", "8.670", 8670, "count", "xe máy điện, xe đạp điện", total=68540,
      subject="xe máy điện, xe đạp điện", period=inherit(SURVEY)),
    F("Khoảng 12,4%", "12,4", 12.4, "percent", "%", approx="about",
      subject="số hộ được hỏi sẵn sàng chuyển sang xe điện nếu được hỗ trợ"),
    F("46% muốn", "46", 46, "percent", "%", subject="số hộ muốn chờ đến khi có đủ điểm sạc"),
    F("hơn 70%", "70", 70, "percent", "%", approx="over", subject="số hộ coi chi phí là trở ngại lớn nhất"),
    F("từ 18 đến 35 triệu", "18", 18e6, "money", "đồng", value_max=35e6, subject="giá một xe máy điện phổ thông"),
    F("có 17 điểm", "17", 17, "count", "điểm sạc", subject="điểm sạc công cộng"),
    F("9 điểm", "9", 9, "count", "điểm", total=17, subject="điểm sạc do doanh nghiệp đầu tư"),
    F("gần ba chục", "ba chục", 30, "count", "điểm trông giữ xe", approx="nearly",
      subject="điểm trông giữ xe có thể lắp thêm trụ sạc"),
    F("mới 40 điểm", "40", 40, "count", "điểm sạc", status="target",
      subject="điểm sạc quận lắp đặt mới", period=Y2025),
    F("là 3 triệu", "3", 3e6, "money", "đồng/xe", status="forecast",
      subject="mức hỗ trợ cho hộ nghèo, hộ cận nghèo khi đổi xe"),
    F("chọn hai phường", "hai", 2, "count", "phường", status="forecast",
      subject="phường thí điểm hạn chế xe máy chạy xăng", period=Q3),
    F("ba tuyến phố", "ba", 3, "count", "tuyến phố", status="forecast",
      subject="tuyến phố đi bộ hạn chế xe máy chạy xăng", period=Q3),
]

NOTES = [
    "District portal (quận Hoàn Kiếm): banner naming the district, menu, date '22/04/2025 - 10:15' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: Kế hoạch số 86/KH-UBND, 'ngày 1/3 đến 15/4/2025', 10:15, '10 năm phố đi bộ' in a link title, 'Số 126 Hàng Trống', phone 024.3825.3536.",
    "Location: all figures describe the district Hoàn Kiếm (the district portal names it).",
    "Survey period 'từ ngày 1/3 đến 15/4/2025' (2025-03-01..2025-04-15) for the 18 wards and 41.236 households; the next sentence's",
    "ownership figures inherit it; 59.870 and 8.670 after 'trong đó' take total 68.540 (59.870 + 8.670 = 68.540).",
    "Survey shares (12,4%, 46%, 70%) get no period: 'ngay trong năm nay' is part of the intention asked about, not the figure's time.",
    "'gần ba chục' = nearly 30 (number word). '9 điểm' after 'trong đó' → total 17.",
    "'phấn đấu' → target (40 điểm, Năm 2025); 'dự kiến' → forecast (3 triệu đồng/xe; hai phường, ba tuyến phố in year-less quý III → 2025).",
]

if __name__ == "__main__":
    write("p1260-2", TEXT, NOTES, FIGS, published="2025-04-22", location="Hoàn Kiếm")
