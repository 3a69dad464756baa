"""p1134-1: Khánh Hòa province portal, 9 months 2024: public toilets at tourist sites built and upgraded."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Khánh Hòa: Gần 100 nhà vệ sinh công cộng tại điểm du lịch được xây mới, nâng cấp

Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.384

(khanhhoa.gov.vn) - 9 tháng đầu năm 2024, các địa phương trong tỉnh đã xây mới, nâng cấp 97 nhà vệ sinh công cộng tại các khu, điểm du lịch, đạt 80,8% kế hoạch năm, tăng 21 nhà so với cùng kỳ năm 2023. Trong đó, xây mới 35 nhà, cải tạo, nâng cấp 62 nhà.

Tổng kinh phí thực hiện hơn 18,6 tỷ đồng, trong đó ngân sách tỉnh 11,2 tỷ đồng, phần còn lại do doanh nghiệp, hộ kinh doanh đóng góp theo hình thức xã hội hóa. Các công trình tập trung chủ yếu tại TP Nha Trang (41 nhà), TP Cam Ranh (18 nhà) và huyện Vạn Ninh (15 nhà).

Theo Sở Du lịch, tính đến ngày 30/9/2024, toàn tỉnh có 312 nhà vệ sinh công cộng phục vụ khách du lịch, trong đó 236 nhà đạt chuẩn theo Quyết định số 225/QĐ-TCDL của Tổng cục Du lịch, chiếm 75,6%. Riêng tuyến bãi biển đường Trần Phú (TP Nha Trang) có 14 nhà vệ sinh; vào cao điểm hè, mỗi nhà phục vụ bình quân khoảng 1.200 lượt khách/ngày.

Mức thu phí sử dụng phổ biến từ 3.000 đến 5.000 đồng/lượt; người khuyết tật và trẻ em dưới 6 tuổi được miễn phí. Trong 9 tháng, đường dây nóng 0258.3822.753 của Sở tiếp nhận 27 phản ánh về tình trạng mất vệ sinh, thu phí sai quy định, giảm 9 phản ánh so với cùng kỳ; 100% phản ánh đã được xử lý.

Năm 2025, tỉnh phấn đấu 100% khu, điểm du lịch có nhà vệ sinh đạt chuẩn; dự kiến bố trí khoảng 25 tỷ đồng để xây mới ít nhất 40 nhà vệ sinh tại các bãi tắm công cộng.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BUILT = "nhà vệ sinh công cộng tại các khu, điểm du lịch được xây mới, nâng cấp"

FIGS = [
    F("Gần 100 nhà", "100", 100, "count", "nhà vệ sinh công cộng", approx="nearly",
      subject="nhà vệ sinh công cộng tại điểm du lịch được xây mới, nâng cấp"),
    F("nâng cấp 97 nhà", "97", 97, "count", "nhà vệ sinh công cộng", percent=80.8,
      change=C("increase", 21, "nhà", "cùng kỳ năm 2023"), subject=BUILT, period=NINE),
    F("xây mới 35 nhà", "35", 35, "count", "nhà", total=97,
      subject="nhà vệ sinh công cộng xây mới", period=I(NINE)),
    F("nâng cấp 62 nhà", "62", 62, "count", "nhà", total=97,
      subject="nhà vệ sinh công cộng cải tạo, nâng cấp", period=I(NINE)),
    F("hơn 18,6 tỷ", "18,6", 18600000000, "money", "đồng", approx="over",
      subject="tổng kinh phí xây mới, nâng cấp nhà vệ sinh công cộng", period=I(NINE)),
    F("tỉnh 11,2 tỷ", "11,2", 11200000000, "money", "đồng", total=18600000000,
      subject="kinh phí từ ngân sách tỉnh", period=I(NINE)),
    F("Nha Trang (41 nhà)", "41", 41, "count", "nhà", subject="nhà vệ sinh công cộng xây mới, nâng cấp",
      period=I(NINE), location="Nha Trang"),
    F("Cam Ranh (18 nhà)", "18", 18, "count", "nhà", subject="nhà vệ sinh công cộng xây mới, nâng cấp",
      period=I(NINE), location="Cam Ranh"),
    F("Vạn Ninh (15 nhà)", "15", 15, "count", "nhà", subject="nhà vệ sinh công cộng xây mới, nâng cấp",
      period=I(NINE), location="Vạn Ninh"),
    F("có 312 nhà", "312", 312, "count", "nhà vệ sinh công cộng",
      subject="nhà vệ sinh công cộng phục vụ khách du lịch", period=ASOF),
    F("236 nhà", "236", 236, "count", "nhà", total=312, percent=75.6,
      subject="nhà vệ sinh công cộng đạt chuẩn", period=ASOF),
    F("có 14 nhà", "14", 14, "count", "nhà vệ sinh",
      subject="nhà vệ sinh tuyến bãi biển đường Trần Phú", period=I(ASOF), location="Nha Trang"),
    F("khoảng 1.200 lượt", "1.200", 1200, "measure", "lượt khách/ngày", approx="about",
      subject="lượt khách mỗi nhà vệ sinh phục vụ bình quân vào cao điểm hè", location="Nha Trang"),
    F("từ 3.000 đến 5.000", "3.000", 3000, "money", "đồng/lượt", value_max=5000,
      subject="mức thu phí sử dụng nhà vệ sinh công cộng"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True,
      subject="tuổi trẻ em được miễn phí"),
    F("tiếp nhận 27 phản ánh", "27", 27, "count", "phản ánh",
      change=C("decrease", 9, "phản ánh", "cùng kỳ"),
      subject="phản ánh về tình trạng mất vệ sinh, thu phí sai quy định", period=NINE_SHORT),
    F("100% phản ánh", "100", 100, "percent", "%", subject="tỷ lệ phản ánh đã được xử lý", period=NINE_SHORT),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="khu, điểm du lịch có nhà vệ sinh đạt chuẩn", period=Y25),
    F("khoảng 25 tỷ", "25", 25000000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí bố trí xây mới nhà vệ sinh tại các bãi tắm công cộng", period=Y25),
    F("ít nhất 40 nhà", "40", 40, "count", "nhà vệ sinh", approx="at_least", status="forecast",
      subject="nhà vệ sinh xây mới tại các bãi tắm công cộng", period=Y25),
]

NOTES = [
    "Province portal (Khánh Hòa): toilets at tourist sites built and upgraded, 9 months 2024. Breadcrumb, 'Cập nhật: 21/10/2024 14:20 | Lượt xem: 2.384'.",
    "Distractors: view counter 2.384, time 14:20, 'Quyết định số 225/QĐ-TCDL', hotline 0258.3822.753, 'đường Trần Phú'. 'dưới 6 tuổi' defines who is exempt (optional).",
    "District list 41+18+15 = 74 does not add up to 97 ('tập trung chủ yếu tại'): no total. Headline has no period; 'Riêng ... có 14 nhà' continues the as-of sentence (inherited).",
    "'mỗi nhà phục vụ bình quân khoảng 1.200 lượt khách/ngày' is a per-unit rate: measure, unit as written; 'vào cao điểm hè' is no dated period.",
]

if __name__ == "__main__":
    write("p1134-1", TEXT, NOTES, FIGS, published="2024-10-21", location="Khánh Hòa")
