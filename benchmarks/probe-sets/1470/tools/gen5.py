"""p1470-5: national newspaper: hand-truck and trolley exports 7 months 2024, US anti-dumping probe."""
from lib import fig, per, inh, chg, write

TEXT = """Thứ hai, 26/8/2024, 06:00 (GMT+7)

Xuất khẩu xe đẩy hàng sang Mỹ tăng gần 40%

Kim ngạch xuất khẩu xe đẩy tay và linh kiện của Việt Nam 7 tháng đầu năm đạt 312 triệu USD, trong đó thị trường Mỹ chiếm hơn 70%.

Theo số liệu của Tổng cục Hải quan, 7 tháng đầu năm 2024, cả nước xuất khẩu khoảng 5,6 triệu chiếc xe đẩy tay các loại (mã HS 8716.80), kim ngạch 312 triệu USD, tăng 26,4% so với cùng kỳ năm trước. Riêng xuất khẩu sang Mỹ đạt 221 triệu USD, tăng 39,2%, chiếm 70,8% tổng kim ngạch.

Doanh nghiệp có vốn đầu tư nước ngoài đóng góp khoảng 83% kim ngạch. Bình Dương là địa phương xuất khẩu nhiều nhất với 118 triệu USD, tiếp đến là Đồng Nai 64 triệu USD, TP HCM 41 triệu USD và Long An 23 triệu USD.

Việt Nam hiện là nguồn cung xe đẩy tay lớn thứ hai của Mỹ, chỉ sau Trung Quốc. Tuy nhiên, tháng 6 vừa qua, Bộ Thương mại Mỹ đã khởi xướng điều tra chống bán phá giá đối với xe đẩy tay nhập khẩu từ Việt Nam. Theo Cục Phòng vệ thương mại (Bộ Công Thương), vụ việc liên quan đến khoảng 40 doanh nghiệp, biên độ phá giá mà bên khởi kiện cáo buộc ở mức 146,6%. Kết luận sơ bộ dự kiến được ban hành trong quý IV.

"Doanh nghiệp cần chủ động hợp tác, trả lời bản câu hỏi trong vòng 30 ngày và không bỏ qua bất kỳ yêu cầu nào", đại diện Cục Phòng vệ thương mại khuyến nghị.

Theo Hiệp hội Cơ khí Việt Nam, cả năm 2024 kim ngạch xuất khẩu nhóm hàng này dự kiến đạt 520-550 triệu USD, gấp 1,5 lần năm 2022.

Phương Anh
"""

M7S = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "kim ngạch xuất khẩu xe đẩy tay"

FIGS = [
    fig("tăng gần 40%", "40", 40, "percent", "%", approx="nearly", subject="xuất khẩu xe đẩy hàng sang Mỹ"),
    fig("năm đạt 312 triệu", "312", 312e6, "money", "USD",
        subject="kim ngạch xuất khẩu xe đẩy tay và linh kiện", period=M7S),
    fig("chiếm hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ trọng thị trường Mỹ trong kim ngạch xuất khẩu xe đẩy tay và linh kiện", period=M7S),
    fig("khoảng 5,6 triệu", "5,6", 5.6e6, "count", "chiếc", approx="about",
        subject="xe đẩy tay các loại cả nước xuất khẩu", period=M7),
    fig("kim ngạch 312 triệu", "312", 312e6, "money", "USD",
        change=chg("increase", 26.4, "%", "cùng kỳ năm trước"), subject="kim ngạch", period=M7),
    fig("đạt 221 triệu", "221", 221e6, "money", "USD", change=chg("increase", 39.2, "%"), percent=70.8,
        subject="xuất khẩu sang Mỹ", period=inh(M7)),
    fig("khoảng 83%", "83", 83, "percent", "%", approx="about",
        subject="tỷ trọng doanh nghiệp có vốn đầu tư nước ngoài trong kim ngạch", period=inh(M7)),
    fig("với 118 triệu", "118", 118e6, "money", "USD", subject=SUBJ, period=inh(M7), location="Bình Dương"),
    fig("Đồng Nai 64 triệu", "64", 64e6, "money", "USD", subject=SUBJ, period=inh(M7), location="Đồng Nai"),
    fig("TP HCM 41 triệu", "41", 41e6, "money", "USD", subject=SUBJ, period=inh(M7), location="TP Hồ Chí Minh"),
    fig("Long An 23 triệu", "23", 23e6, "money", "USD", subject=SUBJ, period=inh(M7), location="Long An"),
    fig("lớn thứ hai", "hai", 2, "rank", "hạng", subject="nguồn cung xe đẩy tay của Mỹ"),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp liên quan đến vụ việc"),
    fig("ở mức 146,6%", "146,6", 146.6, "percent", "%", subject="biên độ phá giá mà bên khởi kiện cáo buộc"),
    fig("trong vòng 30 ngày", "30", 30, "measure", "ngày",
        subject="thời hạn trả lời bản câu hỏi", optional=True),
    fig("đạt 520-550 triệu", "520", 520e6, "money", "USD", value_max=550e6, status="forecast",
        change=chg("increase", 1.5, "lần", "năm 2022"),
        subject="kim ngạch xuất khẩu nhóm hàng này", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ hai, 26/8/2024, 06:00 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'mã HS 8716.80', 'tháng 6 vừa qua', 'quý IV', 'năm 2022' as a baseline.",
    "National figures → Việt Nam (default); Mỹ and Trung Quốc are trade partners, never the place of a figure.",
    "Headline 'tăng gần 40%' is a growth rate as the claim (percent, nearly); it has no period phrase.",
    "Sapo '7 tháng đầu năm' (no year) takes 2024 from the dateline; 'trong đó thị trường Mỹ chiếm hơn 70%' is a percent figure of its own.",
    "'Riêng xuất khẩu sang Mỹ đạt 221 triệu USD, tăng 39,2%, chiếm 70,8% tổng kim ngạch' → change + percent; 'Riêng' is no cue: no total.",
    "List 'Bình Dương ... với 118 triệu USD, tiếp đến là Đồng Nai 64 triệu USD, ...': subject = the list's indicator, location = each province.",
    "'nguồn cung ... lớn thứ hai của Mỹ' → rank 2 (number word), location Việt Nam.",
    "'trong vòng 30 ngày' is a deadline in advice, not a statistic: optional.",
    "'dự kiến đạt 520-550 triệu USD, gấp 1,5 lần năm 2022' → forecast range with change 1,5 lần.",
]

if __name__ == "__main__":
    write("p1470-5", TEXT, NOTES, FIGS, published="2024-08-26", location="Việt Nam")
