"""p845-8: provincial newspaper online (Báo Quảng Ngãi, '(BQNg) -'), social pension from 1/7/2025, headline figure."""
from lib import F, P, I, C, build

TEXT = """Xã hội
Quảng Ngãi: Dự kiến hơn 9.300 người được hưởng trợ cấp hưu trí xã hội
Cập nhật: 12/06/2025 - 10:25

(BQNg) - Theo Sở Y tế, từ ngày 1/7/2025, khi Luật Bảo hiểm xã hội năm 2024 có hiệu lực, toàn tỉnh dự kiến có hơn 9.300 người được hưởng trợ cấp hưu trí xã hội, tăng khoảng 2.100 người so với số người cao tuổi đang hưởng trợ cấp xã hội hằng tháng.

Đối tượng hưởng là công dân từ đủ 75 tuổi trở lên không có lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng; người từ đủ 70 tuổi đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo ở vùng đồng bào dân tộc thiểu số và miền núi. Mức trợ cấp là 500.000 đồng/người/tháng, kèm thẻ bảo hiểm y tế do ngân sách nhà nước đóng.

Hiện toàn tỉnh có 7.214 người cao tuổi đang hưởng trợ cấp xã hội hằng tháng, trong đó 1.586 người ở 6 huyện miền núi. Các địa phương có số người dự kiến được hưởng trợ cấp hưu trí xã hội nhiều nhất là huyện Bình Sơn (1.120 người), huyện Tư Nghĩa (980 người) và thị xã Đức Phổ (875 người).

Để chi trả, tỉnh dự kiến bố trí khoảng 28 tỷ đồng cho 6 tháng cuối năm 2025. Các địa phương hoàn thành rà soát, lập danh sách trước ngày 20/6/2025. Ngành chức năng phấn đấu chi trả qua tài khoản cho ít nhất 60% người hưởng.

Liên hệ đường dây nóng: 0255.3822.118
Minh Tâm
"""

FROM = P("từ ngày 1/7/2025", "2025-07-01")
S_HT = "người dự kiến được hưởng trợ cấp hưu trí xã hội"

FIGS = [
    F("Dự kiến hơn 9.300 người", "9.300", 9300, "count", "người", "người được hưởng trợ cấp hưu trí xã hội",
      approx="over", status="forecast"),
    F("có hơn 9.300 người", "9.300", 9300, "count", "người", "người được hưởng trợ cấp hưu trí xã hội", FROM,
      approx="over", status="forecast",
      change=C("increase", 2100, "người", "số người cao tuổi đang hưởng trợ cấp xã hội hằng tháng", "about")),
    F("từ đủ 75 tuổi trở lên", "75", 75, "measure", "tuổi", "độ tuổi hưởng trợ cấp hưu trí xã hội",
      approx="at_least", optional=True),
    F("từ đủ 70 tuổi", "70", 70, "measure", "tuổi", "độ tuổi hưởng trợ cấp hưu trí xã hội", value_max=75,
      optional=True),
    F("dưới 75 tuổi", "75", 75, "measure", "tuổi", "độ tuổi hưởng trợ cấp hưu trí xã hội", approx="under",
      optional=True),
    F("là 500.000 đồng/người/tháng", "500.000", 500000, "money", "đồng/người/tháng", "mức trợ cấp hưu trí xã hội",
      I(FROM)),
    F("có 7.214 người cao tuổi", "7.214", 7214, "count", "người cao tuổi",
      "người cao tuổi đang hưởng trợ cấp xã hội hằng tháng"),
    F("1.586 người", "1.586", 1586, "count", "người", "người cao tuổi hưởng trợ cấp ở các huyện miền núi",
      total=7214),
    F("6 huyện miền núi", "6", 6, "count", "huyện", "huyện miền núi", optional=True),
    F("(1.120 người)", "1.120", 1120, "count", "người", S_HT, I(FROM), status="forecast", location="Bình Sơn"),
    F("(980 người)", "980", 980, "count", "người", S_HT, I(FROM), status="forecast", location="Tư Nghĩa"),
    F("(875 người)", "875", 875, "count", "người", S_HT, I(FROM), status="forecast", location="Đức Phổ"),
    F("khoảng 28 tỷ đồng", "28", 28e9, "money", "đồng", "kinh phí chi trả trợ cấp hưu trí xã hội",
      P("6 tháng cuối năm 2025", "2025-07-01", "2025-12-31"), approx="about", status="forecast"),
    F("ít nhất 60%", "60", 60, "percent", "%", "tỷ lệ người hưởng được chi trả qua tài khoản",
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Quảng Ngãi online, tag '(BQNg) -', headline figure; social pension (trợ cấp hưu trí xã hội) from 1/7/2025 (forecast figures).",
    "Distractors: Luật Bảo hiểm xã hội năm 2024, 'trước ngày 20/6/2025' (a deadline), hotline 0255.3822.118, time 10:25.",
    "Age thresholds 75 / 70-75 are category definitions: optional. '6 huyện miền núi' names the group of 1.586: optional.",
    "'từ ngày 1/7/2025' opens an open-ended period (start only) for the forecast 9.300; the list of districts inherits it.",
    "'số người dự kiến được hưởng ... nhiều nhất là huyện Bình Sơn (1.120 người) ...': list items share the head (forecast), districts are locations.",
    "60% has no period: the only date in its neighbourhood is a deadline of another clause/sentence.",
]

if __name__ == "__main__":
    build("p845-8", TEXT, FIGS, COMMENTS, published="2025-06-12", location="Quảng Ngãi")
