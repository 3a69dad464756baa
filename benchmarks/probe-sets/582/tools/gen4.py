import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Năng lượng
Ngày đăng: 05/03/2024 | Lượt xem: 2.015

Thủy điện năm 2023: sản lượng giảm hơn 15% do khô hạn

Theo Cục Điều tiết điện lực, tính đến ngày 31/12/2023, tổng công suất các nhà máy thủy điện trên toàn quốc đạt 22.872 MW, chiếm 28,6% tổng công suất đặt của hệ thống điện quốc gia. Trong đó, thủy điện có công suất trên 30 MW gồm 112 nhà máy với 17.950 MW.

Năm 2023, sản lượng thủy điện toàn hệ thống đạt 80,9 tỷ kWh, giảm 15,3% so với năm 2022, chiếm 28,8% tổng sản lượng điện sản xuất. Trong tháng 5 và tháng 6, nhiều hồ chứa lớn ở miền Bắc xuống dưới mực nước chết, công suất không huy động được lên tới khoảng 5.000 MW.

Các địa phương có công suất thủy điện lớn nhất là Sơn La (2.841 MW), Lai Châu (2.560 MW) và Lào Cai (1.924 MW). Về số lượng, Lào Cai dẫn đầu với 118 nhà máy; Hà Giang xếp thứ 2 với 72 nhà máy.

Về an toàn đập, năm 2023 Bộ Công Thương đã kiểm tra 146 công trình thủy điện tại 22 tỉnh; phát hiện 18 công trình chưa lắp đặt thiết bị quan trắc khí tượng thủy văn chuyên dùng, 9 công trình chưa thực hiện kiểm định an toàn đập theo quy định. Tổng số tiền xử phạt vi phạm hành chính là 1,26 tỷ đồng.

Theo Quy hoạch điện VIII, đến năm 2030 tổng công suất thủy điện (kể cả thủy điện nhỏ) đạt 29.346 MW, chiếm khoảng 19,5% cơ cấu nguồn điện; thủy điện tích năng đạt 2.400 MW. Bộ Công Thương đề nghị các địa phương không bổ sung quy hoạch các dự án thủy điện nhỏ dưới 3 MW có ảnh hưởng đến đất rừng.

Cổng Thông tin điện tử Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("giảm hơn 15%", "15", 15, "percent", "%", "sản lượng thủy điện giảm", P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("đạt 22.872 MW", "22.872", 22872, "measure", "MW", "tổng công suất các nhà máy thủy điện trên toàn quốc", ASOF, percent=28.6),
    F("công suất trên 30 MW", "30", 30, "measure", "MW", "công suất thủy điện", approx="over", optional=True),
    F("gồm 112 nhà máy", "112", 112, "count", "nhà máy", "nhà máy thủy điện có công suất trên 30 MW", I(ASOF)),
    F("với 17.950 MW", "17.950", 17950, "measure", "MW", "công suất thủy điện có công suất trên 30 MW", I(ASOF), total=22872),
    F("đạt 80,9 tỷ kWh", "80,9", 80.9e9, "measure", "kWh", "sản lượng thủy điện toàn hệ thống", Y23,
      percent=28.8, change=CH("decrease", 15.3, "%", "năm 2022")),
    F("khoảng 5.000 MW", "5.000", 5000, "measure", "MW", "công suất không huy động được",
      P("tháng 5 và tháng 6", "2023-05-01", "2023-06-30"), approx="about"),
    F("Sơn La (2.841 MW)", "2.841", 2841, "measure", "MW", "công suất thủy điện", location="Sơn La"),
    F("Lai Châu (2.560 MW)", "2.560", 2560, "measure", "MW", "công suất thủy điện", location="Lai Châu"),
    F("Lào Cai (1.924 MW)", "1.924", 1924, "measure", "MW", "công suất thủy điện", location="Lào Cai"),
    F("với 118 nhà máy", "118", 118, "count", "nhà máy", "số lượng nhà máy thủy điện", location="Lào Cai"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "số lượng nhà máy thủy điện", location="Hà Giang"),
    F("với 72 nhà máy", "72", 72, "count", "nhà máy", "số lượng nhà máy thủy điện", location="Hà Giang"),
    F("kiểm tra 146 công trình", "146", 146, "count", "công trình", "công trình thủy điện Bộ Công Thương đã kiểm tra", Y23),
    F("tại 22 tỉnh", "22", 22, "count", "tỉnh", "tỉnh có công trình thủy điện được kiểm tra", Y23),
    F("phát hiện 18 công trình", "18", 18, "count", "công trình", "công trình chưa lắp đặt thiết bị quan trắc khí tượng thủy văn chuyên dùng", Y23),
    F("9 công trình", "9", 9, "count", "công trình", "công trình chưa thực hiện kiểm định an toàn đập", Y23),
    F("là 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(Y23)),
    F("đạt 29.346 MW", "29.346", 29346, "measure", "MW", "tổng công suất thủy điện (kể cả thủy điện nhỏ)", T30,
      percent=19.5, status="target"),
    F("đạt 2.400 MW", "2.400", 2400, "measure", "MW", "thủy điện tích năng", T30, status="target"),
    F("nhỏ dưới 3 MW", "3", 3, "measure", "MW", "công suất dự án thủy điện nhỏ", approx="under", optional=True),
]

emit("p582-4", TEXT, [
    "Ministry site (Bộ Công Thương): national hydropower capacity and output 2023, provinces, dam-safety inspections, PDP8 2030 targets.",
    "Thresholds 'trên 30 MW', 'dưới 3 MW' are optional. 'Quy hoạch điện VIII', address '54 Hai Bà Trưng' are distractors.",
    "'Trong đó, … gồm 112 nhà máy với 17.950 MW': the MW is part of 22.872 MW; the plant count has no whole in plants (no total).",
    "'phát hiện 18 công trình' after 'kiểm tra 146 công trình': no cue (trong đó/gồm/:), so no total. 'dẫn đầu' has no number: no rank figure.",
], FIGS, published="2024-03-05", location="Việt Nam")
