"""p1334-1: province portal (Nghệ An): textbook supply for school year 2024-2025, donated books, support."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Cung ứng hơn 3,2 triệu bản sách giáo khoa cho năm học mới

Cập nhật: 22/08/2024 09:35 | Lượt xem: 1.286

Theo Sở Giáo dục và Đào tạo, tính đến ngày 15/8/2024, các đơn vị phát hành đã cung ứng cho các nhà trường trên địa bàn tỉnh 3.245.600 bản sách giáo khoa, đạt 92,4% nhu cầu, tăng 8,6% so với cùng kỳ năm trước. Trong đó, sách của ba khối lớp 5, lớp 9 và lớp 12 lần đầu học theo Chương trình giáo dục phổ thông 2018 là 612.300 bản.

Toàn tỉnh hiện có 1.478 trường phổ thông với khoảng 672.000 học sinh. Năm học 2024-2025, các trường lựa chọn sách từ 3 bộ sách giáo khoa; riêng lớp 12 có 46 đầu sách được đưa vào danh mục.

Giá bìa mỗi bộ sách lớp 1 từ 215.000 đến 248.000 đồng tùy bộ sách; bộ sách lớp 12 cao nhất, khoảng 470.000 đồng/bộ, tăng khoảng 30.000 đồng so với bộ sách lớp 11.

Để hỗ trợ học sinh khó khăn, ngành giáo dục đã xây dựng "Tủ sách dùng chung" tại 986 trường, tiếp nhận hơn 215 nghìn cuốn sách giáo khoa cũ do phụ huynh, học sinh quyên góp; trong đó khoảng 40% là sách tiểu học. Tỉnh cũng dành 18,5 tỷ đồng mua sách giáo khoa tặng 41.200 học sinh thuộc hộ nghèo, hộ cận nghèo tại 11 huyện miền núi, bình quân gần 450.000 đồng/học sinh.

Sở Giáo dục và Đào tạo yêu cầu các trường hoàn thành cấp phát sách trước ngày 31/8, phấn đấu 100% học sinh có đủ sách giáo khoa khi bước vào năm học mới. Đường dây nóng tiếp nhận phản ánh: 0238.3844.567.

Tin liên quan:
- Nghệ An tổ chức Hội nghị tổng kết năm học 2023-2024
- Khai mạc Hội sách Xứ Nghệ lần thứ 3
"""

ASOF = per("tính đến ngày 15/8/2024", None, "2024-08-15")
SY = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")

FIGS = [
    fig("hơn 3,2 triệu bản", "3,2", 3.2e6, "count", "bản", approx="over",
        subject="sách giáo khoa cung ứng cho năm học mới"),
    fig("tỉnh 3.245.600 bản", "3.245.600", 3245600, "count", "bản", percent=92.4,
        change=chg("increase", 8.6, "%", "cùng kỳ năm trước"),
        subject="sách giáo khoa các đơn vị phát hành đã cung ứng cho các nhà trường", period=ASOF),
    fig("của ba khối lớp", "ba", 3, "count", "khối lớp",
        subject="khối lớp lần đầu học theo Chương trình giáo dục phổ thông 2018"),
    fig("là 612.300 bản", "612.300", 612300, "count", "bản", total=3245600,
        subject="sách của ba khối lớp 5, lớp 9 và lớp 12", period=inh(ASOF)),
    fig("có 1.478 trường", "1.478", 1478, "count", "trường", subject="trường phổ thông"),
    fig("khoảng 672.000 học sinh", "672.000", 672000, "count", "học sinh", approx="about",
        subject="học sinh các trường phổ thông"),
    fig("từ 3 bộ sách", "3", 3, "count", "bộ sách", subject="bộ sách giáo khoa các trường lựa chọn",
        period=SY),
    fig("có 46 đầu sách", "46", 46, "count", "đầu sách", subject="đầu sách lớp 12 được đưa vào danh mục",
        period=SY),
    fig("từ 215.000 đến 248.000", "215.000", 215000, "money", "đồng/bộ", value_max=248000,
        subject="giá bìa mỗi bộ sách lớp 1"),
    fig("khoảng 470.000 đồng/bộ", "470.000", 470000, "money", "đồng/bộ", approx="about",
        change=chg("increase", 30000, "đồng", "bộ sách lớp 11", approx="about"),
        subject="giá bìa bộ sách lớp 12"),
    fig("tại 986 trường", "986", 986, "count", "trường", subject="trường xây dựng Tủ sách dùng chung"),
    fig("hơn 215 nghìn cuốn", "215", 215000, "count", "cuốn", approx="over",
        subject="sách giáo khoa cũ do phụ huynh, học sinh quyên góp"),
    fig("khoảng 40% là", "40", 40, "percent", "%", approx="about",
        subject="sách tiểu học trong số sách giáo khoa cũ được quyên góp"),
    fig("dành 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng",
        subject="kinh phí mua sách giáo khoa tặng học sinh thuộc hộ nghèo, hộ cận nghèo"),
    fig("tặng 41.200 học sinh", "41.200", 41200, "count", "học sinh",
        subject="học sinh thuộc hộ nghèo, hộ cận nghèo được tặng sách giáo khoa"),
    fig("tại 11 huyện", "11", 11, "count", "huyện", subject="huyện miền núi có học sinh được tặng sách"),
    fig("gần 450.000 đồng/học sinh", "450.000", 450000, "money", "đồng/học sinh", approx="nearly",
        subject="kinh phí mua sách giáo khoa bình quân mỗi học sinh"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="học sinh có đủ sách giáo khoa khi bước vào năm học mới"),
]

NOTES = [
    "Province portal (Nghệ An): textbook supply for the 2024-2025 school year; breadcrumb, 'Cập nhật: 22/08/2024 09:35 | Lượt xem: 1.286'.",
    "Distractors: 'Lượt xem: 1.286', 09:35, dates 15/8/2024 and 31/8, 'lớp 5, lớp 9 và lớp 12', 'lớp 1', 'lớp 11', 'lớp 12',",
    "'Chương trình giáo dục phổ thông 2018', phone 0238.3844.567, 'năm học 2023-2024' and 'lần thứ 3' in related links.",
    "Headline 'hơn 3,2 triệu bản ... cho năm học mới': no period ('năm học mới' names no year and is the purpose, not the time).",
    "'tính đến ngày 15/8/2024' is an as-of date; the 'Trong đó' part in the next sentence takes total 3.245.600 and inherits it.",
    "School year 'Năm học 2024-2025' annotated as 2024-09-01..2025-05-31 (MOET calendar: opening 5/9, year ends by 31/5); the spec has no rule.",
    "'bình quân gần 450.000 đồng/học sinh' = 18,5 tỷ / 41.200 (a rate, money). 'trong đó khoảng 40% là sách tiểu học' is a percent of its own.",
    "'Giá bìa mỗi bộ sách lớp 1 từ 215.000 đến 248.000 đồng' → unit đồng/bộ ('mỗi bộ' is the denominator).",
]

if __name__ == "__main__":
    write("p1334-1", TEXT, NOTES, FIGS, published="2024-08-22", location="Nghệ An")
