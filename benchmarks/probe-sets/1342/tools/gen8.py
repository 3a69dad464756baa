"""p1342-8: radio site (VOV.VN): 23 shipwrecks still on Hải Phòng's waters; plan to raise them by 2026; national count."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VOV.VN
Xã hội | Kinh tế | Thế giới | Giao thông | Video

Hải Phòng: Còn 23 xác tàu chìm gây nguy hiểm cho hoạt động hàng hải

Thứ Ba, 09:30, 15/10/2024

VOV.VN - Trên vùng nước cảng biển Hải Phòng hiện còn 23 xác tàu chìm chưa được trục vớt, trong đó 9 xác tàu nằm trên hoặc sát luồng Lạch Huyện và luồng Hải Phòng.

Theo Cảng vụ Hàng hải Hải Phòng, số xác tàu chìm tại Hải Phòng đứng thứ hai cả nước, chỉ sau Bà Rịa - Vũng Tàu. Nhiều xác tàu đã nằm dưới đáy luồng từ những năm 1990, có xác nằm ở độ sâu chỉ 4-5 m khi triều thấp, trong khi mỗi ngày có khoảng 120 lượt tàu ra vào cảng.

9 tháng đầu năm 2024, khu vực này xảy ra 6 vụ tai nạn hàng hải, gấp 2 lần cùng kỳ năm 2023, trong đó có 2 vụ tàu va chạm với xác tàu chìm. Thiệt hại ước tính hơn 7 tỷ đồng.

Theo kế hoạch của UBND thành phố tại Quyết định số 2867/QĐ-UBND, đến năm 2026 sẽ trục vớt xong 100% xác tàu chìm trên luồng hàng hải, với tổng kinh phí dự kiến khoảng 160 tỷ đồng, trong đó ngân sách thành phố chiếm 35%. Dự kiến trong quý IV/2024, 3 xác tàu lớn nhất sẽ được trục vớt trước.

Theo Cục Hàng hải Việt Nam, cả nước hiện còn 168 xác tàu chìm, trong đó 47 xác tàu được đánh giá gây nguy hiểm cho hoạt động hàng hải. Năm 2023, chỉ có 11 xác tàu được trục vớt; tỷ lệ trục vớt đạt chưa đến 7%.

Phóng viên VOV khu vực Đông Bắc/VOV.VN

Tin liên quan:
- Hải Phòng diễn tập tìm kiếm cứu nạn trên biển lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
BY26 = per("đến năm 2026", None, "2026-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
VN = "Việt Nam"

FIGS = [
    fig("Còn 23 xác tàu", "23", 23, "count", "xác tàu",
        subject="xác tàu chìm gây nguy hiểm cho hoạt động hàng hải"),
    fig("còn 23 xác tàu", "23", 23, "count", "xác tàu", subject="xác tàu chìm chưa được trục vớt"),
    fig("trong đó 9 xác", "9", 9, "count", "xác tàu", total=23,
        subject="xác tàu nằm trên hoặc sát luồng Lạch Huyện và luồng Hải Phòng"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số xác tàu chìm"),
    fig("chỉ 4-5 m", "4", 4, "measure", "m", value_max=5, subject="độ sâu xác tàu khi triều thấp"),
    fig("khoảng 120 lượt", "120", 120, "measure", "lượt tàu/ngày", approx="about",
        subject="lượt tàu ra vào cảng mỗi ngày"),
    fig("xảy ra 6 vụ", "6", 6, "count", "vụ", change=chg("increase", 2, "lần", "cùng kỳ năm 2023"),
        subject="vụ tai nạn hàng hải", period=NINE),
    fig("có 2 vụ", "2", 2, "count", "vụ", total=6, subject="vụ tàu va chạm với xác tàu chìm", period=NINE),
    fig("hơn 7 tỷ", "7", 7e9, "money", "đồng", approx="over", status="estimate", subject="thiệt hại",
        period=inh(NINE)),
    fig("xong 100%", "100", 100, "percent", "%", status="target",
        subject="xác tàu chìm trên luồng hàng hải được trục vớt", period=BY26),
    fig("khoảng 160 tỷ", "160", 160e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí trục vớt", period=BY26),
    fig("chiếm 35%", "35", 35, "percent", "%", status="forecast",
        subject="tỷ trọng ngân sách thành phố trong tổng kinh phí", period=BY26),
    fig("3 xác tàu lớn nhất", "3", 3, "count", "xác tàu", status="forecast",
        subject="xác tàu lớn nhất được trục vớt trước", period=per("quý IV/2024", "2024-10-01", "2024-12-31")),
    fig("còn 168 xác", "168", 168, "count", "xác tàu", subject="xác tàu chìm", location=VN),
    fig("trong đó 47 xác", "47", 47, "count", "xác tàu", total=168,
        subject="xác tàu được đánh giá gây nguy hiểm cho hoạt động hàng hải", location=VN),
    fig("có 11 xác", "11", 11, "count", "xác tàu", subject="xác tàu được trục vớt", period=Y23, location=VN),
    fig("chưa đến 7%", "7", 7, "percent", "%", approx="under", subject="tỷ lệ trục vớt", period=Y23,
        location=VN),
]

NOTES = [
    "Radio site (VOV.VN): menu, headline, 'Thứ Ba, 09:30, 15/10/2024', tag 'VOV.VN -', byline line, related link.",
    "Distractors: 09:30, 'những năm 1990', 'Quyết định số 2867/QĐ-UBND', 'lần thứ 3', 'VOV.VN'.",
    "Location Hải Phòng; the Cục Hàng hải 'cả nước' paragraph is Việt Nam. The rank 'đứng thứ hai cả nước' ranks Hải Phòng: location",
    "Hải Phòng; 'Bà Rịa - Vũng Tàu' after 'chỉ sau' is a comparison, not the place.",
    "'mỗi ngày có khoảng 120 lượt tàu' → a rate: measure, unit 'lượt tàu/ngày'.",
    "'6 vụ …, gấp 2 lần cùng kỳ năm 2023, trong đó có 2 vụ …' → change {increase, 2, lần}; total 6 for the part.",
    "'đến năm 2026 sẽ trục vớt xong 100% … với tổng kinh phí dự kiến khoảng 160 tỷ đồng, trong đó ngân sách thành phố chiếm 35%':",
    "100% target; 160 tỷ forecast ('dự kiến' governs its clause) and the 35% continues that clause (forecast, its own percent figure:",
    "the share of a part, cf. p1342-2). Period 'đến năm 2026' (start null) for all three.",
    "'Năm 2023, chỉ có 11 xác tàu được trục vớt; tỷ lệ trục vớt đạt chưa đến 7%' → two figures, the rate is approx under.",
]

if __name__ == "__main__":
    write("p1342-8", TEXT, NOTES, FIGS, published="2024-10-15", location="Hải Phòng")
