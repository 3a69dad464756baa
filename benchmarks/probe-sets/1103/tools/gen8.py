"""p1103-8: Báo Bắc Kạn online, '(BKP) -' tag — free eye checks for pupils, first five months of 2025."""
from lib import F, period, inherit, change, write_set

TEXT = """Gần 6.000 học sinh được khám mắt miễn phí
Cập nhật lúc 16:40, Thứ hai, 16/06/2025

(BKP) - 5 tháng đầu năm 2025, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Bệnh viện Mắt Trung ương tổ chức khám mắt miễn phí cho 5.932 học sinh tại 27 trường, đạt 59,3% kế hoạch năm. Trong đó, số học sinh được khám tại các huyện Chợ Đồn, Ba Bể, Ngân Sơn lần lượt là 2.104, 1.876 và 1.152 em; còn lại 800 em ở thành phố Bắc Kạn.

Kết quả cho thấy tỷ lệ học sinh mắc tật khúc xạ chung là 18,3%, thấp hơn mức trung bình cả nước; riêng học sinh THCS ở thành phố Bắc Kạn lên tới 29,4%. Có 146 em được phát hiện mắc các bệnh mắt khác như mộng thịt, quặm, đục thể thủy tinh bẩm sinh và được chuyển tuyến điều trị.

Chương trình đã trao 640 kính thuốc cho học sinh có hoàn cảnh khó khăn, tổng trị giá gần 190 triệu đồng, tăng 35% so với cùng kỳ năm 2024. Kinh phí do các doanh nghiệp, nhà hảo tâm tài trợ, bình quân khoảng 297.000 đồng/kính.

Kế hoạch năm 2025, toàn tỉnh khám mắt cho 10.000 học sinh. Ước đến hết tháng 6/2025, số học sinh được khám đạt khoảng 6.800 em, đạt 68% kế hoạch. Dự kiến tháng 9/2025, ngành Y tế tiếp tục khám cho khoảng 4.000 học sinh ở 4 huyện còn lại gồm Bạch Thông, Chợ Mới, Na Rì và Pác Nặm, các trường dọc Quốc lộ 3 được ưu tiên trước.

Phụ huynh có thể liên hệ đường dây nóng 0209.3870.115 để được tư vấn về khám mắt cho trẻ.
"""

M5 = period("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
M5I = inherit(M5)
K25 = period("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
E6 = period("Ước đến hết tháng 6/2025", None, "2025-06-30")
S9 = period("tháng 9/2025", "2025-09-01", "2025-09-30")
SUBJ = "học sinh được khám mắt"

FIGS = [
    F("Gần 6.000 học sinh", "6.000", 6000, "count", "học sinh", "học sinh được khám mắt miễn phí", approx="nearly"),
    F("cho 5.932 học sinh", "5.932", 5932, "count", "học sinh", "học sinh được khám mắt miễn phí", M5,
      percent=59.3),
    F("tại 27 trường", "27", 27, "count", "trường", "trường có học sinh được khám mắt", M5),
    F("lần lượt là 2.104", "2.104", 2104, "count", "em", SUBJ, M5I, total=5932, location="Chợ Đồn"),
    F("1.876 và", "1.876", 1876, "count", "em", SUBJ, M5I, total=5932, location="Ba Bể"),
    F("1.152 em", "1.152", 1152, "count", "em", SUBJ, M5I, total=5932, location="Ngân Sơn"),
    F("còn lại 800 em", "800", 800, "count", "em", SUBJ, M5I, total=5932, location="Bắc Kạn"),
    F("chung là 18,3%", "18,3", 18.3, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ chung", M5I),
    F("lên tới 29,4%", "29,4", 29.4, "percent", "%", "tỷ lệ học sinh THCS mắc tật khúc xạ", M5I,
      location="Bắc Kạn"),
    F("Có 146 em", "146", 146, "count", "em", "học sinh mắc các bệnh mắt khác được chuyển tuyến điều trị", M5I),
    F("trao 640 kính thuốc", "640", 640, "count", "kính thuốc", "kính thuốc trao cho học sinh có hoàn cảnh khó khăn",
      M5I),
    F("gần 190 triệu đồng", "190", 190e6, "money", "đồng", "tổng trị giá kính trao tặng", M5I, approx="nearly",
      change=change("increase", 35, "%", "cùng kỳ năm 2024")),
    F("khoảng 297.000 đồng/kính", "297.000", 297000, "money", "đồng/kính", "trị giá bình quân mỗi kính",
      approx="about"),
    F("cho 10.000 học sinh", "10.000", 10000, "count", "học sinh", "học sinh được khám mắt", K25, status="target"),
    F("khoảng 6.800 em", "6.800", 6800, "count", "em", "học sinh được khám mắt", E6, approx="about",
      percent=68, status="estimate"),
    F("khoảng 4.000 học sinh", "4.000", 4000, "count", "học sinh", "học sinh được khám mắt ở các huyện còn lại", S9,
      approx="about", status="forecast"),
    F("ở 4 huyện", "4", 4, "count", "huyện", "huyện còn lại được khám mắt", S9, status="forecast"),
]

NOTES = [
    "Báo Bắc Kạn online: headline figure, 'Cập nhật lúc 16:40, Thứ hai, 16/06/2025', tag '(BKP) -' (implies Bắc Kạn).",
    "Not figures: 16:40, Quốc lộ 3, hotline 0209.3870.115, 'tháng 9/2025' and '5 tháng đầu năm 2025' (periods).",
    "'Trong đó' after a sentence break makes the district counts (lần lượt list + 'còn lại 800 em') parts of 5.932.",
    "revised: units of 2.104 and 1.876 are 'em' (the unit written after the lần lượt list, as for 1.152 em).",
    "'thành phố Bắc Kạn' is the provincial capital of the same name -> location Bắc Kạn.",
    "'Kế hoạch năm 2025 ... 10.000 học sinh' is a figure with status target; 'Ước đến hết tháng 6/2025' -> estimate.",
]

write_set("p1103-8", TEXT, FIGS, NOTES, published="2025-06-16", location="Bắc Kạn")
