"""p1345-7: news agency (TTXVN): TP Hồ Chí Minh cervical screening 10 months 2024, one hospital, HPV vaccination plan."""
from lib import F, opt_age, period, inherit, change, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Xã hội > Y tế | 12/11/2024 16:20

TP Hồ Chí Minh: Hơn 85 nghìn lượt phụ nữ được tầm soát ung thư cổ tử cung

TP Hồ Chí Minh, 12/11 (TTXVN) - Sở Y tế TP Hồ Chí Minh cho biết, 10 tháng năm 2024, các cơ sở y tế trên địa bàn đã tầm soát ung thư cổ tử cung cho hơn 85.000 lượt phụ nữ, gấp 1,4 lần cùng kỳ năm 2023. Trong đó, xét nghiệm HPV chiếm khoảng 62%, còn lại là xét nghiệm tế bào học.

Riêng tại Bệnh viện Phụ sản An Phước (quận Bình Tân), từ đầu năm đến nay đã thực hiện 21.460 xét nghiệm HPV, phát hiện 2.318 trường hợp dương tính, trong đó 604 trường hợp nhiễm chủng 16 hoặc 18. Giá xét nghiệm HPV định type tại bệnh viện là 450.000 đồng/lần, thấp hơn khoảng 20% so với năm 2022.

Theo bác sĩ chuyên khoa II Nguyễn Thị Mai Phương, Trưởng khoa Phụ khoa của bệnh viện, trong số phụ nữ đến khám, nhóm 25-34 tuổi có tỷ lệ nhiễm HPV nguy cơ cao khoảng 14%, cao gấp đôi nhóm trên 50 tuổi.

Thành phố dự kiến tiêm miễn phí vắc xin HPV cho khoảng 60.000 nữ sinh lớp 6 mỗi năm trong giai đoạn 2025-2027, tổng kinh phí khoảng 190 tỷ đồng. Hiện TP Hồ Chí Minh có 3 bệnh viện chuyên khoa phụ sản công lập và hơn 300 trạm y tế thực hiện tầm soát ung thư cổ tử cung.

Đinh Hằng (TTXVN)

Tin cùng chuyên mục:
- Hà Nội tập huấn tiêm chủng cho nhân viên y tế tuyến xã
- Khánh Hòa tăng cường phòng, chống sốt xuất huyết
"""

M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-11-12")
PHASE = period("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
BT = "Bình Tân"

FIGS = [
    F("Hơn 85 nghìn", "85", 85000, "count", "lượt", approx="over",
      subject="lượt phụ nữ được tầm soát ung thư cổ tử cung"),
    F("hơn 85.000 lượt", "85.000", 85000, "count", "lượt", approx="over",
      change=change("increase", 1.4, "lần", "cùng kỳ năm 2023"),
      subject="lượt phụ nữ được tầm soát ung thư cổ tử cung", per=M10),
    F("khoảng 62%", "62", 62, "percent", "%", approx="about",
      subject="xét nghiệm HPV", per=inherit(M10)),
    F("21.460 xét nghiệm", "21.460", 21460, "count", "xét nghiệm",
      subject="xét nghiệm HPV bệnh viện đã thực hiện", per=YTD, location=BT),
    F("2.318 trường hợp", "2.318", 2318, "count", "trường hợp",
      subject="trường hợp dương tính", per=YTD, location=BT),
    F("604 trường hợp", "604", 604, "count", "trường hợp", total=2318,
      subject="trường hợp nhiễm chủng 16 hoặc 18", per=YTD, location=BT),
    F("là 450.000", "450.000", 450000, "money", "đồng/lần",
      change=change("decrease", 20, "%", "năm 2022", approx="about"),
      subject="giá xét nghiệm HPV định type tại bệnh viện", location=BT),
    opt_age("nhóm 25-34 tuổi", "25", 25, 34),
    F("khoảng 14%", "14", 14, "percent", "%", approx="about",
      change=change("increase", 2, "lần", "nhóm trên 50 tuổi"),
      subject="tỷ lệ nhiễm HPV nguy cơ cao của nhóm 25-34 tuổi", location=BT),
    opt_age("trên 50 tuổi", "50", 50, approx="over"),
    F("khoảng 60.000", "60.000", 60000, "measure", "nữ sinh/năm", approx="about", status="forecast",
      subject="nữ sinh lớp 6 được tiêm miễn phí vắc xin HPV", per=PHASE),
    F("khoảng 190 tỷ", "190", 190e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí tiêm miễn phí vắc xin HPV", per=PHASE),
    F("có 3 bệnh viện", "3", 3, "count", "bệnh viện", subject="bệnh viện chuyên khoa phụ sản công lập"),
    F("hơn 300 trạm", "300", 300, "count", "trạm y tế", approx="over",
      subject="trạm y tế thực hiện tầm soát ung thư cổ tử cung"),
]

NOTES = [
    "News agency (TTXVN): section path and '12/11/2024 16:20', headline figure, 'TP Hồ Chí Minh, 12/11 (TTXVN) -', byline, related links.",
    "Distractors: 16:20, '12/11', 'chủng 16 hoặc 18' (virus types), 'bác sĩ chuyên khoa II' (a degree), 'lớp 6', 'giai đoạn 2025-2027'.",
    "Headline 'Hơn 85 nghìn lượt' = 85000 (over), no period. 'gấp 1,4 lần cùng kỳ năm 2023' → change increase 1,4 lần.",
    "'Trong đó, xét nghiệm HPV chiếm khoảng 62%' is a share without its own amount: a percent figure of its own (period inherited).",
    "Hospital passage in quận Bình Tân: location Bình Tân; 'từ đầu năm đến nay' ends at the dateline 2024-11-12; 604 follows 'trong đó' → total 2.318.",
    "'thấp hơn khoảng 20% so với năm 2022' → change of the price (decrease 20, about); the standing price has no period.",
    "'khoảng 14%, cao gấp đôi nhóm trên 50 tuổi' → change increase 2 lần ('đôi' = 2); ages optional.",
    "'khoảng 60.000 nữ sinh lớp 6 mỗi năm' → a yearly rate: measure 'nữ sinh/năm' (borderline kind); 'dự kiến' governs the sentence (forecast).",
    "'Hiện ... 3 bệnh viện ... hơn 300 trạm y tế' → TP Hồ Chí Minh, no period.",
]

if __name__ == "__main__":
    write("p1345-7", TEXT, NOTES, FIGS, published="2024-11-12", location="TP Hồ Chí Minh")
