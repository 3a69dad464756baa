"""p1187-4: ministry site (Bộ VHTTDL), national traditional martial arts championship 2024 (national figures)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Thể dục thể thao » Tin hoạt động

Bế mạc Giải Vô địch Võ cổ truyền quốc gia năm 2024

Ngày đăng: 02/10/2024 | Lượt xem: 918

(bvhttdl.gov.vn) - Sau 7 ngày tranh tài, tối 30/9 Giải Vô địch Võ cổ truyền quốc gia năm 2024 đã bế mạc tại Nhà thi đấu tỉnh Bình Phước. Giải do Cục Thể dục thể thao phối hợp với Liên đoàn Võ thuật cổ truyền Việt Nam tổ chức, thu hút gần 700 vận động viên của 36 đoàn, tăng 4 đoàn so với năm 2023.

Các vận động viên tranh tài ở 2 nội dung quyền thuật và đối kháng với tổng số 186 bộ huy chương, trong đó nội dung quyền thuật có 102 bộ và đối kháng 84 bộ.

Chung cuộc, đoàn Bình Định dẫn đầu toàn đoàn với 24 HCV, 15 HCB, 18 HCĐ. Các đoàn TP Hồ Chí Minh và Hà Nội lần lượt xếp thứ 2 và 3 với 19 HCV và 16 HCV; đoàn Quân đội xếp thứ 4.

Theo Cục Thể dục thể thao, cả nước hiện có khoảng 3.200 câu lạc bộ, võ đường võ cổ truyền với hơn 450.000 người tập luyện thường xuyên; 48/63 tỉnh, thành phố đã thành lập Liên đoàn võ thuật cổ truyền. Năm 2024, số võ sư được Liên đoàn phong cấp đạt 126 người, gấp 1,8 lần năm 2022.

Mục tiêu đến năm 2030, võ cổ truyền được đưa vào giảng dạy tại ít nhất 30% trường phổ thông; hiện tỷ lệ này ước đạt khoảng 12%. Dự kiến năm 2025, Giải Vô địch thế giới Võ cổ truyền Việt Nam lần thứ 4 sẽ được tổ chức tại Việt Nam với khoảng 1.200 vận động viên của 40 quốc gia, vùng lãnh thổ.

Tin khác:
- Khai mạc Giải Vô địch trẻ Võ cổ truyền quốc gia lần thứ 17
- Tập huấn trọng tài võ cổ truyền năm 2024

Cơ quan chủ quản: Bộ Văn hóa, Thể thao và Du lịch. Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
GIAI = "Giải Vô địch Võ cổ truyền quốc gia"

FIGS = [
    F("Sau 7 ngày", "7", 7, "measure", "ngày", optional=True, subject="thời gian thi đấu"),
    F("gần 700 vận động viên", "700", 700, "count", "vận động viên", approx="nearly",
      subject="vận động viên tham dự " + GIAI, period=I(Y24)),
    F("của 36 đoàn", "36", 36, "count", "đoàn", change=C("increase", 4, "đoàn", "năm 2023"),
      subject="đoàn tham dự " + GIAI, period=I(Y24)),
    F("ở 2 nội dung", "2", 2, "count", "nội dung", subject="nội dung quyền thuật và đối kháng", period=I(Y24)),
    F("tổng số 186 bộ", "186", 186, "count", "bộ huy chương", subject="bộ huy chương của giải", period=I(Y24)),
    F("có 102 bộ", "102", 102, "count", "bộ", total=186, subject="bộ huy chương nội dung quyền thuật",
      period=I(Y24)),
    F("đối kháng 84 bộ", "84", 84, "count", "bộ", total=186, subject="bộ huy chương nội dung đối kháng",
      period=I(Y24)),
    F("với 24 HCV", "24", 24, "count", "HCV", subject="HCV toàn đoàn", location="Bình Định", period=I(Y24)),
    F("15 HCB", "15", 15, "count", "HCB", subject="HCB toàn đoàn", location="Bình Định", period=I(Y24)),
    F("18 HCĐ", "18", 18, "count", "HCĐ", subject="HCĐ toàn đoàn", location="Bình Định", period=I(Y24)),
    F("xếp thứ 2 và", "2", 2, "rank", "hạng", subject="xếp hạng toàn đoàn", location="TP Hồ Chí Minh",
      period=I(Y24)),
    F("và 3 với", "3", 3, "rank", "hạng", subject="xếp hạng toàn đoàn", location="Hà Nội", period=I(Y24)),
    F("với 19 HCV", "19", 19, "count", "HCV", subject="HCV toàn đoàn", location="TP Hồ Chí Minh",
      period=I(Y24)),
    F("và 16 HCV", "16", 16, "count", "HCV", subject="HCV toàn đoàn", location="Hà Nội", period=I(Y24)),
    F("xếp thứ 4", "4", 4, "rank", "hạng", subject="xếp hạng toàn đoàn đoàn Quân đội", period=I(Y24)),
    F("khoảng 3.200 câu lạc bộ", "3.200", 3200, "count", "câu lạc bộ, võ đường", approx="about",
      subject="câu lạc bộ, võ đường võ cổ truyền"),
    F("hơn 450.000 người", "450.000", 450000, "count", "người", approx="over",
      subject="người tập luyện võ cổ truyền thường xuyên"),
    F("48/63", "48", 48, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã thành lập Liên đoàn võ thuật cổ truyền"),
    F("đạt 126 người", "126", 126, "count", "người",
      change=C("increase", 1.8, "lần", "năm 2022"), subject="võ sư được Liên đoàn phong cấp", period=Y24b),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ trường phổ thông giảng dạy võ cổ truyền", period=TO30),
    F("khoảng 12%", "12", 12, "percent", "%", approx="about", status="estimate",
      subject="tỷ lệ trường phổ thông giảng dạy võ cổ truyền"),
    F("khoảng 1.200 vận động viên", "1.200", 1200, "count", "vận động viên", approx="about", status="forecast",
      subject="vận động viên tham dự Giải Vô địch thế giới Võ cổ truyền Việt Nam", period=Y25),
    F("của 40 quốc gia", "40", 40, "count", "quốc gia, vùng lãnh thổ", status="forecast",
      subject="quốc gia, vùng lãnh thổ tham dự Giải Vô địch thế giới Võ cổ truyền Việt Nam", period=Y25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, 'Ngày đăng: 02/10/2024 | Lượt xem: 918', related news, footer address and phone.",
    "A national championship: figures are national (Việt Nam) although it was held in Bình Phước; team results put the team's province in location.",
    "Distractors: 'tối 30/9', 'lần thứ 4', 'lần thứ 17', '51 Ngô Quyền', phone 024.3943.8231, view counter 918, '48/63' is a figure (not a date).",
    "'Sau 7 ngày tranh tài' is the length of the event (optional). Tournament figures inherit 'năm 2024' from the first sentence.",
    "'gấp 1,8 lần năm 2022' after a count is the change of 126 (increase 1.8 lần). 'hiện … ước đạt khoảng 12%' is an estimate with no period.",
    "revised after the first run: '2 nội dung' subject 'nội dung thi đấu' → 'nội dung quyền thuật và đối kháng' (the sentence names it).",
    "'đoàn Quân đội' is not a place: location stays Việt Nam.",
]

if __name__ == "__main__":
    write("p1187-4", TEXT, NOTES, FIGS, published="2024-10-02", location="Việt Nam")
