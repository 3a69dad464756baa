"""p482-1: Đà Nẵng city portal — subsidised buses, first half of 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông - Vận tải
Đà Nẵng: Xe buýt trợ giá phục vụ hơn 2,6 triệu lượt khách
Cập nhật: 09/07/2024 15:42
Lượt xem: 1.284

(Cổng TTĐT) - Theo Sở Giao thông vận tải thành phố, 6 tháng đầu năm 2024, 13 tuyến xe buýt có trợ giá đã thực hiện 71.350 chuyến, phục vụ hơn 2,6 triệu lượt hành khách, tăng 18,4% so với cùng kỳ năm 2023, đạt 52,3% kế hoạch năm. Trong đó, học sinh, sinh viên khoảng 1,07 triệu lượt; người cao tuổi, người khuyết tật được miễn vé 186.500 lượt.

Sản lượng bình quân đạt 14.300 lượt khách/ngày; hệ số sử dụng ghế bình quân từ 35 đến 40%, riêng tuyến số 05 (Kim Liên - Chợ Hàn) đạt 62%. Tổng kinh phí trợ giá 6 tháng là 38,6 tỷ đồng, bằng 48,2% dự toán năm (80 tỷ đồng); bình quân khoảng 16.500 đồng/km xe chạy.

Hiện thành phố có 132 xe buýt đang hoạt động, trong đó 24 xe sử dụng nhiên liệu sạch (CNG, điện). Tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng mới đạt khoảng 2,1%. Ước cả năm 2024, sản lượng xe buýt đạt 5,1 triệu lượt khách.

Theo Quyết định số 2153/QĐ-UBND, đến năm 2025 thành phố phấn đấu nâng tỷ lệ này lên 5% và mở thêm 4 tuyến mới. Tuyến R16 (Bến xe Trung tâm - Sân bay Đà Nẵng) dự kiến vận hành trong quý IV/2024 với 12 xe buýt điện, giá vé 8.000 đồng/lượt.

Mọi phản ánh về chất lượng dịch vụ, người dân liên hệ đường dây nóng 0236.3650.555 của Trung tâm Quản lý hạ tầng giao thông, số 24 Trần Phú, quận Hải Châu.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
RATE = "tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng"

FIGS = [
    F("trợ giá phục vụ hơn 2,6 triệu", "2,6", 2600000, "count", "lượt khách", approx="over",
      subject="lượt khách xe buýt trợ giá phục vụ", period=I(H1)),
    F("13 tuyến xe buýt", "13", 13, "count", "tuyến", subject="tuyến xe buýt có trợ giá", period=H1),
    F("71.350 chuyến", "71.350", 71350, "count", "chuyến", subject="chuyến xe buýt có trợ giá thực hiện", period=H1),
    F("hơn 2,6 triệu lượt hành khách", "2,6", 2600000, "count", "lượt hành khách", approx="over", percent=52.3,
      change=CH("increase", 18.4, baseline="cùng kỳ năm 2023"),
      subject="lượt hành khách xe buýt có trợ giá phục vụ", period=H1),
    F("khoảng 1,07 triệu lượt", "1,07", 1070000, "count", "lượt", approx="about", total=2600000,
      subject="lượt hành khách học sinh, sinh viên", period=I(H1)),
    F("miễn vé 186.500 lượt", "186.500", 186500, "count", "lượt", total=2600000,
      subject="lượt người cao tuổi, người khuyết tật được miễn vé", period=I(H1)),
    F("đạt 14.300 lượt khách/ngày", "14.300", 14300, "measure", "lượt khách/ngày",
      subject="sản lượng bình quân", period=I(H1)),
    F("từ 35 đến 40%", "35", 35, "percent", "%", value_max=40,
      subject="hệ số sử dụng ghế bình quân", period=I(H1)),
    F("đạt 62%", "62", 62, "percent", "%", subject="hệ số sử dụng ghế tuyến số 05 (Kim Liên - Chợ Hàn)", period=I(H1)),
    F("là 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng", percent=48.2, target=TG(80000000000, "đồng"),
      subject="tổng kinh phí trợ giá", period=H6),
    F("khoảng 16.500 đồng/km", "16.500", 16500, "money", "đồng/km", approx="about",
      subject="kinh phí trợ giá bình quân trên km xe chạy", period=H6),
    F("có 132 xe buýt", "132", 132, "count", "xe buýt", subject="xe buýt đang hoạt động"),
    F("24 xe sử dụng", "24", 24, "count", "xe", total=132, subject="xe buýt sử dụng nhiên liệu sạch (CNG, điện)"),
    F("khoảng 2,1%", "2,1", 2.1, "percent", "%", approx="about", subject=RATE),
    F("đạt 5,1 triệu lượt khách", "5,1", 5100000, "count", "lượt khách", status="estimate",
      subject="sản lượng xe buýt", period=Y24),
    F("lên 5%", "5", 5, "percent", "%", status="target", subject=RATE, period=T25),
    F("thêm 4 tuyến mới", "4", 4, "count", "tuyến", status="target", subject="tuyến xe buýt mở mới", period=T25),
    F("với 12 xe buýt điện", "12", 12, "count", "xe buýt điện", status="forecast",
      subject="xe buýt điện tuyến R16 (Bến xe Trung tâm - Sân bay Đà Nẵng)", period=Q4),
    F("8.000 đồng/lượt", "8.000", 8000, "money", "đồng/lượt", status="forecast",
      subject="giá vé tuyến R16", period=Q4),
]

COMMENTS = [
    "Cổng TTĐT Đà Nẵng: xe buýt có trợ giá 6 tháng đầu năm 2024 (sản lượng, hệ số ghế, kinh phí trợ giá, đội xe, mục tiêu 2025).",
    "Distractors: 'Lượt xem: 1.284', 'Cập nhật: 09/07/2024 15:42', route names 'tuyến số 05', 'R16', 'Quyết định số 2153/QĐ-UBND',",
    "hotline '0236.3650.555', address 'số 24 Trần Phú'. '(80 tỷ đồng)' after 'dự toán năm' is the plan: target of 38,6 tỷ, not a figure.",
    "'Trong đó' parts (1,07 triệu; 186.500) take the whole 2,6 triệu of the sentence before. 'tỷ lệ này' resolved in the subject.",
]

if __name__ == "__main__":
    emit("p482-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Đà Nẵng")
