"""p697-1: Đà Nẵng province portal, charging network and EVs, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Đà Nẵng: hơn 1.200 cổng sạc xe điện phục vụ người dân
Cập nhật: 15/07/2024 10:20 | Lượt xem: 3.184

Theo Sở Công Thương thành phố, tính đến ngày 30/6/2024, trên địa bàn thành phố Đà Nẵng có 186 trạm sạc xe điện với tổng cộng 1.245 cổng sạc, tăng 38% so với cuối năm 2023; mật độ đạt 1,6 trạm sạc/vạn dân. Trong đó có 412 cổng sạc nhanh (công suất từ 60 kW trở lên), chiếm 33,1%.

Các trạm sạc phân bố chủ yếu tại quận Hải Châu (52 trạm), Thanh Khê (38 trạm), Sơn Trà (31 trạm) và Ngũ Hành Sơn (27 trạm); 38 trạm còn lại nằm ở các quận, huyện khác.

Về phương tiện, 6 tháng đầu năm, Phòng Cảnh sát giao thông Công an thành phố đã đăng ký mới 2.860 ô tô điện, tăng gấp 2,4 lần so với cùng kỳ năm 2023, nâng tổng số ô tô điện đang lưu hành lên khoảng 7.500 chiếc. Xe máy điện đăng ký mới đạt 11.420 chiếc, chiếm 27,6% tổng số xe máy đăng ký mới.

Thành phố hiện có 3 doanh nghiệp khai thác taxi điện với 1.150 xe, trong đó riêng hãng GSM chiếm khoảng 85%. Tuyến xe buýt điện đầu tiên (tuyến số 06 Bến xe Trung tâm – Khu công nghiệp Hòa Khánh) dài 21,5 km, đưa vào khai thác từ tháng 4/2024 với 12 xe, bình quân 1.800 lượt hành khách/ngày.

Theo Kế hoạch số 145/KH-UBND ngày 20/5/2024 của UBND thành phố, phấn đấu đến năm 2025 Đà Nẵng có ít nhất 300 trạm sạc công cộng, 100% xe buýt đầu tư mới sử dụng điện hoặc năng lượng xanh; đến năm 2030 tỷ lệ taxi điện đạt trên 50%.

Địa chỉ: Số 24 Trần Phú, quận Hải Châu. Điện thoại: 0236.3822.190
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("hơn 1.200 cổng sạc", "1.200", 1200, "count", "cổng sạc", "cổng sạc xe điện", I(ASOF), approx="over"),
    F("có 186 trạm sạc", "186", 186, "count", "trạm sạc", "trạm sạc xe điện", ASOF),
    F("1.245 cổng sạc", "1.245", 1245, "count", "cổng sạc", "cổng sạc xe điện", ASOF,
      change=CH("increase", 38, "%", "cuối năm 2023")),
    F("1,6 trạm sạc/vạn dân", "1,6", 1.6, "measure", "trạm sạc/vạn dân", "mật độ trạm sạc", ASOF),
    F("có 412 cổng sạc nhanh", "412", 412, "count", "cổng sạc nhanh", "cổng sạc nhanh", I(ASOF),
      total=1245, percent=33.1),
    F("từ 60 kW trở lên", "60", 60, "measure", "kW", "công suất cổng sạc nhanh", approx="at_least", optional=True),
    F("Hải Châu (52 trạm)", "52", 52, "count", "trạm", "trạm sạc", I(ASOF), location="Hải Châu"),
    F("Thanh Khê (38 trạm)", "38", 38, "count", "trạm", "trạm sạc", I(ASOF), location="Thanh Khê"),
    F("Sơn Trà (31 trạm)", "31", 31, "count", "trạm", "trạm sạc", I(ASOF), location="Sơn Trà"),
    F("Ngũ Hành Sơn (27 trạm)", "27", 27, "count", "trạm", "trạm sạc", I(ASOF), location="Ngũ Hành Sơn"),
    F("38 trạm còn lại", "38", 38, "count", "trạm", "trạm sạc ở các quận, huyện khác", I(ASOF)),
    F("đăng ký mới 2.860 ô tô điện", "2.860", 2860, "count", "ô tô điện", "ô tô điện đăng ký mới", H1,
      change=CH("increase", 2.4, "lần", "cùng kỳ năm 2023")),
    F("khoảng 7.500 chiếc", "7.500", 7500, "count", "chiếc", "ô tô điện đang lưu hành", I(H1), approx="about"),
    F("đạt 11.420 chiếc", "11.420", 11420, "count", "chiếc", "xe máy điện đăng ký mới", I(H1), percent=27.6),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp khai thác taxi điện"),
    F("với 1.150 xe", "1.150", 1150, "count", "xe", "taxi điện"),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", "tỷ lệ xe taxi điện của hãng GSM", approx="about"),
    F("dài 21,5 km", "21,5", 21.5, "measure", "km", "chiều dài tuyến xe buýt điện đầu tiên"),
    F("với 12 xe", "12", 12, "count", "xe", "xe buýt điện tuyến đầu tiên"),
    F("1.800 lượt hành khách/ngày", "1.800", 1800, "measure", "lượt hành khách/ngày",
      "lượt hành khách bình quân tuyến xe buýt điện đầu tiên"),
    F("ít nhất 300 trạm sạc", "300", 300, "count", "trạm sạc", "trạm sạc công cộng", T25,
      approx="at_least", status="target"),
    F("100% xe buýt", "100", 100, "percent", "%", "tỷ lệ xe buýt đầu tư mới sử dụng điện hoặc năng lượng xanh", T25,
      status="target"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ taxi điện", T30, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Đà Nẵng: trạm sạc, cổng sạc, ô tô/xe máy điện đăng ký mới, taxi và xe buýt điện, 6 tháng đầu năm 2024; targets 2025/2030.",
    "Breadcrumb, `Cập nhật: 15/07/2024 10:20` (published), `Lượt xem: 3.184` (furniture). Distractors: Kế hoạch số 145/KH-UBND ngày 20/5/2024,",
    "tuyến số 06, tháng 4/2024, Số 24 Trần Phú, phone 0236.3822.190. '60 kW trở lên' is a threshold (optional).",
    "The district list after the 186 trạm has no part-of cue and is a separate sentence: no total. Stocks 'nâng tổng số … lên' get the",
    "H1 period only as inherited (unscored). GSM's 85% is a percent of its own (a percent has no whole in xe).",
]

if __name__ == "__main__":
    emit("p697-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Đà Nẵng")
