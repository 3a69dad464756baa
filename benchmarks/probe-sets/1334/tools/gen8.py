"""p1334-8: radio/TV site (Đài PT-TH Đồng Tháp): "Nuôi em đến trường" book and school-supply drive, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Kinh tế | Xã hội | Phát thanh | Truyền hình | Podcast

Đồng Tháp: Hơn 96.000 cuốn sách, vở đến với học sinh khó khăn

Cập nhật lúc 18:40, 26/09/2024
[Nghe audio] Thời lượng 03:25

(THĐT) - Chương trình "Nuôi em đến trường" do Hội Khuyến học tỉnh phối hợp với Đài Phát thanh và Truyền hình Đồng Tháp tổ chức đã bước sang năm thứ 6. 9 tháng đầu năm 2024, chương trình vận động được hơn 96.000 cuốn sách, vở và 2.850 phần quà đồ dùng học tập, tổng trị giá trên 1,6 tỷ đồng, tăng 12% so với cùng kỳ và bằng 107% kế hoạch năm.

Riêng quý III, chương trình trao 1.420 suất học bổng, mỗi suất từ 500.000 đến 1 triệu đồng, cho học sinh các huyện Tam Nông, Tân Hồng và Hồng Ngự. Huyện Tháp Mười nhận nhiều quà nhất với 640 phần, chiếm 22,5% tổng số phần quà.

Tại huyện Lai Vung, Hội Khuyến học huyện đã thành lập 35 "Tủ sách đến trường" tại các điểm trường, mỗi tủ có từ 150 đến 200 cuốn sách. Em Nguyễn Thị Ngọc Hân, học sinh lớp 7 Trường THCS Tân Thành, chia sẻ em được tặng đủ 12 cuốn sách giáo khoa và một chiếc xe đạp.

Theo Sở Giáo dục và Đào tạo, năm học 2024-2025 Đồng Tháp có khoảng 2.100 học sinh có hoàn cảnh đặc biệt khó khăn cần hỗ trợ sách giáo khoa. Tỉnh xếp thứ 2 khu vực Đồng bằng sông Cửu Long về tỷ lệ học sinh được tặng sách. Cả năm 2024, chương trình ước đạt 125.000 cuốn sách, vở; mục tiêu năm 2025 vận động ít nhất 150.000 cuốn.

Tin cùng chuyên mục:
- Khai giảng năm học mới tại điểm trường Cồn Ông
- Bản tin Thời sự 19h ngày 25/9
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
SY = per("năm học 2024-2025", "2024-09-01", "2025-05-31")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
LV = "Lai Vung"

FIGS = [
    fig("Hơn 96.000 cuốn sách, vở đến", "96.000", 96000, "count", "cuốn sách, vở", approx="over",
        subject="sách, vở đến với học sinh khó khăn"),
    fig("được hơn 96.000 cuốn", "96.000", 96000, "count", "cuốn sách, vở", approx="over",
        subject="sách, vở chương trình vận động được", period=NINE),
    fig("2.850 phần quà", "2.850", 2850, "count", "phần quà", subject="phần quà đồ dùng học tập chương trình vận động được",
        period=NINE),
    fig("trên 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over", percent=107,
        change=chg("increase", 12, "%", "cùng kỳ"), subject="tổng trị giá", period=NINE),
    fig("trao 1.420 suất", "1.420", 1420, "count", "suất học bổng", subject="suất học bổng chương trình trao",
        period=Q3),
    fig("từ 500.000 đến 1 triệu", "500.000", 500000, "money", "đồng/suất", value_max=1e6,
        subject="giá trị mỗi suất học bổng", period=Q3),
    fig("với 640 phần", "640", 640, "count", "phần", percent=22.5, subject="quà huyện Tháp Mười nhận",
        location="Tháp Mười"),
    fig("thành lập 35", "35", 35, "count", "Tủ sách đến trường", subject="Tủ sách đến trường Hội Khuyến học huyện thành lập",
        location=LV),
    fig("từ 150 đến 200 cuốn", "150", 150, "measure", "cuốn sách/tủ", value_max=200,
        subject="sách mỗi tủ", location=LV),
    fig("đủ 12 cuốn", "12", 12, "count", "cuốn sách giáo khoa", subject="sách giáo khoa em Ngọc Hân được tặng",
        location=LV),
    fig("và một chiếc xe đạp", "một", 1, "count", "chiếc xe đạp", subject="xe đạp em Ngọc Hân được tặng",
        location=LV),
    fig("khoảng 2.100 học sinh", "2.100", 2100, "count", "học sinh", approx="about",
        subject="học sinh có hoàn cảnh đặc biệt khó khăn cần hỗ trợ sách giáo khoa", period=SY),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject="tỷ lệ học sinh được tặng sách"),
    fig("ước đạt 125.000 cuốn", "125.000", 125000, "count", "cuốn sách, vở", status="estimate",
        subject="sách, vở chương trình vận động", period=Y24),
    fig("ít nhất 150.000 cuốn", "150.000", 150000, "count", "cuốn", approx="at_least", status="target",
        subject="sách, vở chương trình vận động", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): programme menu, 'Cập nhật lúc 18:40, 26/09/2024', audio player '[Nghe audio] Thời lượng 03:25',",
    "tag '(THĐT) -', related links. Distractors: 18:40, 03:25, 'năm thứ 6', 'lớp 7', 'Trường THCS Tân Thành', '19h ngày 25/9'.",
    "Headline 'Hơn 96.000 cuốn sách, vở' has no period phrase: no period. 'trên 1,6 tỷ ..., tăng 12% so với cùng kỳ và bằng 107%",
    "kế hoạch năm' → change 12% and percent attribute 107. Year-less 'quý III' takes 2024 from the paragraph before.",
    "'mỗi suất từ 500.000 đến 1 triệu đồng' → range 500.000-1.000.000 (the multiplier stands only on the upper end), unit đồng/suất.",
    "'Huyện Tháp Mười ... 640 phần, chiếm 22,5% tổng số phần quà' → percent attribute 22.5; the whole is named but not given",
    "as a number in that sentence, so no total (640/2.850 = 22,5%). Location Tháp Mười. The Lai Vung passage → location Lai Vung.",
    "'mỗi tủ có từ 150 đến 200 cuốn sách' → measure cuốn sách/tủ. 'Tỉnh xếp thứ 2 khu vực ...' → rank, location Đồng Tháp.",
    "'Cả năm 2024, ... ước đạt' → estimate; 'mục tiêu năm 2025 ... ít nhất 150.000 cuốn' → target, at_least (own clause after ';').",
]

if __name__ == "__main__":
    write("p1334-8", TEXT, NOTES, FIGS, published="2024-09-26", location="Đồng Tháp")
