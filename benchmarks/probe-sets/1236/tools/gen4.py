"""p1236-4: ministry site (Bộ GD&ĐT), national school chess championship 2024 and school chess/esports nationwide."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Giáo dục thể chất
Ngày đăng: 28/06/2024 | Lượt xem: 3.406

Bế mạc Giải Cờ vua học sinh toàn quốc năm 2024

Chiều 27/6, tại Trung tâm Hội nghị tỉnh Quảng Ninh (TP Hạ Long), Bộ Giáo dục và Đào tạo phối hợp với UBND tỉnh Quảng Ninh bế mạc Giải Cờ vua học sinh toàn quốc năm 2024.

Sau 8 ngày tranh tài, giải đã trao 432 huy chương cho vận động viên của 58/63 tỉnh, thành phố (1.362 vận động viên, tăng 9,5% so với năm 2023). Trong đó có 108 huy chương vàng, 108 huy chương bạc và 216 huy chương đồng. Ba đoàn dẫn đầu toàn đoàn lần lượt là Hà Nội (21 huy chương vàng), TP Hồ Chí Minh (18 huy chương vàng) và Bắc Giang (9 huy chương vàng); chủ nhà Quảng Ninh xếp thứ 6.

Theo Vụ Giáo dục Thể chất, tính đến tháng 5/2024, cả nước có khoảng 11.400 câu lạc bộ cờ vua trong trường phổ thông, thu hút gần 420.000 học sinh; tỷ lệ trường tiểu học đưa cờ vua vào dạy ngoại khóa đạt 41,7%. Tuy vậy, tỷ lệ giáo viên hướng dẫn cờ vua được đào tạo bài bản mới chưa đến 15%.

Đối với thể thao điện tử, năm 2023 có 12 tỉnh, thành phố thí điểm giải học đường, gồm Hà Nội, Đà Nẵng, Cần Thơ…; Bộ khuyến nghị chỉ tổ chức ngoài giờ học, mỗi học sinh thi đấu không quá 3 trận/ngày.

Mục tiêu đến năm 2030, 70% trường tiểu học có câu lạc bộ cờ vua. Giải Cờ vua học sinh toàn quốc năm 2025 dự kiến quy tụ khoảng 1.500 vận động viên, do TP Cần Thơ đăng cai.

BỘ GIÁO DỤC VÀ ĐÀO TẠO
Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3869.4795
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("tính đến tháng 5/2024", None, "2024-05-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
HCV = "huy chương vàng tại Giải Cờ vua học sinh toàn quốc"

FIGS = [
    fig("trao 432 huy chương", "432", 432, "count", "huy chương",
        subject="huy chương Giải Cờ vua học sinh toàn quốc trao", period=inh(Y24)),
    fig("58/63", "58", 58, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có vận động viên nhận huy chương", period=inh(Y24)),
    fig("(1.362 vận động viên", "1.362", 1362, "count", "vận động viên",
        change=chg("increase", 9.5, "%", "năm 2023"),
        subject="vận động viên tham dự Giải Cờ vua học sinh toàn quốc", period=inh(Y24)),
    fig("có 108 huy chương vàng", "108", 108, "count", "huy chương vàng", total=432,
        subject="huy chương vàng Giải Cờ vua học sinh toàn quốc trao", period=inh(Y24)),
    fig("108 huy chương bạc", "108", 108, "count", "huy chương bạc", total=432,
        subject="huy chương bạc Giải Cờ vua học sinh toàn quốc trao", period=inh(Y24)),
    fig("216 huy chương", "216", 216, "count", "huy chương đồng", total=432,
        subject="huy chương đồng Giải Cờ vua học sinh toàn quốc trao", period=inh(Y24)),
    fig("Ba đoàn", "Ba", 3, "count", "đoàn", optional=True, subject="đoàn dẫn đầu toàn đoàn"),
    fig("(21 huy chương", "21", 21, "count", "huy chương vàng", subject=HCV, location="Hà Nội",
        period=inh(Y24)),
    fig("(18 huy chương", "18", 18, "count", "huy chương vàng", subject=HCV,
        location="Thành phố Hồ Chí Minh", period=inh(Y24)),
    fig("(9 huy chương", "9", 9, "count", "huy chương vàng", subject=HCV, location="Bắc Giang",
        period=inh(Y24)),
    fig("xếp thứ 6", "6", 6, "rank", "hạng", subject="xếp hạng toàn đoàn tại Giải Cờ vua học sinh toàn quốc",
        location="Quảng Ninh", period=inh(Y24)),
    fig("khoảng 11.400", "11.400", 11400, "count", "câu lạc bộ", approx="about",
        subject="câu lạc bộ cờ vua trong trường phổ thông", period=ASOF),
    fig("gần 420.000", "420.000", 420000, "count", "học sinh", approx="nearly",
        subject="học sinh tham gia câu lạc bộ cờ vua", period=ASOF),
    fig("đạt 41,7%", "41,7", 41.7, "percent", "%",
        subject="tỷ lệ trường tiểu học đưa cờ vua vào dạy ngoại khóa", period=ASOF),
    fig("chưa đến 15%", "15", 15, "percent", "%", approx="under",
        subject="tỷ lệ giáo viên hướng dẫn cờ vua được đào tạo bài bản", period=inh(ASOF)),
    fig("có 12 tỉnh", "12", 12, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố thí điểm giải thể thao điện tử học đường", period=Y23),
    fig("không quá 3 trận", "3", 3, "measure", "trận/ngày", approx="at_most",
        subject="số trận thi đấu thể thao điện tử mỗi học sinh"),
    fig("2030, 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ trường tiểu học có câu lạc bộ cờ vua", period=T30),
    fig("khoảng 1.500", "1.500", 1500, "count", "vận động viên", approx="about", status="forecast",
        subject="vận động viên Giải Cờ vua học sinh toàn quốc", period=Y25),
]

NOTES = [
    "Ministry site (Bộ GD&ĐT): breadcrumb, 'Ngày đăng: 28/06/2024 | Lượt xem: 3.406' (published). National: location Việt Nam.",
    "The tournament figures count the national event (held in Quảng Ninh) -> Việt Nam; list items Hà Nội / TP HCM / Bắc Giang and",
    "host Quảng Ninh's rank take their place. '12 tỉnh, thành phố ..., gồm Hà Nội, Đà Nẵng, Cần Thơ' stays Việt Nam (spec).",
    "Distractors: 'Chiều 27/6', 'Sau 8 ngày tranh tài' (duration), '35 Đại Cồ Việt', phone 024.3869.4795, counter 3.406, 'TP Hạ Long'.",
    "'Ba đoàn dẫn đầu' (number word, size of a top list) optional. 108/108/216 are parts of 432 (Trong đó, sum 432).",
    "1.362 in brackets with its own change (tăng 9,5% so với năm 2023). Period 'năm 2024' of the tournament is in the title",
    "and the first paragraph (inherited). 'Mục tiêu đến năm 2030' -> target; 'dự kiến' -> forecast; 1.500 athletes are the 2025",
    "national tournament's (Việt Nam), not Cần Thơ's. 'mỗi học sinh ... không quá 3 trận/ngày' is a rule (measure, actual).",
]

if __name__ == "__main__":
    write("p1236-4", TEXT, NOTES, FIGS, published="2024-06-28", location="Việt Nam")
