"""p914-4: Bộ Y tế portal, national leprosy situation 2024 and 2025-2030 targets (01/2025)."""
from lib import F, P, C, inh, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Khám chữa bệnh

Cả nước còn khoảng 9.800 bệnh nhân phong đang được quản lý, chăm sóc

Ngày đăng: 26/01/2025 | Lượt xem: 742

(MOH) - Nhân Ngày Thế giới phòng chống bệnh phong lần thứ 72, Cục Quản lý Khám, chữa bệnh cho biết năm 2024 cả nước phát hiện 92 bệnh nhân phong mới, giảm 11,5% so với năm 2023; trong đó có 3 bệnh nhân là trẻ em dưới 15 tuổi và 21 bệnh nhân bị tàn tật độ 2, chiếm 22,8%. Tỷ lệ phát hiện bệnh nhân mới toàn quốc ở mức 0,09 ca/100.000 dân; 63/63 tỉnh, thành phố duy trì đạt tiêu chuẩn loại trừ bệnh phong theo Quyết định số 1532/QĐ-BYT (tỷ lệ lưu hành dưới 0,2/10.000 dân).

Hiện cả nước đang quản lý khoảng 9.800 bệnh nhân phong, phần lớn đã hoàn thành điều trị nhưng mang di chứng tàn tật. Toàn quốc còn 19 khu điều trị phong và làng phong đang nuôi dưỡng 1.476 bệnh nhân, nhiều nhất là Bình Định (182 bệnh nhân), Nghệ An (96 bệnh nhân), Thái Bình (88 bệnh nhân) và Lâm Đồng (41 bệnh nhân).

Năm 2024, ngân sách trung ương bố trí 18,6 tỷ đồng cho hoạt động phòng chống bệnh phong, tăng 1,2 tỷ đồng so với năm trước; các tổ chức quốc tế hỗ trợ thêm gần 4,5 tỷ đồng. Mức trợ cấp đối với bệnh nhân phong được nuôi dưỡng tập trung hiện từ 1,2 đến 1,8 triệu đồng/người/tháng tùy địa phương.

Giai đoạn 2025-2030, Bộ Y tế đặt mục tiêu giảm 50% số bệnh nhân mới so với năm 2024, tỷ lệ bệnh nhân mới bị tàn tật độ 2 dưới 10% và 100% bệnh nhân có nhu cầu được tiếp cận dịch vụ phục hồi chức năng. Dự kiến năm 2025, cả nước sẽ khám sàng lọc cho khoảng 2,5 triệu lượt người tại 210 huyện có nguy cơ cao.

Cổng Thông tin điện tử Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội. Điện thoại: 024.6273.2273
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SUBJ_ND = "bệnh nhân được nuôi dưỡng tại khu điều trị phong và làng phong"

FIGS = [
    F("Cả nước còn khoảng 9.800 bệnh nhân", "9.800", 9800, "count", "bệnh nhân",
      "bệnh nhân phong đang được quản lý, chăm sóc", approx="about"),
    F("phát hiện 92 bệnh nhân phong mới", "92", 92, "count", "bệnh nhân", "bệnh nhân phong mới phát hiện", Y24,
      change=C("decrease", 11.5, "%", "năm 2023")),
    F("có 3 bệnh nhân là trẻ em", "3", 3, "count", "bệnh nhân", "bệnh nhân là trẻ em dưới 15 tuổi", Y24, total=92),
    F("trẻ em dưới 15 tuổi", "15", 15, "measure", "tuổi", approx="under", optional=True),
    F("và 21 bệnh nhân bị tàn tật", "21", 21, "count", "bệnh nhân", "bệnh nhân bị tàn tật độ 2", Y24, total=92,
      percent=22.8),
    F("ở mức 0,09 ca/100.000 dân", "0,09", 0.09, "measure", "ca/100.000 dân",
      "tỷ lệ phát hiện bệnh nhân mới toàn quốc", inh(Y24)),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố duy trì đạt tiêu chuẩn loại trừ bệnh phong",
      total=63),
    F("dưới 0,2/10.000 dân", "0,2", 0.2, "measure", "/10.000 dân", "tỷ lệ lưu hành", approx="under",
      optional=True),
    F("quản lý khoảng 9.800 bệnh nhân", "9.800", 9800, "count", "bệnh nhân", "bệnh nhân phong đang quản lý",
      approx="about"),
    F("còn 19 khu điều trị phong", "19", 19, "count", "khu điều trị phong và làng phong",
      "khu điều trị phong và làng phong"),
    F("nuôi dưỡng 1.476 bệnh nhân", "1.476", 1476, "count", "bệnh nhân", SUBJ_ND),
    F("Bình Định (182 bệnh nhân)", "182", 182, "count", "bệnh nhân", SUBJ_ND, location="Bình Định"),
    F("Nghệ An (96 bệnh nhân)", "96", 96, "count", "bệnh nhân", SUBJ_ND, location="Nghệ An"),
    F("Thái Bình (88 bệnh nhân)", "88", 88, "count", "bệnh nhân", SUBJ_ND, location="Thái Bình"),
    F("Lâm Đồng (41 bệnh nhân)", "41", 41, "count", "bệnh nhân", SUBJ_ND, location="Lâm Đồng"),
    F("bố trí 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng",
      "ngân sách trung ương bố trí cho hoạt động phòng chống bệnh phong", Y24b,
      change=C("increase", 1.2e9, "đồng", "năm trước")),
    F("gần 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "các tổ chức quốc tế hỗ trợ", Y24b, approx="nearly"),
    F("từ 1,2 đến 1,8 triệu đồng/người/tháng", "1,2", 1.2e6, "money", "đồng/người/tháng",
      "mức trợ cấp đối với bệnh nhân phong được nuôi dưỡng tập trung", value_max=1.8e6),
    F("giảm 50% số bệnh nhân mới", "50", 50, "percent", "%", "số bệnh nhân mới giảm so với năm 2024", G,
      status="target"),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ bệnh nhân mới bị tàn tật độ 2", G, approx="under",
      status="target"),
    F("100% bệnh nhân có nhu cầu", "100", 100, "percent", "%",
      "bệnh nhân có nhu cầu được tiếp cận dịch vụ phục hồi chức năng", G, status="target"),
    F("khoảng 2,5 triệu lượt người", "2,5", 2.5e6, "count", "lượt người", "lượt người được khám sàng lọc", Y25,
      approx="about", status="forecast"),
    F("tại 210 huyện", "210", 210, "count", "huyện", "huyện có nguy cơ cao được khám sàng lọc", Y25,
      status="forecast"),
]

COMMENTS = [
    "Ministry of Health portal, national figures (location Việt Nam); provinces in the list of care villages are their items' locations.",
    "Not figures: 'Ngày đăng: 26/01/2025', 'Lượt xem: 742', 'lần thứ 72', 'Quyết định số 1532/QĐ-BYT', 'độ 2', '138A Giảng Võ', the phone.",
    "'dưới 15 tuổi' (category threshold) and the elimination criterion 'dưới 0,2/10.000 dân' are optional.",
    "The province list after 1.476 ('nhiều nhất là ...') does not add up to it: no total. 63/63 -> total 63.",
    "'giảm 50% số bệnh nhân mới so với năm 2024' has no base amount: a percent figure (target), no change.",
    "'hiện từ 1,2 đến 1,8 triệu đồng/người/tháng' is a range with no period.",
]

if __name__ == "__main__":
    write("p914-4", TEXT, COMMENTS, FIGS, published="2025-01-26", location="Việt Nam")
