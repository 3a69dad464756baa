"""p875-6: national newspaper (VnExpress style) — Đoàn Luật sư TP HCM, quý I/2024."""
from lib import F, write, period, inherit, change, target

TEXT = """Thời sự › Pháp luật
Thứ ba, 14/5/2024, 10:20 (GMT+7)

TP HCM có hơn 7.200 luật sư, nhiều nhất cả nước

Đoàn Luật sư TP HCM hiện có 7.236 luật sư, chiếm gần 41% số luật sư cả nước; nhu cầu dịch vụ pháp lý của doanh nghiệp tăng nhưng phần lớn vẫn chưa có luật sư riêng.

Thông tin được ông Nguyễn Văn Trung, Chủ nhiệm Đoàn Luật sư TP HCM, đưa ra tại hội nghị sơ kết quý I/2024 ngày 13/5. Trong 3 tháng đầu năm, Đoàn kết nạp mới 164 luật sư, gấp đôi cùng kỳ năm trước; 23 luật sư rút tên khỏi danh sách. Thành phố có 2.870 tổ chức hành nghề luật sư, trong đó khoảng 65% là văn phòng luật sư quy mô nhỏ, có từ 1 đến 3 luật sư.

Theo khảo sát của Đoàn với 420 doanh nghiệp nhỏ và vừa tại các quận 1, 3, Tân Bình và TP Thủ Đức, chỉ 18,5% doanh nghiệp có luật sư tư vấn thường xuyên. Phí tư vấn pháp lý thường xuyên cho doanh nghiệp dao động 5-15 triệu đồng/tháng, còn phí thuê luật sư bào chữa một vụ án hình sự thông thường từ 30 triệu đồng trở lên.

Năm 2023, luật sư TP HCM tham gia 31.450 vụ án, vụ việc, tăng 8% so với năm 2022; trong đó 4.120 vụ án là bào chữa chỉ định. Cũng trong năm, Đoàn xử lý kỷ luật 17 luật sư, trong đó 3 người bị xóa tên khỏi danh sách luật sư. Theo ông Trung, số vụ việc khiếu nại về đạo đức nghề nghiệp giảm 12% nhưng vẫn còn tình trạng luật sư "cò" án, hứa hẹn kết quả với thân chủ.

Luật sư Phạm Thị Hai, Văn phòng luật sư ở quận 5, cho rằng các doanh nghiệp nhỏ nên dành một khoản chi phí cố định cho tư vấn pháp lý thay vì chỉ tìm đến luật sư khi đã có tranh chấp.

Lê Tuyết
"""

Q1 = period("Trong 3 tháng đầu năm", "2024-01-01", "2024-03-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = period("Cũng trong năm", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 7.200 luật sư", "7.200", 7200, "count", "luật sư", "luật sư", approx="over"),
    F("có 7.236 luật sư", "7.236", 7236, "count", "luật sư", "luật sư của Đoàn Luật sư TP HCM", percent=41),
    F("mới 164 luật sư", "164", 164, "count", "luật sư", "luật sư kết nạp mới", Q1,
      change=change("increase", 2, "lần", "cùng kỳ năm trước")),
    F("; 23 luật sư", "23", 23, "count", "luật sư", "luật sư rút tên khỏi danh sách", Q1),
    F("có 2.870 tổ chức", "2.870", 2870, "count", "tổ chức", "tổ chức hành nghề luật sư"),
    F("khoảng 65%", "65", 65, "percent", "%", "văn phòng luật sư quy mô nhỏ", approx="about"),
    F("từ 1 đến 3 luật sư", "1", 1, "count", "luật sư", "luật sư của văn phòng quy mô nhỏ", value_max=3,
      optional=True),
    F("với 420 doanh nghiệp", "420", 420, "count", "doanh nghiệp", "doanh nghiệp nhỏ và vừa được khảo sát"),
    F("chỉ 18,5%", "18,5", 18.5, "percent", "%", "doanh nghiệp có luật sư tư vấn thường xuyên"),
    F("5-15 triệu", "5", 5e6, "money", "đồng/tháng", "phí tư vấn pháp lý thường xuyên cho doanh nghiệp",
      value_max=15e6),
    F("từ 30 triệu", "30", 30e6, "money", "đồng", "phí thuê luật sư bào chữa một vụ án hình sự thông thường",
      approx="at_least"),
    F("tham gia 31.450 vụ", "31.450", 31450, "count", "vụ án, vụ việc", "vụ án, vụ việc luật sư tham gia", Y23,
      change=change("increase", 8, "%", "năm 2022")),
    F("đó 4.120 vụ án", "4.120", 4120, "count", "vụ án", "vụ án bào chữa chỉ định", Y23, total=31450),
    F("kỷ luật 17 luật sư", "17", 17, "count", "luật sư", "luật sư bị xử lý kỷ luật", IN23),
    F("đó 3 người", "3", 3, "count", "người", "luật sư bị xóa tên khỏi danh sách luật sư", IN23, total=17),
    F("giảm 12%", "12", 12, "percent", "%", "số vụ việc khiếu nại về đạo đức nghề nghiệp giảm", inherit(IN23)),
]

NOTES = [
    "p875-6 — national newspaper (VnExpress style), 'Thứ ba, 14/5/2024, 10:20 (GMT+7)', byline at the end.",
    "'hiện có' / 'Thành phố có' without a period phrase: no period. 'chiếm gần 41% số luật sư cả nước' → percent 41.",
    "'Trong 3 tháng đầu năm' takes the year of 'quý I/2024' just before: 2024-01-01..03-31.",
    "'gấp đôi cùng kỳ năm trước' after 164 is its change (increase, 2 lần).",
    "'khoảng 65% là văn phòng …' after 'trong đó' is a percent figure (a share, no total for a percent).",
    "'có từ 1 đến 3 luật sư' describes the size class: optional. '5-15 triệu đồng/tháng' → range 5e6..15e6.",
    "'giảm 12%' has no base amount: a percent figure, no change object; period from 'Cũng trong năm' (inherited).",
    "Distractors: quận 1, 3, quận 5 (district names), quý I/2024 ngày 13/5, 10:20, Phạm Thị Hai (name as number word).",
]

if __name__ == "__main__":
    write("p875-6", TEXT, NOTES, FIGS, published="2024-05-14", location="TP Hồ Chí Minh")
