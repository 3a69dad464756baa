"""p1236-7: department site (Sở GD&ĐT Thái Bình), no dateline, one-cell-per-line medal table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Đội tuyển cờ vua học sinh Thái Bình gặt hái thành công

Năm 2024, đội tuyển cờ vua học sinh tỉnh gồm 32 vận động viên tham dự Giải Cờ vua học sinh toàn quốc, giành tổng cộng 36 huy chương, nhiều hơn 8 huy chương so với năm 2023, xếp thứ 4 toàn đoàn.

Kết quả huy chương theo nội dung thi đấu:
Đơn vị tính: huy chương
Nội dung
Vàng
Bạc
Đồng
Cờ tiêu chuẩn
3
4
6
Cờ nhanh
5
2
7
Cờ chớp
2
3
4
Tổng số
10
9
17

Hiện toàn tỉnh có 198 câu lạc bộ cờ vua trong trường học, trong đó 126 câu lạc bộ ở cấp tiểu học. Đáng chú ý, huyện Vũ Thư có 100% trường tiểu học và THCS duy trì câu lạc bộ cờ vua; huyện Kiến Xương và huyện Quỳnh Phụ đạt lần lượt 87,5% và 81,2%.

Sở hỗ trợ 5 triệu đồng/câu lạc bộ/năm để mua dụng cụ; huấn luyện viên đội tuyển được bồi dưỡng 200.000 đồng/buổi. Năm 2025, Sở đặt mục tiêu đưa số câu lạc bộ lên 230 và có ít nhất 3 học sinh đạt danh hiệu Kiện tướng quốc gia.

Tin liên quan:
- Khai mạc Hội khỏe Phù Đổng tỉnh Thái Bình lần thứ X
- Tập huấn trọng tài cờ vua năm 2024

SỞ GIÁO DỤC VÀ ĐÀO TẠO THÁI BÌNH
Địa chỉ: số 9 đường Lý Bôn, TP Thái Bình
Điện thoại: 0227.3831.712
Lượt truy cập: 2.046.518 | Đang trực tuyến: 37
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
NAT = "tại Giải Cờ vua học sinh toàn quốc"
PCT = "tỷ lệ trường tiểu học và THCS duy trì câu lạc bộ cờ vua"


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", "huy chương",
               subject=f"huy chương {col} {row}", period=inh(Y24))


FIGS = [
    fig("gồm 32 vận động viên", "32", 32, "count", "vận động viên",
        subject="vận động viên đội tuyển cờ vua học sinh tỉnh " + NAT, period=Y24),
    fig("tổng cộng 36 huy chương", "36", 36, "count", "huy chương",
        change=chg("increase", 8, "huy chương", "năm 2023"),
        subject="huy chương đội tuyển cờ vua học sinh tỉnh giành " + NAT, period=Y24),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="xếp hạng toàn đoàn " + NAT, period=Y24),
    cell("chuẩn\n3", "3", 3, "cờ tiêu chuẩn", "vàng"),
    cell("chuẩn\n3\n4", "4", 4, "cờ tiêu chuẩn", "bạc"),
    cell("chuẩn\n3\n4\n6", "6", 6, "cờ tiêu chuẩn", "đồng"),
    cell("Cờ nhanh\n5", "5", 5, "cờ nhanh", "vàng"),
    cell("nhanh\n5\n2", "2", 2, "cờ nhanh", "bạc"),
    cell("nhanh\n5\n2\n7", "7", 7, "cờ nhanh", "đồng"),
    cell("Cờ chớp\n2", "2", 2, "cờ chớp", "vàng"),
    cell("chớp\n2\n3", "3", 3, "cờ chớp", "bạc"),
    cell("chớp\n2\n3\n4", "4", 4, "cờ chớp", "đồng"),
    cell("Tổng số\n10", "10", 10, "tổng số", "vàng"),
    cell("10\n9", "9", 9, "tổng số", "bạc"),
    cell("10\n9\n17", "17", 17, "tổng số", "đồng"),
    fig("có 198 câu lạc bộ", "198", 198, "count", "câu lạc bộ", subject="câu lạc bộ cờ vua trong trường học"),
    fig("trong đó 126", "126", 126, "count", "câu lạc bộ", total=198,
        subject="câu lạc bộ cờ vua trong trường học ở cấp tiểu học"),
    fig("có 100%", "100", 100, "percent", "%", subject=PCT, location="Vũ Thư"),
    fig("lần lượt 87,5%", "87,5", 87.5, "percent", "%", subject=PCT, location="Kiến Xương"),
    fig("và 81,2%", "81,2", 81.2, "percent", "%", subject=PCT, location="Quỳnh Phụ"),
    fig("hỗ trợ 5 triệu", "5", 5000000, "money", "đồng/câu lạc bộ/năm", subject="kinh phí Sở hỗ trợ câu lạc bộ mua dụng cụ"),
    fig("200.000 đồng", "200.000", 200000, "money", "đồng/buổi", subject="bồi dưỡng huấn luyện viên đội tuyển"),
    fig("lên 230", "230", 230, "count", "câu lạc bộ", status="target", subject="số câu lạc bộ cờ vua", period=Y25),
    fig("ít nhất 3 học sinh", "3", 3, "count", "học sinh", approx="at_least", status="target",
        subject="học sinh đạt danh hiệu Kiện tướng quốc gia", period=Y25),
]

NOTES = [
    "Department site (Sở GD&ĐT Thái Bình) with no dateline: no published. Menu, related links, footer address, phone, counters.",
    "One-cell-per-line table 'Đơn vị tính: huy chương', rows = events (Cờ tiêu chuẩn / nhanh / chớp / Tổng số), columns Vàng/Bạc/Đồng.",
    "Cell subject = 'huy chương' + column + row; period 'Năm 2024' from the first paragraph (inherited: the caption has none). No totals on cells.",
    "36 = 10+9+17 with change 'nhiều hơn 8 huy chương so với năm 2023'. 126 is part of 198 (trong đó). District percents: places in location.",
    "Distractors: 'lần thứ X', 'Tập huấn trọng tài cờ vua năm 2024' (link), 'số 9 đường Lý Bôn', phone 0227.3831.712,",
    "'Lượt truy cập: 2.046.518', 'Đang trực tuyến: 37'. 'đặt mục tiêu' -> target for both clauses joined by 'và'.",
]

if __name__ == "__main__":
    write("p1236-7", TEXT, NOTES, FIGS, published=None, location="Thái Bình")
