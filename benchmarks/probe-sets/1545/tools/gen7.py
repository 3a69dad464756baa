"""p1545-7: news agency (TTXVN): quận Hải Châu (Đà Nẵng) clears umbrellas and awnings from sidewalks, August 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Xã hội | Đô thị

Hải Châu tháo dỡ hơn 1.100 dù, bạt che nắng lấn chiếm vỉa hè

14/08/2024 16:05

Đà Nẵng (TTXVN) - Ngày 14/8, UBND quận Hải Châu (thành phố Đà Nẵng) cho biết sau hai tuần ra quân lập lại trật tự vỉa hè, lực lượng chức năng đã vận động các hộ kinh doanh tự tháo dỡ 1.126 chiếc dù, bạt che nắng dựng sai quy định tại 35 tuyến đường.

Trong đợt ra quân, quận lập biên bản 214 trường hợp vi phạm, trong đó 58 trường hợp tái phạm; tạm giữ 93 chiếc dù, 41 bộ bàn ghế và xử phạt tổng cộng 127,5 triệu đồng. Theo quy định của thành phố, hộ kinh doanh phải để lại ít nhất 1,5 m vỉa hè cho người đi bộ, dù che không được vươn ra lòng đường.

Trong 7 tháng năm 2024, quận đã cấp phép tạm sử dụng một phần vỉa hè cho 1.870 hộ kinh doanh, thu phí hơn 4,2 tỷ đồng, tăng 18% so với cùng kỳ, bằng 65% dự toán năm. Mức phí hiện áp dụng là 40.000 đồng/m2/tháng đối với tuyến đường loại 1.

Theo Chủ tịch UBND quận Hải Châu Trần Thị Mỹ Linh, trong quý IV, quận dự kiến thí điểm lắp đặt 200 chiếc dù che nắng đồng bộ về màu sắc, kích thước tại 5 tuyến phố du lịch ven sông Hàn như Bạch Đằng, Trần Phú, với kinh phí khoảng 1,6 tỷ đồng từ nguồn xã hội hóa.

Văn Dũng (TTXVN)

Tin liên quan:
- Đà Nẵng chấn chỉnh hoạt động kinh doanh trên vỉa hè
- Sôi động phố đêm ven sông Hàn
"""

M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("hơn 1.100 dù", "1.100", 1100, "count", "dù, bạt che nắng", approx="over",
        subject="dù, bạt che nắng lấn chiếm vỉa hè được tháo dỡ"),
    fig("dỡ 1.126 chiếc", "1.126", 1126, "count", "chiếc dù, bạt che nắng",
        subject="dù, bạt che nắng dựng sai quy định được tháo dỡ"),
    fig("tại 35 tuyến", "35", 35, "count", "tuyến đường", subject="tuyến đường có dù, bạt dựng sai quy định"),
    fig("biên bản 214 trường", "214", 214, "count", "trường hợp", subject="trường hợp vi phạm bị lập biên bản"),
    fig("trong đó 58 trường", "58", 58, "count", "trường hợp", total=214, subject="trường hợp tái phạm"),
    fig("giữ 93 chiếc", "93", 93, "count", "chiếc dù", subject="dù bị tạm giữ"),
    fig("41 bộ bàn ghế", "41", 41, "count", "bộ bàn ghế", subject="bàn ghế bị tạm giữ"),
    fig("cộng 127,5 triệu", "127,5", 127.5e6, "money", "đồng", subject="tổng tiền xử phạt"),
    fig("ít nhất 1,5 m", "1,5", 1.5, "measure", "m", approx="at_least",
        subject="vỉa hè để lại cho người đi bộ"),
    fig("cho 1.870 hộ", "1.870", 1870, "count", "hộ kinh doanh",
        subject="hộ kinh doanh được cấp phép tạm sử dụng một phần vỉa hè", period=M7),
    fig("hơn 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="over", percent=65,
        change=chg("increase", 18, "%", "cùng kỳ"), subject="phí sử dụng vỉa hè thu được", period=M7),
    fig("là 40.000 đồng", "40.000", 40000, "money", "đồng/m2/tháng", subject="mức phí sử dụng vỉa hè"),
    fig("đặt 200 chiếc", "200", 200, "count", "chiếc dù che nắng", status="forecast",
        subject="dù che nắng đồng bộ lắp đặt thí điểm", period=Q4),
    fig("tại 5 tuyến", "5", 5, "count", "tuyến phố", status="forecast",
        subject="tuyến phố du lịch ven sông Hàn lắp đặt thí điểm dù", period=Q4),
    fig("khoảng 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí lắp đặt thí điểm dù che nắng", period=Q4),
]

NOTES = [
    "News agency (TTXVN): section path, '14/08/2024 16:05' (published), 'Đà Nẵng (TTXVN) -', byline 'Văn Dũng (TTXVN)', related links.",
    "Distractors: 16:05, 'Ngày 14/8' (the day of the statement), 'hai tuần' (a duration that only locates the campaign), 'tuyến đường loại 1'",
    "(a street category), the chairwoman's name.",
    "Location: every figure is quận Hải Châu's (the district); Đà Nẵng is named only as its city.",
    "The campaign figures (paragraphs 1-2) have no period phrase: no period ('Ngày 14/8' dates the statement, not the figures).",
    "'trong đó 58 trường hợp tái phạm' → total 214. 'phải để lại ít nhất 1,5 m' is a rule: measure, at_least, status actual.",
    "'hơn 4,2 tỷ đồng, tăng 18% so với cùng kỳ, bằng 65% dự toán năm' → change 18 and percent 65 on the same figure.",
    "'trong quý IV, quận dự kiến ...' → forecast, quý IV of 2024 (dateline year); the three figures of that sentence share it.",
]

if __name__ == "__main__":
    write("p1545-7", TEXT, NOTES, FIGS, published="2024-08-14", location="Hải Châu")
