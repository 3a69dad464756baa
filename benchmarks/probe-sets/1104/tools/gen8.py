"""p1104-8: Báo Bắc Giang online, heat-stress screening of industrial workers, June 2023; headline figure, (BGĐT) tag."""
from lib import F, P, I, C, T, build

TEXT = """Bắc Giang: Gần 3.200 công nhân được khám sàng lọc sốc nhiệt
Cập nhật lúc 15:40, Thứ năm, 15/06/2023

(BGĐT) - Trước đợt nắng nóng kéo dài, Sở Y tế phối hợp với Liên đoàn Lao động tỉnh tổ chức khám sàng lọc, tư vấn phòng chống sốc nhiệt cho gần 3.200 công nhân tại 14 doanh nghiệp ở các KCN Quang Châu, Vân Trung và Đình Trám.

Kết quả khám cho thấy 412 công nhân có dấu hiệu mệt mỏi, mất nước do nóng, chiếm 12,9%; trong đó 37 trường hợp được chuyển tuyến theo dõi.

Theo Trung tâm Khí tượng Thủy văn tỉnh, từ ngày 1/6 đến ngày 14/6/2023, Bắc Giang có 11 ngày nắng nóng, trong đó 5 ngày nhiệt độ cao nhất vượt 38 độ C. Nhiệt độ cao nhất đạt 39,6 độ C tại trạm Lục Ngạn ngày 7/6.

Nhiều doanh nghiệp đã lắp thêm quạt hơi nước, hệ thống phun sương, giúp nhiệt độ trong nhà xưởng giảm 3-4 độ C so với ngoài trời. Công ty TNHH Hosiden Việt Nam (KCN Quang Châu) đã chi hơn 1,2 tỷ đồng lắp 260 quạt hơi nước và bố trí thêm ca nghỉ giữa giờ cho công nhân.

Công ty Điện lực Bắc Giang cho biết, công suất cực đại toàn tỉnh ngày 13/6 đạt 1.154 MW, tăng 17% so với cùng kỳ; riêng phụ tải các KCN chiếm khoảng 60%. Do thiếu nguồn, có thời điểm công suất phải tiết giảm lên tới 250 MW. Ngành điện đề nghị các doanh nghiệp phấn đấu dịch chuyển 10-15% phụ tải sang giờ thấp điểm (từ 22 giờ đến 4 giờ sáng hôm sau).

Thực hiện Kế hoạch số 96/KH-UBND, dự kiến đến hết tháng 8, Sở Y tế sẽ khám sàng lọc thêm khoảng 5.000 công nhân tại các huyện Việt Yên, Yên Dũng, Lạng Giang.

Thu Hương
"""

SCR = P("từ ngày 1/6 đến ngày 14/6/2023", "2023-06-01", "2023-06-14")
FIGS = [
    F("Gần 3.200 công nhân được", "3.200", 3200, "count", "công nhân", "công nhân được khám sàng lọc sốc nhiệt",
      approx="nearly"),
    F("cho gần 3.200 công nhân", "3.200", 3200, "count", "công nhân", "công nhân được khám sàng lọc, tư vấn phòng chống sốc nhiệt",
      approx="nearly"),
    F("tại 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp có công nhân được khám sàng lọc"),
    F("412 công nhân", "412", 412, "count", "công nhân", "công nhân có dấu hiệu mệt mỏi, mất nước do nóng",
      percent=12.9),
    F("37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp được chuyển tuyến theo dõi", total=412),
    F("có 11 ngày", "11", 11, "count", "ngày", "ngày nắng nóng", SCR),
    F("5 ngày nhiệt độ", "5", 5, "count", "ngày", "ngày nhiệt độ cao nhất vượt 38 độ C", SCR, total=11),
    F("vượt 38 độ C", "38", 38, "measure", "độ C", "ngưỡng nhiệt độ cao nhất", SCR, approx="over", optional=True),
    F("đạt 39,6 độ C", "39,6", 39.6, "measure", "độ C", "nhiệt độ cao nhất", P("ngày 7/6", "2023-06-07", "2023-06-07"),
      location="Lục Ngạn"),
    F("giảm 3-4 độ C", "3", 3, "measure", "độ C", "mức giảm nhiệt độ trong nhà xưởng so với ngoài trời", value_max=4),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí lắp quạt hơi nước", approx="over"),
    F("lắp 260 quạt", "260", 260, "count", "quạt hơi nước", "quạt hơi nước lắp đặt"),
    F("đạt 1.154 MW", "1.154", 1154, "measure", "MW", "công suất cực đại toàn tỉnh",
      P("ngày 13/6", "2023-06-13", "2023-06-13"), change=C("increase", 17, "%", "cùng kỳ")),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", "phụ tải các KCN trong công suất cực đại",
      P("ngày 13/6", "2023-06-13", "2023-06-13"), approx="about"),
    F("lên tới 250 MW", "250", 250, "measure", "MW", "công suất phải tiết giảm"),
    F("dịch chuyển 10-15%", "10", 10, "percent", "%", "phụ tải dịch chuyển sang giờ thấp điểm", value_max=15,
      status="target"),
    F("khoảng 5.000 công nhân", "5.000", 5000, "count", "công nhân", "công nhân được khám sàng lọc thêm",
      P("đến hết tháng 8", None, "2023-08-31"), approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang online: headline figure 'Gần 3.200 công nhân', 'Cập nhật lúc 15:40, Thứ năm, 15/06/2023', tag '(BGĐT) -'.",
    "Headline and lead both state 3.200 (two figures). '412 công nhân ..., chiếm 12,9%' → percent; '; trong đó 37 trường hợp' → total 412.",
    "'11 ngày nắng nóng, trong đó 5 ngày ...' → total 11 (counts of days). 'vượt 38 độ C' is the category threshold (optional).",
    "Lục Ngạn station → district Lục Ngạn. 'giảm 3-4 độ C so với ngoài trời' has no base amount: measure figure of its own.",
    "'riêng phụ tải các KCN chiếm khoảng 60%' → percent figure (share of a part, no amount). 'phấn đấu dịch chuyển 10-15%' → target.",
    "'dự kiến đến hết tháng 8 ... khoảng 5.000' → forecast, as-of end 2023-08-31 (year from the dateline/earlier dates).",
    "Not figures: 'Kế hoạch số 96/KH-UBND', '22 giờ đến 4 giờ', 'Công ty TNHH Hosiden Việt Nam', time '15:40', 'Thứ năm'.",
]

build("p1104-8", TEXT, FIGS, NOTES, published="2023-06-15", location="Bắc Giang")
