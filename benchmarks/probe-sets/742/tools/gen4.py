"""p742-4: ministry site (Bộ Y tế), national charity kitchens at hospitals, 10 tháng 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của ngành

Cả nước có 1.126 bếp ăn từ thiện tại các cơ sở khám, chữa bệnh

22/11/2023 14:05

(MOH) - Theo báo cáo của Cục Quản lý Khám, chữa bệnh, tính đến ngày 31/10/2023, cả nước có 1.126 bếp ăn từ thiện hoạt động tại 1.058/1.645 bệnh viện, đạt tỷ lệ 64,3%.

Trong 10 tháng năm 2023, các bếp ăn đã phục vụ khoảng 52,6 triệu suất ăn miễn phí, tăng 12,4% so với cùng kỳ năm 2022; tổng giá trị vận động ước đạt 1.240,6 tỷ đồng. Hơn 36.500 tình nguyện viên và 12.800 nhà hảo tâm, doanh nghiệp tham gia duy trì hoạt động các bếp.

Số bếp ăn tập trung chủ yếu ở vùng Đồng bằng sông Hồng (286 bếp), Bắc Trung Bộ và duyên hải miền Trung (271 bếp) và Đồng bằng sông Cửu Long (248 bếp). TP Hồ Chí Minh, Hà Nội và Nghệ An là các địa phương có nhiều bếp ăn nhất, lần lượt 94, 81 và 47 bếp.

Chi phí bình quân mỗi suất ăn từ 20.000 đến 25.000 đồng; riêng tại các bệnh viện tuyến trung ương như Bệnh viện K, Bệnh viện Trung ương Quân đội 108, mỗi ngày phát trên 3.000 suất.

Theo Cục Quản lý Khám, chữa bệnh, khoảng 30-35% người bệnh điều trị nội trú tại bệnh viện tuyến tỉnh thuộc diện khó khăn, cần hỗ trợ bữa ăn. Bộ Y tế phấn đấu đến năm 2025 có 80% bệnh viện công lập có bếp ăn từ thiện hoặc điểm phát suất ăn miễn phí cho người bệnh nghèo.

Thực hiện Chỉ thị số 05/CT-BYT, Bộ Y tế đề nghị các Sở Y tế phối hợp với Mặt trận Tổ quốc, Hội Chữ thập đỏ bảo đảm an toàn thực phẩm tại các bếp ăn. Phản ánh về chất lượng bữa ăn, người dân gọi đường dây nóng 1900 9095.
"""

ASOF = P("tính đến ngày 31/10/2023", None, "2023-10-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("Cả nước có 1.126 bếp ăn", "1.126", 1126, "count", "bếp ăn",
      "bếp ăn từ thiện tại các cơ sở khám, chữa bệnh", I(ASOF)),
    F("cả nước có 1.126 bếp ăn", "1.126", 1126, "count", "bếp ăn", "bếp ăn từ thiện hoạt động", ASOF),
    F("tại 1.058/1.645 bệnh viện", "1.058", 1058, "count", "bệnh viện", "bệnh viện có bếp ăn từ thiện hoạt động",
      ASOF, total=1645, percent=64.3),
    F("khoảng 52,6 triệu suất ăn", "52,6", 52.6e6, "count", "suất ăn", "suất ăn miễn phí các bếp ăn đã phục vụ", M10,
      approx="about", change=CH("increase", 12.4, "%", "cùng kỳ năm 2022")),
    F("ước đạt 1.240,6 tỷ đồng", "1.240,6", 1240.6e9, "money", "đồng", "tổng giá trị vận động", M10,
      status="estimate"),
    F("Hơn 36.500 tình nguyện viên", "36.500", 36500, "count", "tình nguyện viên",
      "tình nguyện viên tham gia duy trì hoạt động các bếp", approx="over"),
    F("và 12.800 nhà hảo tâm", "12.800", 12800, "count", "nhà hảo tâm",
      "nhà hảo tâm, doanh nghiệp tham gia duy trì hoạt động các bếp"),
    F("(286 bếp)", "286", 286, "count", "bếp", "bếp ăn từ thiện vùng Đồng bằng sông Hồng", I(ASOF)),
    F("(271 bếp)", "271", 271, "count", "bếp", "bếp ăn từ thiện vùng Bắc Trung Bộ và duyên hải miền Trung", I(ASOF)),
    F("(248 bếp)", "248", 248, "count", "bếp", "bếp ăn từ thiện vùng Đồng bằng sông Cửu Long", I(ASOF)),
    F("lần lượt 94,", "94", 94, "count", "bếp", "bếp ăn từ thiện", I(ASOF), location="TP Hồ Chí Minh"),
    F("94, 81 và", "81", 81, "count", "bếp", "bếp ăn từ thiện", I(ASOF), location="Hà Nội"),
    F("và 47 bếp", "47", 47, "count", "bếp", "bếp ăn từ thiện", I(ASOF), location="Nghệ An"),
    F("từ 20.000 đến 25.000 đồng", "20.000", 20000, "money", "đồng", "chi phí bình quân mỗi suất ăn",
      value_max=25000),
    F("trên 3.000 suất", "3.000", 3000, "count", "suất",
      "suất phát mỗi ngày tại các bệnh viện tuyến trung ương", approx="over"),
    F("khoảng 30-35%", "30", 30, "percent", "%",
      "người bệnh điều trị nội trú tại bệnh viện tuyến tỉnh thuộc diện khó khăn, cần hỗ trợ bữa ăn",
      value_max=35, approx="about"),
    F("có 80% bệnh viện", "80", 80, "percent", "%",
      "bệnh viện công lập có bếp ăn từ thiện hoặc điểm phát suất ăn miễn phí cho người bệnh nghèo",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế: bếp ăn từ thiện tại các cơ sở khám, chữa bệnh toàn quốc, tính đến 31/10/2023 and 10 tháng năm 2023.",
    "'22/11/2023 14:05' is the dateline. 'Chỉ thị số 05/CT-BYT', 'Bệnh viện Trung ương Quân đội 108', 'Bệnh viện K', the hotline",
    "'1900 9095' are not figures. '1.058/1.645 bệnh viện, đạt tỷ lệ 64,3%' gives total and percent.",
    "The three regions (vùng …) are not provinces, cities or districts: their figures keep the national location and the region",
    "goes into the subject (annotation choice). 'lần lượt 94, 81 và 47 bếp' gives three figures located in the three provinces.",
    "'khoảng 30-35%' is a range with approx about; 'đến năm 2025' target ends 2025-12-31 with no start.",
]

if __name__ == "__main__":
    emit("p742-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
