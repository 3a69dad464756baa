"""p1258-1: province portal (Bình Định): võ đường, câu lạc bộ võ cổ truyền; Liên hoan Quốc tế Võ cổ truyền."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Bình Định
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bình Định có hơn 210 võ đường, câu lạc bộ võ cổ truyền

Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.386

Theo Sở Văn hóa và Thể thao, tính đến ngày 31/10/2024, toàn tỉnh có 214 võ đường, câu lạc bộ võ cổ truyền đang hoạt động, tăng 12 đơn vị so với cuối năm 2023, thu hút khoảng 15.600 võ sinh tập luyện thường xuyên. Trong đó, thị xã An Nhơn có 46 võ đường, huyện Tây Sơn có 39 võ đường, TP Quy Nhơn có 35 võ đường.

Võ cổ truyền được đưa vào giảng dạy ngoại khóa tại 100% trường tiểu học và trung học cơ sở; năm nay có gần 42.000 học sinh theo học, chiếm 31% tổng số học sinh các trường này. Từ đầu năm đến nay, các võ đường đã tổ chức 27 kỳ thi nâng cấp cho hơn 4.300 võ sinh.

Tháng 8 vừa qua, tỉnh đăng cai Liên hoan Quốc tế Võ cổ truyền Việt Nam lần thứ 10 với sự tham gia của 1.050 vận động viên, huấn luyện viên thuộc 38 đoàn đến từ 25 quốc gia và vùng lãnh thổ, trong đó có 14 đoàn trong nước. Tổng kinh phí tổ chức khoảng 18,5 tỷ đồng, trong đó ngân sách tỉnh 11 tỷ đồng, phần còn lại huy động xã hội hóa. Đoàn Bình Định giành 21 huy chương vàng, 14 huy chương bạc, 17 huy chương đồng, xếp thứ nhất toàn đoàn.

Theo Quyết định số 2145/QĐ-UBND của UBND tỉnh, mục tiêu đến năm 2030 toàn tỉnh có ít nhất 300 võ đường, câu lạc bộ với khoảng 25.000 võ sinh; mỗi huyện, thị xã, thành phố có từ 2 đến 3 võ sư được công nhận danh hiệu Võ sư tiêu biểu.

Tin liên quan:
- Tây Sơn: Khai mạc Hội thi võ thuật cổ truyền năm 2024
- Võ sư Hồ Văn Sừng và võ đường Phi Long ở An Nhơn
"""

