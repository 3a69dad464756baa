"""p875-5: Báo Cần Thơ (Party/provincial newspaper), byline and bare date at the end — luật sư với người yếu thế."""
from lib import F, write, period, inherit, change, target

TEXT = """Luật sư đồng hành với người yếu thế

Những năm qua, Đoàn Luật sư TP Cần Thơ đã cử nhiều lượt luật sư tham gia bào chữa chỉ định và trợ giúp pháp lý miễn phí, góp phần bảo vệ quyền lợi hợp pháp của người nghèo, người dân tộc thiểu số, trẻ em.

Theo luật sư Trần Văn Bảy, Chủ nhiệm Đoàn Luật sư TP Cần Thơ, hiện Đoàn có 286 luật sư sinh hoạt tại 142 tổ chức hành nghề; số luật sư dưới 40 tuổi chiếm khoảng 45%. Trong 9 tháng đầu năm 2023, các luật sư của Đoàn đã nhận 418 yêu cầu bào chữa chỉ định từ cơ quan tiến hành tố tụng, tăng 26 yêu cầu so với cùng kỳ; trong đó có 137 vụ án có bị can, bị cáo là người dưới 18 tuổi.

Cũng trong thời gian này, Đoàn đã phối hợp với Trung tâm Trợ giúp pháp lý nhà nước thành phố cử 35 luật sư tham gia 212 vụ việc trợ giúp pháp lý miễn phí, gấp 1,4 lần cùng kỳ năm 2022. Tại 5 quận Ninh Kiều, Bình Thủy, Cái Răng, Ô Môn và Thốt Nốt, các luật sư còn tư vấn miễn phí cho trên 600 lượt người.

Theo quy định, thù lao cho luật sư bào chữa chỉ định hiện khoảng 540.000 đồng/ngày làm việc, trong khi một vụ án có thể kéo dài từ 3 đến 6 tháng. "Có vụ anh em phải đi lại rất xa để gặp thân chủ, nhưng vẫn làm đến nơi đến chốn", luật sư Bảy chia sẻ. Ông cho biết, nhiều luật sư trẻ xem bào chữa chỉ định là cơ hội rèn nghề, nên số luật sư đăng ký nhận vụ án chỉ định năm nay cao hơn năm trước.

Năm 2024, Đoàn Luật sư TP Cần Thơ đặt mục tiêu kết nạp thêm khoảng 30 luật sư; 100% luật sư tham gia ít nhất 1 vụ việc trợ giúp pháp lý miễn phí mỗi năm. Đoàn cũng kiến nghị Sở Tư pháp, Sở Tài chính xem xét nâng mức thù lao, hỗ trợ chi phí đi lại cho luật sư tại các huyện Vĩnh Thạnh, Cờ Đỏ, Thới Lai.

HOÀNG MINH
10/11/2023
"""

M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 286 luật sư", "286", 286, "count", "luật sư", "luật sư sinh hoạt tại Đoàn Luật sư"),
    F("tại 142 tổ chức", "142", 142, "count", "tổ chức", "tổ chức hành nghề luật sư"),
    F("dưới 40 tuổi", "40", 40, "measure", "tuổi", "tuổi luật sư", approx="under", optional=True),
    F("khoảng 45%", "45", 45, "percent", "%", "tỷ lệ luật sư dưới 40 tuổi", approx="about"),
    F("nhận 418 yêu cầu", "418", 418, "count", "yêu cầu", "yêu cầu bào chữa chỉ định", M9,
      change=change("increase", 26, "yêu cầu", "cùng kỳ")),
    F("có 137 vụ án", "137", 137, "count", "vụ án", "vụ án có bị can, bị cáo là người dưới 18 tuổi", M9, total=418),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "tuổi bị can, bị cáo", approx="under", optional=True),
    F("cử 35 luật sư", "35", 35, "count", "luật sư", "luật sư tham gia trợ giúp pháp lý miễn phí", inherit(M9)),
    F("tham gia 212 vụ việc", "212", 212, "count", "vụ việc", "vụ việc trợ giúp pháp lý miễn phí", inherit(M9),
      change=change("increase", 1.4, "lần", "cùng kỳ năm 2022")),
    F("Tại 5 quận", "5", 5, "count", "quận", "quận có luật sư tư vấn miễn phí", inherit(M9)),
    F("trên 600 lượt", "600", 600, "count", "lượt người", "lượt người được tư vấn miễn phí", inherit(M9),
      approx="over"),
    F("khoảng 540.000 đồng", "540.000", 540000, "money", "đồng/ngày làm việc",
      "thù lao cho luật sư bào chữa chỉ định", approx="about"),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời gian kéo dài của một vụ án", value_max=6),
    F("khoảng 30 luật sư", "30", 30, "count", "luật sư", "luật sư kết nạp thêm", Y24, approx="about",
      status="target"),
    F("100% luật sư", "100", 100, "percent", "%", "luật sư tham gia vụ việc trợ giúp pháp lý miễn phí", Y24,
      status="target"),
    F("ít nhất 1 vụ việc", "1", 1, "count", "vụ việc", "vụ việc trợ giúp pháp lý miễn phí mỗi luật sư mỗi năm", Y24,
      approx="at_least", status="target", optional=True),
]

NOTES = [
    "p875-5 — Báo Cần Thơ (Party newspaper), byline HOÀNG MINH and bare date 10/11/2023 at the end.",
    "'hiện Đoàn có' → no period. Age thresholds 'dưới 40 tuổi', 'dưới 18 tuổi' define groups: optional.",
    "'tăng 26 yêu cầu so với cùng kỳ' → change of 418; '137 vụ án' after 'trong đó' → total 418 (same requests).",
    "'gấp 1,4 lần cùng kỳ năm 2022' after 212 vụ việc is its change (increase, 1,4 lần), not a figure of its own.",
    "'Cũng trong thời gian này' refers back to 9 tháng đầu năm 2023: inherited.",
    "'nhiều lượt' has no number.",
    "Distractors: Trần Văn Bảy / luật sư Bảy (a name that is a number word), 10/11/2023, the five district names.",
]

if __name__ == "__main__":
    write("p875-5", TEXT, NOTES, FIGS, published="2023-11-10", location="Cần Thơ")
