"""p1342-6: national newspaper: 14 Nghệ An fishermen drift nearly 20 hours after their boat sank; national Q1 tally."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Dân sinh

Thứ hai, 22/4/2024, 18:20 (GMT+7)

14 ngư dân bám can nhựa gần 20 giờ sau khi tàu cá bị chìm

Tàu cá của ngư dân Nghệ An bị sóng đánh chìm cách bờ khoảng 70 hải lý, 14 người trên tàu trôi dạt suốt đêm trước khi được tàu hàng cứu vớt.

Chiều 22/4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An cho biết tàu cá NA 91368 TS do ông Phan Văn Lực, trú xã Quỳnh Lập, thị xã Hoàng Mai, làm thuyền trưởng bị chìm khoảng 19h ngày 20/4 khi đang khai thác ở vùng biển phía đông đảo Hòn Ngư. Tàu dài 23,6 m, công suất 760 CV, trị giá khoảng 6,5 tỷ đồng; trên tàu có gần 3 tấn mực vừa đánh bắt.

"Sóng cao 3-4 m, nước tràn vào hầm máy rất nhanh, anh em chỉ kịp mặc áo phao và kết 6 can nhựa làm phao bám", ông Lực kể. Đến 15h ngày 21/4, tàu hàng Phú Thịnh 36 trên đường từ Hải Phòng vào TP HCM phát hiện, cứu cả 14 người, trong đó 2 người bị hạ thân nhiệt, rồi bàn giao cho tàu Biên phòng đưa về cảng Cửa Hội.

Theo Tổng cục Thủy sản, 3 tháng đầu năm 2024, cả nước xảy ra 37 vụ tai nạn tàu cá, tăng 5 vụ so với cùng kỳ năm 2023, làm 19 ngư dân chết và mất tích, 13 tàu bị chìm. Nghệ An hiện có hơn 3.100 tàu cá, đứng thứ hai khu vực Bắc Trung Bộ sau Thanh Hóa; trong đó khoảng 1.050 tàu khai thác xa bờ. Năm nay, tỉnh dự kiến hỗ trợ 200 tàu cá lắp máy thông tin liên lạc tầm xa.

Đức Hùng
"""

D21 = per("Đến 15h ngày 21/4", None, "2024-04-21")
Q1 = per("3 tháng đầu năm 2024", "2024-01-01", "2024-03-31")
VN = "Việt Nam"

FIGS = [
    fig("14 ngư dân bám", "14", 14, "count", "ngư dân", subject="ngư dân bám can nhựa sau khi tàu cá bị chìm"),
    fig("gần 20 giờ", "20", 20, "measure", "giờ", approx="nearly", subject="thời gian ngư dân bám can nhựa"),
    fig("khoảng 70 hải lý", "70", 70, "measure", "hải lý", approx="about",
        subject="khoảng cách từ nơi tàu cá bị chìm đến bờ"),
    fig("14 người trên tàu", "14", 14, "count", "người", subject="người trên tàu trôi dạt suốt đêm"),
    fig("dài 23,6 m", "23,6", 23.6, "measure", "m", subject="chiều dài tàu"),
    fig("công suất 760 CV", "760", 760, "measure", "CV", subject="công suất tàu"),
    fig("khoảng 6,5 tỷ", "6,5", 6.5e9, "money", "đồng", approx="about", subject="trị giá tàu"),
    fig("gần 3 tấn", "3", 3, "measure", "tấn", approx="nearly", subject="mực vừa đánh bắt trên tàu"),
    fig("cao 3-4 m", "3", 3, "measure", "m", value_max=4, subject="độ cao sóng"),
    fig("kết 6 can", "6", 6, "count", "can nhựa", subject="can nhựa kết làm phao bám"),
    fig("cứu cả 14 người", "14", 14, "count", "người", subject="người được tàu hàng cứu", period=D21),
    fig("trong đó 2 người", "2", 2, "count", "người", total=14, subject="người bị hạ thân nhiệt", period=D21),
    fig("xảy ra 37 vụ", "37", 37, "count", "vụ", change=chg("increase", 5, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn tàu cá", period=Q1, location=VN),
    fig("làm 19 ngư dân", "19", 19, "count", "ngư dân", subject="ngư dân chết và mất tích", period=Q1,
        location=VN),
    fig("13 tàu bị chìm", "13", 13, "count", "tàu", subject="tàu bị chìm", period=Q1, location=VN),
    fig("hơn 3.100 tàu", "3.100", 3100, "count", "tàu cá", approx="over", subject="tàu cá"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số tàu cá khu vực Bắc Trung Bộ"),
    fig("khoảng 1.050 tàu", "1.050", 1050, "count", "tàu", approx="about", total=3100,
        subject="tàu khai thác xa bờ"),
    fig("hỗ trợ 200 tàu", "200", 200, "count", "tàu cá", status="forecast",
        subject="tàu cá được hỗ trợ lắp máy thông tin liên lạc tầm xa",
        period=per("Năm nay", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 22/4/2024, 18:20 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: '(GMT+7)', 18:20, 'NA 91368 TS', '19h ngày 20/4', '15h ngày 21/4', ship name 'Phú Thịnh 36', 'Chiều 22/4'.",
    "Location Nghệ An (the boat, the province's fleet); the Tổng cục Thủy sản 'cả nước' tally of '3 tháng đầu năm 2024' is Việt Nam.",
    "'gần 20 giờ' in the headline is the claim itself (how long they clung on), not a time locator: required measure.",
    "'Đến 15h ngày 21/4, … cứu cả 14 người, trong đó 2 người …' → total 14; period as-of 21/4 (FIGURES.md: 'đến 30/6/2023' → start null).",
    "revised after the first run: this period was the day 2024-04-21..2024-04-21 (event reading); the spec's table reads 'đến <date>' as an as-of date.",
    "'hơn 3.100 tàu cá, đứng thứ hai …; trong đó khoảng 1.050 tàu' → the part's whole is 3.100 (the rank is not a sibling amount).",
    "The rank 'đứng thứ hai khu vực Bắc Trung Bộ' ranks the province's fleet size: location Nghệ An.",
    "'Năm nay' → year of the dateline (2024); 'dự kiến' → forecast. Boat specs and cargo are standing facts: no period.",
]

if __name__ == "__main__":
    write("p1342-6", TEXT, NOTES, FIGS, published="2024-04-22", location="Nghệ An")
