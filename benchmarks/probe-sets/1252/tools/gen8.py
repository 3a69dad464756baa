"""p1252-8: radio/TV site (Đài PT-TH Long An, LA34): Đức Hòa tightens control of home childcare groups near industrial parks."""
from lib import fig, per, chg, write

TEXT = """LA34 - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Đức Hòa: Siết chặt quản lý nhóm trẻ quanh khu công nghiệp

27/09/2023 - 17:05

(LA34) Sau vụ việc bảo mẫu bạo hành trẻ tại một nhóm trẻ ở xã Đức Hòa Hạ hồi tháng 6, huyện Đức Hòa đã đồng loạt kiểm tra, chấn chỉnh các nhóm trẻ độc lập trên địa bàn.

Huyện Đức Hòa có 8 khu công nghiệp với khoảng 95.000 công nhân. Theo Phòng Giáo dục và Đào tạo huyện, toàn huyện có 46 nhóm trẻ độc lập và 121 điểm trông giữ trẻ tại nhà, nhận trông giữ gần 4.200 trẻ. Qua kiểm tra trong quý III, huyện đã xử lý 17 trường hợp vi phạm, yêu cầu ngừng hoạt động 9 điểm trông giữ không đủ điều kiện. Hiện 38/46 nhóm trẻ độc lập đã lắp camera giám sát, tăng 21 nhóm so với tháng 6.

Chị Võ Thị Ngọc Hân, chủ nhóm trẻ Thiên Thần Nhỏ ở thị trấn Hậu Nghĩa, cho biết nhóm đang giữ 42 cháu, học phí 1,4 triệu đồng/cháu/tháng. Sau đợt kiểm tra, chị đầu tư gần 60 triệu đồng nâng cấp phòng vệ sinh, lắp 6 camera và mua bình chữa cháy.

Ông Nguyễn Văn Lộc, Phó Chủ tịch UBND huyện Đức Hòa, cho biết trong quý IV, huyện dự kiến mở 2 lớp tập huấn cho khoảng 250 bảo mẫu; đến năm 2025 phấn đấu xây thêm 3 trường mầm non công lập ở các xã Hựu Thạnh, Đức Lập Hạ, Mỹ Hạnh Nam, nâng tỷ lệ huy động trẻ nhà trẻ từ 24% lên 35%.

Thanh Tùng - Hoàng Yến/LA34
Xem thêm: Bản tin Thời sự 19h ngày 27/09/2023
"""

Q3 = per("trong quý III", "2023-07-01", "2023-09-30")
Q4 = per("trong quý IV", "2023-10-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("có 8 khu", "8", 8, "count", "khu công nghiệp", subject="khu công nghiệp"),
    fig("khoảng 95.000 công nhân", "95.000", 95000, "count", "công nhân", approx="about",
        subject="công nhân các khu công nghiệp"),
    fig("có 46 nhóm", "46", 46, "count", "nhóm trẻ", subject="nhóm trẻ độc lập"),
    fig("và 121 điểm", "121", 121, "count", "điểm trông giữ trẻ", subject="điểm trông giữ trẻ tại nhà"),
    fig("gần 4.200 trẻ", "4.200", 4200, "count", "trẻ", approx="nearly", subject="trẻ được nhận trông giữ"),
    fig("xử lý 17 trường", "17", 17, "count", "trường hợp", subject="trường hợp vi phạm được xử lý",
        period=Q3),
    fig("hoạt động 9 điểm", "9", 9, "count", "điểm trông giữ",
        subject="điểm trông giữ không đủ điều kiện phải ngừng hoạt động", period=Q3),
    fig("Hiện 38/46", "38", 38, "count", "nhóm trẻ", total=46,
        change=chg("increase", 21, "nhóm", "tháng 6"), subject="nhóm trẻ độc lập đã lắp camera giám sát"),
    fig("giữ 42 cháu", "42", 42, "count", "cháu", subject="cháu nhóm trẻ Thiên Thần Nhỏ đang giữ"),
    fig("1,4 triệu đồng/cháu/tháng", "1,4", 1.4e6, "money", "đồng/cháu/tháng", subject="học phí"),
    fig("gần 60 triệu", "60", 60e6, "money", "đồng", approx="nearly",
        subject="đầu tư nâng cấp phòng vệ sinh, lắp camera và mua bình chữa cháy"),
    fig("lắp 6 camera", "6", 6, "count", "camera", subject="camera lắp thêm"),
    fig("mở 2 lớp", "2", 2, "count", "lớp tập huấn", status="forecast", subject="lớp tập huấn huyện mở",
        period=Q4),
    fig("khoảng 250 bảo mẫu", "250", 250, "count", "bảo mẫu", approx="about", status="forecast",
        subject="bảo mẫu được tập huấn", period=Q4),
    fig("thêm 3 trường", "3", 3, "count", "trường", status="target",
        subject="trường mầm non công lập xây thêm", period=T25),
    fig("từ 24%", "24", 24, "percent", "%", subject="tỷ lệ huy động trẻ nhà trẻ hiện nay", optional=True),
    fig("lên 35%", "35", 35, "percent", "%", status="target", subject="tỷ lệ huy động trẻ nhà trẻ",
        period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An, LA34): channel banner, menu, '27/09/2023 - 17:05', '(LA34)' lead, byline, 'Xem thêm' link.",
    "Distractors: 'LA34' (a name with digits), 17:05, 'hồi tháng 6' and 'so với tháng 6' (dates), 'Bản tin Thời sự 19h', the dateline.",
    "All figures are about huyện Đức Hòa → default location Đức Hòa (the group in thị trấn Hậu Nghĩa is in Đức Hòa).",
    "'Qua kiểm tra trong quý III' → 2023-07-01..2023-09-30 (year of the dateline) for 17 and 9.",
    "'Hiện 38/46 nhóm trẻ ..., tăng 21 nhóm so với tháng 6' → total 46, change increase 21; 'Hiện' → no period.",
    "The group's figures (42 cháu, fee, 60 triệu, 6 camera) have no period phrase.",
    "'trong quý IV, huyện dự kiến ...' → forecast, 2023 Q4; after ';' 'đến năm 2025 phấn đấu' → target for 3 trường and 35%.",
    "'nâng tỷ lệ ... từ 24% lên 35%': 35% is the target; 24% is today's level inside the target clause (its status is",
    "unclear by the spec's clause rule) → optional. It is not a range.",
]

if __name__ == "__main__":
    write("p1252-8", TEXT, NOTES, FIGS, published="2023-09-27", location="Đức Hòa")
