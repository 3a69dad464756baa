"""p757-5: Party newspaper (Báo Đà Nẵng): DIFF 2024 fireworks festival, visitors, tourism revenue, cost."""
from lib import fig, chg, per, year, write

TEXT = """BÁO ĐÀ NẴNG - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
Kinh tế > Du lịch

DIFF 2024 thu hút hơn 1,2 triệu lượt khách lưu trú

Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2024 với chủ đề "Đà Nẵng - Kết nối thế giới" đã khép lại sau đêm chung kết tối 13/7. Năm nay, lễ hội quy tụ 8 đội pháo hoa đến từ 8 quốc gia, mỗi đội trình diễn trong 20 phút. Chung cuộc, đội Phần Lan giành giải Nhất, đội Anh xếp thứ 2.

Theo Sở Du lịch, từ ngày 8/6 đến ngày 13/7/2024, tổng lượt khách do các cơ sở lưu trú phục vụ ước đạt hơn 1,2 triệu lượt, tăng 15,6% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 460.000 lượt. Tổng thu từ du lịch ước đạt 7.850,5 tỷ đồng, tăng 21% so với cùng kỳ. Công suất buồng phòng bình quân đạt 78%, các đêm thi có thời điểm trên 95%.

Khán đài dọc bờ sông Hàn có hơn 22.000 chỗ ngồi, giá vé từ 1 triệu đến 3 triệu đồng/vé; tỷ lệ lấp đầy khán đài đạt 92%. Tổng kinh phí tổ chức lễ hội khoảng 50 tỷ đồng, trong đó ngân sách thành phố chỉ chiếm 20%, phần còn lại do Sun Group và các doanh nghiệp tài trợ.

Tính chung 6 tháng đầu năm 2024, Đà Nẵng đón gần 4,3 triệu lượt khách lưu trú, đạt 54% kế hoạch năm. Năm 2025, thành phố dự kiến nâng số đội tham gia lễ hội lên 10 đội.

THU HÀ
15/07/2024
"""

NOTES = [
    "p757-5: Party newspaper (Báo Đà Nẵng), byline and bare date '15/07/2024' at the end: DIFF 2024.",
    "Period 'từ ngày 8/6 đến ngày 13/7/2024' -> 2024-06-08..2024-07-13 for the figures of its sentence (incl. the trong đó clause).",
    "Headline figure has no 'ước' in its own sentence -> actual. The foreign team (đội Anh) is not a place: location Đà Nẵng.",
    "'ngân sách thành phố chỉ chiếm 20%' has no amount of its own: a percent figure, not a share attribute of 50 tỷ (which is the whole).",
    "'giá vé từ 1 triệu đến 3 triệu đồng/vé' -> money range, unit đồng/vé.",
    "Distractors: DIFF 2024, tối 13/7, 15/07/2024, 'giải Nhất' (prize name).",
]
PT = per("từ ngày 8/6 đến ngày 13/7/2024", "2024-06-08", "2024-07-13")
FIGS = [
    fig("thu hút hơn 1,2 triệu", "1,2", 1.2e6, "count", "lượt", "lượt khách lưu trú", approx="over"),
    fig("quy tụ 8 đội", "8", 8, "count", "đội", "đội pháo hoa"),
    fig("từ 8 quốc gia", "8", 8, "count", "quốc gia", "quốc gia có đội pháo hoa tham gia"),
    fig("trong 20 phút", "20", 20, "measure", "phút", "thời lượng trình diễn mỗi đội"),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", "xếp hạng chung cuộc đội Anh"),
    fig("ước đạt hơn 1,2 triệu", "1,2", 1.2e6, "count", "lượt", "tổng lượt khách do các cơ sở lưu trú phục vụ",
        approx="over", change=chg("increase", 15.6, baseline="cùng kỳ năm 2023"), status="estimate", period=PT),
    fig("khoảng 460.000 lượt", "460.000", 460000, "count", "lượt", "khách quốc tế", approx="about",
        total=1.2e6, status="estimate", period=PT),
    fig("ước đạt 7.850,5 tỷ đồng", "7.850,5", 7850.5e9, "money", "đồng", "tổng thu từ du lịch",
        change=chg("increase", 21, baseline="cùng kỳ"), status="estimate"),
    fig("bình quân đạt 78%", "78", 78, "percent", "%", "công suất buồng phòng bình quân"),
    fig("trên 95%", "95", 95, "percent", "%", "công suất buồng phòng các đêm thi", approx="over"),
    fig("hơn 22.000 chỗ ngồi", "22.000", 22000, "count", "chỗ ngồi", "chỗ ngồi khán đài dọc bờ sông Hàn", approx="over"),
    fig("từ 1 triệu đến 3 triệu", "1", 1e6, "money", "đồng/vé", "giá vé", value_max=3e6),
    fig("đạt 92%", "92", 92, "percent", "%", "tỷ lệ lấp đầy khán đài"),
    fig("khoảng 50 tỷ đồng", "50", 50e9, "money", "đồng", "tổng kinh phí tổ chức lễ hội", approx="about"),
    fig("chiếm 20%", "20", 20, "percent", "%", "ngân sách thành phố trong tổng kinh phí tổ chức lễ hội"),
    fig("gần 4,3 triệu", "4,3", 4.3e6, "count", "lượt", "lượt khách lưu trú", approx="nearly", percent=54,
        period=per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    fig("lên 10 đội", "10", 10, "count", "đội", "số đội tham gia lễ hội", status="forecast", period=year(2025)),
]

if __name__ == "__main__":
    write("p757-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Đà Nẵng")
