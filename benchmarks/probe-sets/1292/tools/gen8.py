"""p1292-8: radio/TV site (Đài PT-TH Lào Cai, tag (LCTV)): Bến xe khách Sa Pa, quý I/2025, holiday plan."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÀO CAI
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Xe khách lên Sa Pa tăng chuyến dịp nghỉ lễ

Cập nhật lúc 18:30, 22/04/2025 | Thời lượng video: 02:35

(LCTV) - Quý I/2025, Bến xe khách Sa Pa (thị xã Sa Pa) tổ chức cho 9.860 lượt xe xuất bến, vận chuyển 142.300 lượt khách, tăng 12,6% so với cùng kỳ năm 2024; trong đó khách quốc tế chiếm khoảng 27%.

Hiện bến có 46 tuyến cố định đi Hà Nội, Hải Phòng, Quảng Ninh, Ninh Bình và các tỉnh đồng bằng sông Hồng, với gần ba chục doanh nghiệp, hợp tác xã tham gia khai thác. Nhiều nhà xe đã đầu tư dòng xe giường nằm Thaco TB120SL và xe limousine cabin; giá vé tuyến Hà Nội - Sa Pa từ 300.000 đến 450.000 đồng/vé. Xe tuyến cố định chỉ được dừng đón, trả khách tại 4 điểm trên Quốc lộ 4D.

Toàn tỉnh Lào Cai hiện có 9 bến xe khách. Quý I, các bến đã vận chuyển gần 520.000 lượt khách, bằng 24,8% kế hoạch năm. Lực lượng Cảnh sát giao thông đã kiểm tra 315 lượt xe khách, xử lý 22 trường hợp vi phạm, chủ yếu là chở quá số người quy định.

Dự kiến dịp nghỉ lễ 30/4 - 1/5, lượng khách qua Bến xe khách Sa Pa tăng 15-20% so với ngày thường; bến sẽ bố trí thêm khoảng 60 lượt xe/ngày và trực 24/24 giờ để phục vụ hành khách.

Minh Tuấn - Quang Huy (LCTV)

Tin cùng chuyên mục:
- Lào Cai: Khai trương tuyến xe buýt Lào Cai - Sa Pa chất lượng cao
- Bảo đảm an toàn giao thông mùa du lịch hè 2025
"""

Q1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
Q1b = period("Quý I", "2025-01-01", "2025-03-31")
SP = "Sa Pa"

FIGS = [
    F("cho 9.860", "9.860", 9860, "count", "lượt xe", subject="lượt xe xuất bến Bến xe khách Sa Pa",
      period=Q1, location=SP),
    F("chuyển 142.300", "142.300", 142300, "count", "lượt khách",
      change=change("increase", 12.6, "%", "cùng kỳ năm 2024"),
      subject="lượt khách Bến xe khách Sa Pa vận chuyển", period=Q1, location=SP),
    F("khoảng 27%", "27", 27, "percent", "%", approx="about",
      subject="khách quốc tế trong lượt khách vận chuyển", period=Q1, location=SP),
    F("có 46 tuyến", "46", 46, "count", "tuyến", subject="tuyến cố định", location=SP),
    F("gần ba chục", "ba chục", 30, "count", "doanh nghiệp, hợp tác xã", approx="nearly",
      subject="doanh nghiệp, hợp tác xã tham gia khai thác", location=SP),
    F("từ 300.000", "300.000", 300000, "money", "đồng/vé", value_max=450000,
      subject="giá vé tuyến Hà Nội - Sa Pa", location=SP),
    F("tại 4 điểm", "4", 4, "count", "điểm",
      subject="điểm xe tuyến cố định được dừng đón, trả khách trên Quốc lộ 4D", location=SP),
    F("có 9 bến", "9", 9, "count", "bến xe khách", subject="bến xe khách toàn tỉnh"),
    F("gần 520.000", "520.000", 520000, "count", "lượt khách", approx="nearly", percent=24.8,
      subject="lượt khách các bến vận chuyển", period=Q1b),
    F("kiểm tra 315", "315", 315, "count", "lượt xe khách", subject="lượt xe khách được kiểm tra",
      period=inherit(Q1b)),
    F("xử lý 22", "22", 22, "count", "trường hợp", subject="trường hợp vi phạm bị xử lý",
      period=inherit(Q1b)),
    F("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
      subject="lượng khách qua Bến xe khách Sa Pa", location=SP),
    F("khoảng 60 lượt", "60", 60, "measure", "lượt xe/ngày", approx="about", status="forecast",
      subject="lượt xe bến bố trí thêm mỗi ngày", location=SP),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Lào Cai): menu, 'Cập nhật lúc 18:30, 22/04/2025 | Thời lượng video: 02:35', tag '(LCTV) -', byline, related links.",
    "Distractors: 18:30, video length 02:35, 'Thaco TB120SL' (a model name), 'Quốc lộ 4D', 'nghỉ lễ 30/4 - 1/5' (a holiday's name),",
    "'trực 24/24 giờ' (an idiom for round-the-clock, not a part of a whole), 'hè 2025' in a link.",
    "Bến xe khách Sa Pa figures → location Sa Pa (thị xã); province figures → Lào Cai (the default).",
    "'trong đó khách quốc tế chiếm khoảng 27%' is a share of its own (percent figure, about), not the share of 142.300.",
    "'gần ba chục doanh nghiệp' = nearly 30 (number word). 'Hiện' figures and the standing fare have no period.",
    "'Quý I' (year-less) takes 2025 from 'Quý I/2025'; '... gần 520.000 lượt khách, bằng 24,8% kế hoạch năm' → percent attribute.",
    "The inspection sentence inherits 'Quý I' from the previous sentence of the paragraph.",
    "'Dự kiến ... tăng 15-20% so với ngày thường; bến sẽ bố trí thêm khoảng 60 lượt xe/ngày' → forecast for both clauses; the holiday",
    "named '30/4 - 1/5' is not given as a dated period in the gold (no year in it, and the name does not bound the stay).",
]

if __name__ == "__main__":
    write("p1292-8", TEXT, NOTES, FIGS, published="2025-04-22", location="Lào Cai")
