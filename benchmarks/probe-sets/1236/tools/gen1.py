"""p1236-1: province portal (Nghệ An), provincial school chess tournament and school chess clubs."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Giáo dục

Hơn 600 kỳ thủ nhí tranh tài tại Giải Cờ vua học sinh tỉnh năm 2025
Cập nhật: 17/03/2025 15:40 | Lượt xem: 1.874

Sáng 15/3, tại Nhà thi đấu Trường THPT chuyên Phan Bội Châu (số 48 Lê Hồng Phong, TP Vinh), Sở Giáo dục và Đào tạo Nghệ An khai mạc Giải Cờ vua học sinh tỉnh lần thứ 12.

Giải năm nay thu hút 627 vận động viên của 21 phòng giáo dục và đào tạo và 34 trường THPT, tăng 85 vận động viên so với giải năm 2024. Trong đó, khối tiểu học 298 em, khối THCS 214 em, khối THPT 115 em. Các kỳ thủ thi đấu hai nội dung cờ tiêu chuẩn và cờ nhanh theo hệ Thụy Sĩ 7 ván, ở các lứa tuổi U7, U9, U11, U13, U15 và U18. Ban tổ chức trao 72 bộ huy chương; tổng kinh phí khoảng 180 triệu đồng, trong đó ngân sách tỉnh 120 triệu đồng, còn lại do nhà tài trợ đóng góp.

Theo Sở Giáo dục và Đào tạo, tính đến ngày 28/02/2025, toàn tỉnh có 312 câu lạc bộ cờ vua trong trường học với hơn 9.500 học sinh sinh hoạt thường xuyên. Tỷ lệ trường tiểu học có câu lạc bộ cờ vua đạt 68,4%, tăng 6,2 điểm phần trăm so với cùng kỳ năm học trước. Các địa phương có phong trào mạnh là TP Vinh, thị xã Cửa Lò và huyện Diễn Châu với lần lượt 46, 19 và 27 câu lạc bộ.

Tại Giải Cờ vua học sinh toàn quốc năm 2024, đoàn Nghệ An giành 9 huy chương vàng, 11 huy chương bạc và 14 huy chương đồng, xếp thứ 5 toàn đoàn. Ngành giáo dục phấn đấu đến năm 2026 có ít nhất 80% trường tiểu học duy trì câu lạc bộ cờ vua; dự kiến chọn 24 kỳ thủ vào đội tuyển dự giải toàn quốc tổ chức tại Đà Nẵng vào tháng 5.

Liên hệ: Phòng Giáo dục Thể chất - Quốc phòng, ĐT: 0238.3844.622
"""

Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("tính đến ngày 28/02/2025", None, "2025-02-28")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")
CLB = "câu lạc bộ cờ vua trong trường học"
NAT = "tại Giải Cờ vua học sinh toàn quốc"

FIGS = [
    fig("Hơn 600 kỳ thủ", "600", 600, "count", "kỳ thủ nhí", approx="over",
        subject="kỳ thủ nhí tranh tài tại Giải Cờ vua học sinh tỉnh", period=Y25),
    fig("thu hút 627 vận động viên", "627", 627, "count", "vận động viên",
        change=chg("increase", 85, "vận động viên", "giải năm 2024"),
        subject="vận động viên tham dự giải"),
    fig("của 21 phòng", "21", 21, "count", "phòng giáo dục và đào tạo",
        subject="phòng giáo dục và đào tạo có vận động viên dự giải"),
    fig("và 34 trường THPT", "34", 34, "count", "trường THPT",
        subject="trường THPT có vận động viên dự giải"),
    fig("tiểu học 298 em", "298", 298, "count", "em", total=627,
        subject="vận động viên khối tiểu học"),
    fig("THCS 214 em", "214", 214, "count", "em", total=627, subject="vận động viên khối THCS"),
    fig("THPT 115 em", "115", 115, "count", "em", total=627, subject="vận động viên khối THPT"),
    fig("thi đấu hai nội dung", "hai", 2, "count", "nội dung", optional=True,
        subject="nội dung thi đấu"),
    fig("Thụy Sĩ 7 ván", "7", 7, "count", "ván", subject="ván đấu theo hệ Thụy Sĩ"),
    fig("trao 72 bộ", "72", 72, "count", "bộ huy chương", subject="bộ huy chương ban tổ chức trao"),
    fig("khoảng 180 triệu", "180", 180000000, "money", "đồng", approx="about",
        subject="tổng kinh phí tổ chức giải"),
    fig("tỉnh 120 triệu", "120", 120000000, "money", "đồng", total=180000000,
        subject="kinh phí từ ngân sách tỉnh"),
    fig("có 312 câu lạc bộ", "312", 312, "count", "câu lạc bộ", subject=CLB, period=ASOF),
    fig("hơn 9.500 học sinh", "9.500", 9500, "count", "học sinh", approx="over",
        subject="học sinh sinh hoạt thường xuyên tại câu lạc bộ cờ vua", period=ASOF),
    fig("đạt 68,4%", "68,4", 68.4, "percent", "%",
        change=chg("increase", 6.2, "điểm phần trăm", "cùng kỳ năm học trước"),
        subject="tỷ lệ trường tiểu học có câu lạc bộ cờ vua", period=inh(ASOF)),
    fig("lần lượt 46", "46", 46, "count", "câu lạc bộ", subject=CLB, period=inh(ASOF), location="Vinh"),
    fig("46, 19", "19", 19, "count", "câu lạc bộ", subject=CLB, period=inh(ASOF), location="Cửa Lò"),
    fig("và 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ", subject=CLB, period=inh(ASOF),
        location="Diễn Châu"),
    fig("giành 9 huy chương vàng", "9", 9, "count", "huy chương vàng",
        subject="huy chương vàng đoàn giành " + NAT, period=Y24),
    fig("11 huy chương bạc", "11", 11, "count", "huy chương bạc",
        subject="huy chương bạc đoàn giành " + NAT, period=Y24),
    fig("14 huy chương đồng", "14", 14, "count", "huy chương đồng",
        subject="huy chương đồng đoàn giành " + NAT, period=Y24),
    fig("xếp thứ 5", "5", 5, "rank", "hạng", subject="xếp hạng toàn đoàn " + NAT, period=Y24),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ trường tiểu học duy trì câu lạc bộ cờ vua", period=T26),
    fig("chọn 24 kỳ thủ", "24", 24, "count", "kỳ thủ", status="forecast",
        subject="kỳ thủ chọn vào đội tuyển dự giải toàn quốc"),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 17/03/2025 15:40 | Lượt xem: 1.874' (published).",
    "Distractors: 'Sáng 15/3', 'số 48 Lê Hồng Phong', 'lần thứ 12', age groups U7..U18, 'hai nội dung' is optional (number word naming the two events),",
    "'năm học trước' (baseline), phone 0238.3844.622, view counter, 'tháng 5' (date of the national tournament).",
    "Headline 'năm 2025' names the 2025 tournament: its period. 'Giải năm nay' figures get no period (event edition).",
    "revised after the first run: the subjects of 9 / 11 / 14 medals and of the rank held the period ('năm 2024') and the place",
    "('đoàn Nghệ An'), which have their own fields (period, location); both removed from the subjects.",
    "298/214/115 are parts of 627 (Trong đó, sum 627). 120 triệu is part of 180 triệu (trong đó). District list after 'với lần lượt':",
    "places in location, subject = list indicator, no total (not a 'trong đó' breakdown, does not add up). 'phấn đấu' -> target; '; dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p1236-1", TEXT, NOTES, FIGS, published="2025-03-17", location="Nghệ An")