ASOF = per("tính đến ngày 31/10/2024", None, "2024-10-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
AUG = per("Tháng 8 vừa qua", "2024-08-01", "2024-08-31")
T30 = per("đến năm 2030", None, "2030-12-31")
VD = "võ đường, câu lạc bộ"

FIGS = [
    fig("hơn 210 võ đường", "210", 210, "count", VD, approx="over",
        subject="võ đường, câu lạc bộ võ cổ truyền"),
    fig("có 214 võ đường", "214", 214, "count", VD, change=chg("increase", 12, "đơn vị", "cuối năm 2023"),
        subject="võ đường, câu lạc bộ võ cổ truyền đang hoạt động", period=ASOF),
    fig("khoảng 15.600 võ sinh", "15.600", 15600, "count", "võ sinh", approx="about",
        subject="võ sinh tập luyện thường xuyên", period=ASOF),
    fig("có 46 võ đường", "46", 46, "count", "võ đường", total=214, subject="võ đường võ cổ truyền",
        period=inh(ASOF), location="An Nhơn"),
    fig("có 39 võ đường", "39", 39, "count", "võ đường", total=214, subject="võ đường võ cổ truyền",
        period=inh(ASOF), location="Tây Sơn"),
    fig("có 35 võ đường", "35", 35, "count", "võ đường", total=214, subject="võ đường võ cổ truyền",
        period=inh(ASOF), location="Quy Nhơn"),
    fig("tại 100% trường", "100", 100, "percent", "%",
        subject="trường tiểu học và trung học cơ sở đưa võ cổ truyền vào giảng dạy ngoại khóa"),
    fig("gần 42.000 học sinh", "42.000", 42000, "count", "học sinh", approx="nearly", percent=31,
        subject="học sinh theo học võ cổ truyền", period=NOW),
    fig("tổ chức 27 kỳ thi", "27", 27, "count", "kỳ thi", subject="kỳ thi nâng cấp các võ đường tổ chức",
        period=YTD),
    fig("hơn 4.300 võ sinh", "4.300", 4300, "count", "võ sinh", approx="over",
        subject="võ sinh dự thi nâng cấp", period=YTD),
    fig("của 1.050 vận động viên", "1.050", 1050, "count", "vận động viên, huấn luyện viên",
        subject="vận động viên, huấn luyện viên tham gia Liên hoan Quốc tế Võ cổ truyền Việt Nam", period=AUG),
    fig("thuộc 38 đoàn", "38", 38, "count", "đoàn", subject="đoàn tham gia liên hoan", period=AUG),
    fig("từ 25 quốc gia", "25", 25, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ có đoàn tham gia liên hoan", period=AUG),
    fig("có 14 đoàn", "14", 14, "count", "đoàn", total=38, subject="đoàn trong nước", period=AUG),
    fig("khoảng 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", approx="about",
        subject="tổng kinh phí tổ chức liên hoan", period=inh(AUG)),
    fig("tỉnh 11 tỷ", "11", 11e9, "money", "đồng", total=18.5e9, subject="kinh phí từ ngân sách tỉnh",
        period=inh(AUG)),
    fig("21 huy chương vàng", "21", 21, "count", "huy chương vàng", subject="huy chương vàng đoàn Bình Định giành",
        period=inh(AUG)),
    fig("14 huy chương bạc", "14", 14, "count", "huy chương bạc", subject="huy chương bạc đoàn Bình Định giành",
        period=inh(AUG)),
    fig("17 huy chương đồng", "17", 17, "count", "huy chương đồng", subject="huy chương đồng đoàn Bình Định giành",
        period=inh(AUG)),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="xếp hạng toàn đoàn của đoàn Bình Định",
        period=inh(AUG)),
    fig("ít nhất 300 võ đường", "300", 300, "count", VD, approx="at_least", status="target",
        subject="võ đường, câu lạc bộ võ cổ truyền", period=T30),
    fig("khoảng 25.000 võ sinh", "25.000", 25000, "count", "võ sinh", approx="about", status="target",
        subject="võ sinh các võ đường, câu lạc bộ", period=T30),
    fig("từ 2 đến 3 võ sư", "2", 2, "count", "võ sư", value_max=3, status="target",
        subject="võ sư được công nhận danh hiệu Võ sư tiêu biểu ở mỗi huyện, thị xã, thành phố", period=T30),
]

NOTES = [
    "Province portal (Bình Định): võ cổ truyền clubs and the international festival; 'Cập nhật: 14/11/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, 'lần thứ 10', 'Quyết định số 2145/QĐ-UBND', 'cuối năm 2023' (baseline), 'năm 2024' in a link.",
    "'tính đến ngày 31/10/2024' is an as-of date (start null); the 'Trong đó' parts after the sentence break inherit it and take total 214;",
    "their places (An Nhơn, Tây Sơn, Quy Nhơn) are their location; subject keeps the whole's qualifier 'võ cổ truyền'.",
    "'Tháng 8 vừa qua' (year-less) takes 2024 from the dateline / the earlier as-of date; later sentences of that paragraph inherit it.",
    "'tăng 12 đơn vị so với cuối năm 2023' is a change in 'đơn vị'. 'xếp thứ nhất' is rank 1 (number word). 'Từ đầu năm đến nay' ends at the dateline.",
    "'mục tiêu đến năm 2030' governs the whole sentence (three targets; 'ít nhất' only the first).",
    "revised after the first run: subject of 'khoảng 25.000 võ sinh' 'võ sinh võ cổ truyền' → 'võ sinh các võ đường, câu lạc bộ'",
    "(the sentence names the students of the 300 võ đường, câu lạc bộ; 'võ cổ truyền' was brought in from the article's topic).",
]

if __name__ == "__main__":
    write("p1258-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Bình Định")
