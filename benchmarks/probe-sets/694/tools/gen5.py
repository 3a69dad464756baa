"""p694-5: Party newspaper (Báo Bắc Giang) — provincial library, digital library and mobile book van, 2023."""
from lib import write, fig, per, inh, ch, tg

TEXT = """Bắc Giang: Lan tỏa văn hóa đọc từ thư viện số và xe sách lưu động

BGĐT - Năm 2023, Thư viện tỉnh Bắc Giang phục vụ 214.600 lượt bạn đọc, tăng 11,3% so với năm 2022; trong đó bạn đọc truy cập thư viện số đạt 96.300 lượt, chiếm 44,9%. Thư viện đã tổ chức 14 đợt trưng bày sách chuyên đề và phối hợp tổ chức Cuộc thi Đại sứ Văn hóa đọc cấp tỉnh với 12.560 bài dự thi, nhiều hơn 2.310 bài so với năm 2022.

Mô hình xe thư viện lưu động tiếp tục phát huy hiệu quả. Trong năm, xe sách đã đến phục vụ 78 điểm trường tại các huyện Sơn Động (21 điểm), Lục Ngạn (32 điểm), Yên Thế (25 điểm) với hơn 31.000 lượt học sinh đọc sách. Nhiều chuyến xe phải đi dọc Quốc lộ 31 và Quốc lộ 279 để đến các điểm trường vùng cao.

Toàn tỉnh hiện có 10 thư viện cấp huyện, 209 thư viện xã, phường, thị trấn và 1.150 tủ sách cơ sở; tổng vốn tài liệu khoảng 1,3 triệu bản. Tuy nhiên, sách in luân chuyển về cơ sở chỉ đạt 58.200 bản, giảm 3,5% so với năm trước. Bình quân số sách trong thư viện công cộng mới đạt 0,68 bản/người, thấp hơn mức 1 bản/người theo tiêu chí của ngành.

Bà Nguyễn Thị Thu Hằng, Giám đốc Thư viện tỉnh cho biết: Năm 2024, thư viện dự kiến số hóa thêm khoảng 2.000 tài liệu, nâng số đầu sách điện tử lên trên 15.000 đầu sách; phấn đấu thu hút từ 230.000 đến 250.000 lượt bạn đọc.

Ngọc Mai
15/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = per("Trong năm", "2023-01-01", "2023-12-31", inherited=True)
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("phục vụ 214.600 lượt bạn đọc", "214.600", 214600, "count", "lượt bạn đọc",
        "lượt bạn đọc Thư viện tỉnh phục vụ", Y23, change=ch("increase", 11.3, "%", "năm 2022")),
    fig("đạt 96.300 lượt", "96.300", 96300, "count", "lượt", "bạn đọc truy cập thư viện số", Y23,
        total=214600, percent=44.9),
    fig("tổ chức 14 đợt", "14", 14, "count", "đợt", "đợt trưng bày sách chuyên đề", inh(Y23)),
    fig("với 12.560 bài dự thi", "12.560", 12560, "count", "bài dự thi",
        "bài dự thi Cuộc thi Đại sứ Văn hóa đọc cấp tỉnh", inh(Y23),
        change=ch("increase", 2310, "bài", "năm 2022")),
    fig("phục vụ 78 điểm trường", "78", 78, "count", "điểm trường", "điểm trường xe thư viện lưu động phục vụ", Y23i),
    fig("Sơn Động (21 điểm)", "21", 21, "count", "điểm", "điểm trường xe thư viện lưu động phục vụ", Y23i,
        total=78, location="Sơn Động"),
    fig("Lục Ngạn (32 điểm)", "32", 32, "count", "điểm", "điểm trường xe thư viện lưu động phục vụ", Y23i,
        total=78, location="Lục Ngạn"),
    fig("Yên Thế (25 điểm)", "25", 25, "count", "điểm", "điểm trường xe thư viện lưu động phục vụ", Y23i,
        total=78, location="Yên Thế"),
    fig("hơn 31.000 lượt học sinh", "31.000", 31000, "count", "lượt học sinh",
        "lượt học sinh đọc sách trên xe thư viện lưu động", Y23i, approx="over"),
    fig("có 10 thư viện cấp huyện", "10", 10, "count", "thư viện cấp huyện", "thư viện cấp huyện"),
    fig("209 thư viện xã", "209", 209, "count", "thư viện xã, phường, thị trấn", "thư viện xã, phường, thị trấn"),
    fig("1.150 tủ sách cơ sở", "1.150", 1150, "count", "tủ sách cơ sở", "tủ sách cơ sở"),
    fig("khoảng 1,3 triệu bản", "1,3", 1300000, "count", "bản", "tổng vốn tài liệu", approx="about"),
    fig("đạt 58.200 bản", "58.200", 58200, "count", "bản", "sách in luân chuyển về cơ sở", inh(Y23i),
        change=ch("decrease", 3.5, "%", "năm trước")),
    fig("đạt 0,68 bản/người", "0,68", 0.68, "measure", "bản/người", "bình quân số sách trong thư viện công cộng",
        inh(Y23i), target=tg(1, "bản/người", met=False)),
    fig("khoảng 2.000 tài liệu", "2.000", 2000, "count", "tài liệu", "tài liệu số hóa thêm", Y24,
        approx="about", status="forecast"),
    fig("trên 15.000 đầu sách", "15.000", 15000, "count", "đầu sách", "đầu sách điện tử", Y24,
        approx="over", status="forecast"),
    fig("từ 230.000 đến 250.000", "230.000", 230000, "count", "lượt bạn đọc", "lượt bạn đọc thư viện thu hút", Y24,
        value_max=250000, status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (BGĐT): Thư viện tỉnh 2023 — digital library, mobile book van, stock; byline 'Ngọc Mai' and date '15/01/2024' at the end.",
    "Not figures: 'Quốc lộ 31', 'Quốc lộ 279' (road names), the date at the end. 'mức 1 bản/người theo tiêu chí' is the target of 0,68 bản/người",
    "(the norm the figure falls short of; met = false), not a figure of its own.",
    "96.300 lượt after 'trong đó' is part of 214.600 (total), 'chiếm 44,9%' its percent; bracketed district items add up to 78 (total).",
    "'nhiều hơn 2.310 bài so với năm 2022' is the change of 12.560 bài dự thi (unit bài), not a figure.",
    "'dự kiến' → forecast, continuing into 'nâng ... lên trên 15.000'; 'phấn đấu' → target. 'Trong năm' = năm 2023 (inherited).",
]

if __name__ == "__main__":
    write("p694-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Bắc Giang")
