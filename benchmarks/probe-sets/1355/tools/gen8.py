"""p1355-8: news agency (TTXVN): Sóc Trăng runs 23 automatic salinity and water-level stations."""
from lib import fig, per, inh, chg, write

TEXT = """TTXVN > Xã hội > Môi trường

Sóc Trăng vận hành 23 trạm quan trắc mặn tự động

Sóc Trăng (TTXVN) 25/3/2024 - Để chủ động ứng phó xâm nhập mặn mùa khô 2023-2024, tỉnh Sóc Trăng đã đưa vào vận hành 23 trạm quan trắc độ mặn và mực nước tự động trên sông Hậu, sông Mỹ Thanh và kênh Nhu Gia. Số liệu được cập nhật 30 phút/lần lên ứng dụng điện thoại "Mặn Sóc Trăng", giúp người dân biết thời điểm lấy nước ngọt.

Theo Đài Khí tượng Thủy văn tỉnh, từ đầu năm 2024 đến nay, ranh mặn 4‰ trên sông Hậu xâm nhập sâu nhất khoảng 48 km, cao hơn 6 km so với trung bình nhiều năm. Độ mặn cao nhất đo được tại trạm Đại Ngãi (huyện Long Phú) là 9,8‰, tại trạm Trần Đề là 14,2‰.

Tổng kinh phí đầu tư hệ thống là 11,5 tỷ đồng, trong đó ngân sách tỉnh 4,5 tỷ đồng, phần còn lại do Dự án Chống chịu khí hậu tổng hợp và sinh kế bền vững đồng bằng sông Cửu Long (MD-ICRSL) tài trợ.

Nhờ thông tin kịp thời, vụ lúa đông xuân 2023-2024 toàn tỉnh xuống giống hơn 140,5 nghìn ha, chỉ khoảng 1,2% diện tích phải bơm tát nước bổ sung; năng suất ước đạt 7,1 tấn/ha, tăng 0,3 tấn/ha so với vụ trước.

Ông Huỳnh Văn Khải, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết năm 2024 tỉnh dự kiến lắp thêm 12 trạm, nâng tổng số lên 35 trạm, phủ kín 11 huyện, thị xã, thành phố; đồng thời hỗ trợ 1.500 hộ trồng lúa, nuôi tôm cài đặt ứng dụng theo dõi mặn.

Trung Hiếu (TTXVN)
"""

YTD = per("từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-25")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("23 trạm quan trắc mặn", "23", 23, "count", "trạm", subject="trạm quan trắc mặn tự động vận hành"),
    fig("đưa vào vận hành 23 trạm", "23", 23, "count", "trạm",
        subject="trạm quan trắc độ mặn và mực nước tự động đưa vào vận hành"),
    fig("30 phút/lần", "30", 30, "measure", "phút/lần", subject="tần suất cập nhật số liệu"),
    fig("ranh mặn 4‰", "4", 4, "measure", "‰", subject="ranh mặn", optional=True),
    fig("khoảng 48 km", "48", 48, "measure", "km", approx="about", change=chg("increase", 6, "km", "trung bình nhiều năm"),
        subject="độ xâm nhập sâu nhất của ranh mặn 4‰ trên sông Hậu", period=YTD),
    fig("là 9,8‰", "9,8", 9.8, "measure", "‰", subject="độ mặn cao nhất tại trạm Đại Ngãi", period=inh(YTD),
        location="Long Phú"),
    fig("là 14,2‰", "14,2", 14.2, "measure", "‰", subject="độ mặn cao nhất tại trạm Trần Đề", period=inh(YTD),
        location="Trần Đề"),
    fig("là 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", subject="tổng kinh phí đầu tư hệ thống"),
    fig("tỉnh 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", total=11.5e9, subject="ngân sách tỉnh"),
    fig("hơn 140,5 nghìn", "140,5", 140500, "measure", "ha", approx="over", subject="diện tích lúa đông xuân xuống giống"),
    fig("khoảng 1,2%", "1,2", 1.2, "percent", "%", approx="about",
        subject="diện tích phải bơm tát nước bổ sung"),
    fig("ước đạt 7,1 tấn/ha", "7,1", 7.1, "measure", "tấn/ha", status="estimate",
        change=chg("increase", 0.3, "tấn/ha", "vụ trước"), subject="năng suất lúa đông xuân"),
    fig("thêm 12 trạm", "12", 12, "count", "trạm", status="forecast", subject="trạm lắp thêm", period=Y24),
    fig("lên 35 trạm", "35", 35, "count", "trạm", status="forecast", subject="tổng số trạm", period=Y24),
    fig("kín 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", status="forecast",
        subject="huyện, thị xã, thành phố được phủ kín trạm", period=Y24),
    fig("hỗ trợ 1.500 hộ", "1.500", 1500, "count", "hộ", status="forecast",
        subject="hộ trồng lúa, nuôi tôm được hỗ trợ cài đặt ứng dụng theo dõi mặn", period=Y24),
]

NOTES = [
    "News agency (TTXVN): breadcrumb, dateline 'Sóc Trăng (TTXVN) 25/3/2024 -', byline at the end.",
    "Distractors: 'mùa khô 2023-2024', 'vụ lúa đông xuân 2023-2024' (season names), 'MD-ICRSL', 'trung bình nhiều năm'.",
    "Headline '23 trạm' repeats the body figure: both annotated.",
    "'ranh mặn 4‰' names the isohaline (a threshold label like 'báo động 3'): optional.",
    "'khoảng 48 km, cao hơn 6 km so với trung bình nhiều năm' → about, change in km. Salinity in ‰ → kind measure, unit ‰.",
    "Station figures: 'trạm Đại Ngãi (huyện Long Phú)' → Long Phú; 'trạm Trần Đề' (named after and standing in huyện Trần Đề) → Trần Đề.",
    "'trong đó ngân sách tỉnh 4,5 tỷ' → total 11,5 tỷ. 'hơn 140,5 nghìn ha' → 140 500 ha, over.",
    "The rice season 'vụ lúa đông xuân 2023-2024' straddles two years and has no stated dates: no period for its figures.",
    "'năng suất ước đạt 7,1 tấn/ha, tăng 0,3 tấn/ha so với vụ trước' → estimate, change in tấn/ha.",
    "'năm 2024 tỉnh dự kiến lắp thêm 12 trạm, nâng tổng số lên 35 trạm, phủ kín 11 …; đồng thời hỗ trợ 1.500 hộ' → forecast",
    "(the cue governs the continuing clauses), period năm 2024.",
]

if __name__ == "__main__":
    write("p1355-8", TEXT, NOTES, FIGS, published="2024-03-25", location="Sóc Trăng")
