"""p1167-8: provincial newspaper online (Báo Vĩnh Long, '(VLO) -'): Tuần lễ Áo dài 2025, tailor shops, contest, target."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """BÁO VĨNH LONG ĐIỆN TỬ
Thời sự | Kinh tế | Văn hóa - Giải trí | Phụ nữ

Hơn 12.000 phụ nữ hưởng ứng Tuần lễ Áo dài

06/03/2025 - 16:45

(VLO) - Hưởng ứng Tuần lễ Áo dài năm 2025 với chủ đề "Áo dài - Di sản văn hóa Việt Nam", Hội Liên hiệp Phụ nữ tỉnh đã vận động hội viên mặc áo dài từ ngày 1 đến 8/3. Sau 5 ngày triển khai, toàn tỉnh có hơn 12.000 hội viên, phụ nữ mặc áo dài tham gia các hoạt động, vượt 20% chỉ tiêu; 8/8 huyện, thị xã, thành phố tổ chức đồng diễn. Trong đó, TP Vĩnh Long 3.450 người, thị xã Bình Minh 1.980 người, huyện Long Hồ 1.720 người.

Với kết quả này, Vĩnh Long xếp thứ 3 khu vực Đồng bằng sông Cửu Long về số hội viên tham gia, sau Cần Thơ và An Giang.

Tại TP Vĩnh Long, các tiệm may áo dài trên đường Phạm Thái Bường, Hưng Đạo Vương đông khách hơn thường lệ. Chị Nguyễn Thị Bảy, chủ tiệm may Bảy Hồng, cho biết từ đầu tháng 2 đến nay tiệm nhận hơn 150 bộ, tăng khoảng 40% so với cùng kỳ; tiền công may 250.000-350.000 đồng/bộ, may lấy nhanh trong 24 giờ tính thêm 100.000 đồng.

Trước đó, Hội LHPN tỉnh đã chọn 36 thí sinh của 12 đơn vị vào vòng chung kết Hội thi "Duyên dáng áo dài" lần thứ 4, dự kiến diễn ra tối 8/3; giải Nhất trị giá 5 triệu đồng. Hội phấn đấu đến cuối năm 2025 có 70% cơ sở Hội duy trì mô hình "Thứ Hai mặc áo dài".

Theo dõi Báo Vĩnh Long trên Zalo | Facebook
"""

FIVE = per("từ ngày 1 đến 8/3 … Sau 5 ngày triển khai", "2025-03-01", "2025-03-05", inherited=True)
FEB = per("từ đầu tháng 2 đến nay", "2025-02-01", "2025-03-06")
PART = "hội viên, phụ nữ mặc áo dài tham gia Tuần lễ Áo dài"

FIGS = [
    fig("Hơn 12.000 phụ nữ", "12.000", 12000, "count", "phụ nữ", approx="over",
        subject="phụ nữ hưởng ứng Tuần lễ Áo dài"),
    fig("có hơn 12.000 hội viên", "12.000", 12000, "count", "hội viên, phụ nữ", approx="over",
        change=chg("increase", 20, "%", "chỉ tiêu"), subject=PART, period=FIVE),
    fig("8/8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", total=8,
        subject="huyện, thị xã, thành phố tổ chức đồng diễn áo dài", period=FIVE),
    fig("Vĩnh Long 3.450 người", "3.450", 3450, "count", "người", total=12000, subject=PART,
        period=FIVE, location="Vĩnh Long"),
    fig("Bình Minh 1.980 người", "1.980", 1980, "count", "người", total=12000, subject=PART,
        period=FIVE, location="Bình Minh"),
    fig("Long Hồ 1.720 người", "1.720", 1720, "count", "người", total=12000, subject=PART,
        period=FIVE, location="Long Hồ"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="số hội viên tham gia Tuần lễ Áo dài", period=FIVE),
    fig("hơn 150 bộ", "150", 150, "count", "bộ", approx="over",
        change=chg("increase", 40, "%", "cùng kỳ", approx="about"),
        subject="bộ áo dài tiệm may Bảy Hồng nhận may", period=FEB),
    fig("may 250.000-350.000", "250.000", 250000, "money", "đồng/bộ", value_max=350000,
        subject="tiền công may áo dài"),
    fig("trong 24 giờ", "24", 24, "measure", "giờ", optional=True),
    fig("thêm 100.000 đồng", "100.000", 100000, "money", "đồng", subject="tiền công may lấy nhanh tính thêm"),
    fig("chọn 36 thí sinh", "36", 36, "count", "thí sinh",
        subject="thí sinh vào vòng chung kết Hội thi Duyên dáng áo dài"),
    fig("của 12 đơn vị", "12", 12, "count", "đơn vị", subject="đơn vị có thí sinh vào vòng chung kết"),
    fig("trị giá 5 triệu", "5", 5e6, "money", "đồng", subject="giải Nhất Hội thi Duyên dáng áo dài"),
    fig("có 70% cơ sở", "70", 70, "percent", "%", status="target",
        subject="cơ sở Hội duy trì mô hình Thứ Hai mặc áo dài",
        period=per("đến cuối năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Provincial newspaper online (Báo Vĩnh Long): headline figure, '06/03/2025 - 16:45' (published), tag '(VLO) -' (implies Vĩnh Long).",
    "'vượt 20% chỉ tiêu' is a gap to plan: change (increase 20 %, baseline chỉ tiêu) of the 12.000. The 'Trong đó' parts count people",
    "like the 12.000 (not the 8/8 districts before the cue): total 12000, their districts as location (TP Vĩnh Long = Vĩnh Long).",
    "Period of the campaign figures: 1/3 to 5/3/2025 ('Sau 5 ngày triển khai' after 'từ ngày 1 đến 8/3', the previous sentence): inherited.",
    "Distractors: '16:45', 'Sau 5 ngày triển khai' (a duration), 'Chị Nguyễn Thị Bảy', 'Bảy Hồng' (names that are number words),",
    "'lần thứ 4', 'tối 8/3', 'Thứ Hai' (weekday), 'giải Nhất'. 'trong 24 giờ' (a service time) is optional.",
    "revised after the first run: the rank's subject lost the comparison scope 'khu vực Đồng bằng sông Cửu Long' (what is ranked is the",
    "indicator; the scope is not, cf. shared gold 001 'đứng thứ 2 toàn quốc về chỉ số CĐS' -> 'chỉ số chuyển đổi số').",
    "The tailor shop is in TP Vĩnh Long, which reduces to the province name: default location.",
]

if __name__ == "__main__":
    emit("p1167-8", TEXT, NOTES, FIGS, published="2025-03-06", location="Vĩnh Long")
