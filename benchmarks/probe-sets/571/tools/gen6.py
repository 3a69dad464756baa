"""p571-6: national press, inter-connected birth/death registration procedures (July-August 2024)."""
import sys
from lib import F, P, I, CH, emit

TEXT = """VnExpress > Thời sự > Chính trị

Thứ tư, 14/8/2024, 06:30 (GMT+7)

Hơn 152.000 hồ sơ liên thông khai sinh, khai tử sau 6 tuần

Từ ngày 1/7 đến ngày 12/8, cả nước tiếp nhận 152.370 hồ sơ liên thông thủ tục khai sinh, khai tử theo Nghị định 63/2024/NĐ-CP, trong đó 118.640 hồ sơ khai sinh và 33.730 hồ sơ khai tử. Riêng trong tuần đầu tiên, hệ thống chỉ tiếp nhận gần 5.900 hồ sơ do nhiều địa phương còn lúng túng khi vận hành.

Theo Cục Hộ tịch, quốc tịch, chứng thực (Bộ Tư pháp), tỷ lệ hồ sơ được giải quyết đúng hạn đạt 96,4%; còn 2.118 hồ sơ quá hạn, chủ yếu do dữ liệu hộ tịch chưa đồng bộ với Cơ sở dữ liệu quốc gia về dân cư.

Hà Nội dẫn đầu với 14.205 hồ sơ, tiếp đến là TP HCM 12.980 hồ sơ, Thanh Hóa 7.412 hồ sơ. Nghệ An đứng thứ 4 với 6.870 hồ sơ.

Lượng hồ sơ nộp trực tuyến toàn trình trong tháng 7 gấp 2,5 lần tháng 6. Theo ước tính của Bộ Tư pháp, liên thông giúp người dân và xã hội tiết kiệm khoảng 2.600 tỷ đồng mỗi năm.

Ông Nguyễn Công Khanh, Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực, cho biết 63/63 địa phương đã triển khai, song tại nhiều tỉnh miền núi, tỷ lệ hồ sơ nộp trực tuyến mới đạt dưới 20%. Bộ Tư pháp phấn đấu đến năm 2025 có ít nhất 80% hồ sơ khai sinh được thực hiện trực tuyến.

Người dân cần hỗ trợ có thể gọi Tổng đài 18001096.

Sơn Hà
"""

LT = P("Từ ngày 1/7 đến ngày 12/8", "2024-07-01", "2024-08-12")
T7 = P("trong tháng 7", "2024-07-01", "2024-07-31")
D25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "hồ sơ liên thông thủ tục khai sinh, khai tử"

FIGS = [
    F("Hơn 152.000 hồ sơ", "152.000", 152000, "count", "hồ sơ", "hồ sơ liên thông khai sinh, khai tử", I(LT), approx="over"),
    F("tiếp nhận 152.370 hồ sơ", "152.370", 152370, "count", "hồ sơ", SUBJ, LT),
    F("118.640 hồ sơ", "118.640", 118640, "count", "hồ sơ", "hồ sơ khai sinh", LT, total=152370),
    F("33.730 hồ sơ", "33.730", 33730, "count", "hồ sơ", "hồ sơ khai tử", LT, total=152370),
    F("gần 5.900 hồ sơ", "5.900", 5900, "count", "hồ sơ", "hồ sơ liên thông tiếp nhận trong tuần đầu tiên", approx="nearly"),
    F("đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ hồ sơ được giải quyết đúng hạn", I(LT)),
    F("còn 2.118 hồ sơ", "2.118", 2118, "count", "hồ sơ", "hồ sơ quá hạn", I(LT)),
    F("với 14.205 hồ sơ", "14.205", 14205, "count", "hồ sơ", SUBJ, I(LT), location="Hà Nội"),
    F("HCM 12.980 hồ sơ", "12.980", 12980, "count", "hồ sơ", SUBJ, I(LT), location="TP Hồ Chí Minh"),
    F("Thanh Hóa 7.412 hồ sơ", "7.412", 7412, "count", "hồ sơ", SUBJ, I(LT), location="Thanh Hóa"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", SUBJ, I(LT), location="Nghệ An"),
    F("với 6.870 hồ sơ", "6.870", 6870, "count", "hồ sơ", SUBJ, I(LT), location="Nghệ An"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "lượng hồ sơ nộp trực tuyến toàn trình", T7),
    F("khoảng 2.600 tỷ đồng", "2.600", 2.6e12, "money", "đồng", "chi phí người dân và xã hội tiết kiệm nhờ liên thông",
      approx="about", status="estimate"),
    F("63/63 địa phương", "63", 63, "count", "địa phương", "địa phương đã triển khai liên thông", total=63),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến tại nhiều tỉnh miền núi", approx="under"),
    F("ít nhất 80%", "80", 80, "percent", "%", "hồ sơ khai sinh được thực hiện trực tuyến", D25, approx="at_least",
      status="target"),
]

COMMENTS = [
    "National press ('Thứ tư, 14/8/2024, 06:30 (GMT+7)', byline at the end): the two inter-connected procedure groups (birth, death) after launch.",
    "'Từ ngày 1/7 đến ngày 12/8' takes the year of the dateline (2024). The headline figure inherits it (unscored).",
    "List 'Hà Nội dẫn đầu với …, tiếp đến là TP HCM …' shares the lead's indicator; the place is the location (TP HCM = TP Hồ Chí Minh).",
    "'gấp 2,5 lần tháng 6' stands alone as the claim: a multiple. 'khoảng 2.600 tỷ đồng mỗi năm' after 'Theo ước tính': estimate, about.",
    "'tuần đầu tiên' (ordinal) gives the 5.900 no period (unscored). Not figures: '6 tuần' (duration in the headline), Nghị định 63/2024/NĐ-CP, Tổng đài 18001096, (GMT+7).",
]

ok = emit("p571-6", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Việt Nam")
sys.exit(0 if ok else 1)
