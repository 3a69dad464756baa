"""p1236-2: district portal (huyện Cẩm Giàng, Hải Dương), district school chess tournament and a commune school club."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội
Ngày đăng: 05/11/2024 09:12 | Người đăng: Phòng GD&ĐT

Cờ vua học đường lan tỏa ở Cẩm Giàng

Ngày 02/11, Phòng Giáo dục và Đào tạo huyện tổ chức Giải Cờ vua học sinh tiểu học và THCS năm học 2024-2025 tại Trường THCS Nguyễn Huệ (thị trấn Lai Cách). Tham gia giải có 246 vận động viên đến từ 37 trường, gồm 19 trường tiểu học và 18 trường THCS. Sau hai ngày thi đấu, Ban tổ chức trao 8 giải nhất, 8 giải nhì và 16 giải ba cho các cá nhân.

Tại xã Lương Điền, câu lạc bộ cờ vua của Trường Tiểu học Lương Điền được thành lập năm 2019 với 12 thành viên ban đầu, nay đã có 64 học sinh sinh hoạt vào chiều thứ Bảy hằng tuần. Câu lạc bộ có hai giáo viên hướng dẫn, mỗi buổi tập kéo dài 90 phút. Học phí 100.000 đồng/học sinh/tháng, học sinh thuộc hộ nghèo được miễn. Năm 2024, các em giành 5 huy chương tại giải cấp tỉnh, trong đó có 2 huy chương vàng. Cô hiệu trưởng Vũ Thị Lan cho biết nhờ chơi cờ, nhiều em tập trung hơn trong giờ học.

Theo Phòng GD&ĐT, đến nay 100% trường tiểu học và 15/18 trường THCS trên địa bàn đã đưa cờ vua vào hoạt động ngoại khóa, với khoảng 3.200 học sinh tham gia. Trong năm 2025, huyện phấn đấu thành lập thêm từ 4 đến 6 câu lạc bộ cờ vua liên trường và tổ chức ít nhất một giải giao lưu mỗi học kỳ.

CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Địa chỉ: Khu 5, thị trấn Lai Cách, huyện Cẩm Giàng, tỉnh Hải Dương
Điện thoại: 0220.3786.215
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Trong năm 2025", "2025-01-01", "2025-12-31")
CLUB = "câu lạc bộ cờ vua Trường Tiểu học Lương Điền"

FIGS = [
    fig("có 246 vận động viên", "246", 246, "count", "vận động viên",
        subject="vận động viên tham gia giải"),
    fig("từ 37 trường", "37", 37, "count", "trường", subject="trường có vận động viên tham gia giải"),
    fig("gồm 19 trường", "19", 19, "count", "trường tiểu học", total=37,
        subject="trường tiểu học có vận động viên tham gia giải"),
    fig("và 18 trường THCS", "18", 18, "count", "trường THCS", total=37,
        subject="trường THCS có vận động viên tham gia giải"),
    fig("trao 8 giải nhất", "8", 8, "count", "giải nhất", subject="giải nhất cá nhân"),
    fig("8 giải nhì", "8", 8, "count", "giải nhì", subject="giải nhì cá nhân"),
    fig("16 giải ba", "16", 16, "count", "giải ba", subject="giải ba cá nhân"),
    fig("với 12 thành viên", "12", 12, "count", "thành viên",
        subject="thành viên ban đầu của " + CLUB, period=Y19),
    fig("có 64 học sinh", "64", 64, "count", "học sinh", subject="học sinh sinh hoạt tại " + CLUB),
    fig("có hai giáo viên", "hai", 2, "count", "giáo viên", subject="giáo viên hướng dẫn " + CLUB),
    fig("kéo dài 90 phút", "90", 90, "measure", "phút", subject="thời lượng mỗi buổi tập"),
    fig("100.000 đồng", "100.000", 100000, "money", "đồng/học sinh/tháng", subject="học phí " + CLUB),
    fig("giành 5 huy chương", "5", 5, "count", "huy chương",
        subject="huy chương học sinh câu lạc bộ giành tại giải cấp tỉnh", period=Y24),
    fig("có 2 huy chương vàng", "2", 2, "count", "huy chương vàng", total=5,
        subject="huy chương vàng học sinh câu lạc bộ giành tại giải cấp tỉnh", period=inh(Y24)),
    fig("nay 100% trường", "100", 100, "percent", "%",
        subject="tỷ lệ trường tiểu học đưa cờ vua vào hoạt động ngoại khóa"),
    fig("15/18 trường", "15", 15, "count", "trường THCS", total=18,
        subject="trường THCS đưa cờ vua vào hoạt động ngoại khóa"),
    fig("khoảng 3.200 học sinh", "3.200", 3200, "count", "học sinh", approx="about",
        subject="học sinh tham gia hoạt động ngoại khóa cờ vua"),
    fig("từ 4 đến 6", "4", 4, "count", "câu lạc bộ", value_max=6, status="target",
        subject="câu lạc bộ cờ vua liên trường thành lập thêm", period=Y25),
    fig("ít nhất một giải", "một", 1, "measure", "giải/học kỳ", approx="at_least", status="target",
        subject="giải giao lưu tổ chức mỗi học kỳ", period=Y25),
]

NOTES = [
    "District portal (Cẩm Giàng, Hải Dương): 'Ngày đăng: 05/11/2024 09:12' (published). Default location = the district.",
    "Distractors: 'Ngày 02/11', 'năm học 2024-2025' (name of the tournament), 'Sau hai ngày thi đấu' (duration that only locates),",
    "'chiều thứ Bảy' (weekday), 'Khu 5' (address), phone 0220.3786.215, 'Trường THCS Nguyễn Huệ'.",
    "Commune Lương Điền is below district level: location stays Cẩm Giàng. 19/18 trường are parts of 37 (gồm); 2 HCV part of 5 (trong đó).",
    "'15/18 trường THCS' -> total 18. Per-unit: '100.000 đồng/học sinh/tháng'; 'ít nhất một giải ... mỗi học kỳ' -> measure giải/học kỳ (target).",
    "'đến nay' is not a datable period: no period. '90 phút' = length of a session (measure, like the spec's 35 phút).",
]

if __name__ == "__main__":
    write("p1236-2", TEXT, NOTES, FIGS, published="2024-11-05", location="Cẩm Giàng")
