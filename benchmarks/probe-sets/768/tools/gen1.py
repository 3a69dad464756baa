"""p768-1: province portal (Bắc Giang), nhà văn hóa thôn and sân chơi trẻ em, 6 tháng đầu năm 2024."""
from lib import write, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bắc Giang: 98,6% thôn, tổ dân phố có nhà văn hóa

Cập nhật: 18/07/2024 10:25
Lượt xem: 3.482

Theo Sở Văn hóa, Thể thao và Du lịch, tính đến ngày 30/6/2024, toàn tỉnh có 2.187/2.218 thôn, tổ dân phố có nhà văn hóa, đạt 98,6%; trong đó có 1.964 nhà văn hóa đạt chuẩn theo quy định của Bộ Văn hóa, Thể thao và Du lịch.

6 tháng đầu năm 2024, các địa phương đã khởi công mới 42 nhà văn hóa thôn, hoàn thành đưa vào sử dụng 57 nhà văn hóa, tăng 12 nhà so với cùng kỳ năm 2023. Tổng kinh phí đầu tư khoảng 96,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 28,4 tỷ đồng, ngân sách huyện, xã 31,7 tỷ đồng, phần còn lại do nhân dân đóng góp và xã hội hóa.

Về sân chơi cho trẻ em, hiện toàn tỉnh có 1.326 thôn, tổ dân phố có khu vui chơi cho trẻ em gắn với nhà văn hóa, chiếm 59,8% tổng số thôn, tổ dân phố. Các huyện có tỷ lệ cao là Lạng Giang (86,2%), Hiệp Hòa (79,5%), Yên Dũng (74,1%); thấp nhất là huyện Sơn Động với 21,3%.

Thực hiện Kế hoạch số 153/KH-UBND của UBND tỉnh, Bắc Giang phấn đấu đến năm 2025 có 100% thôn, tổ dân phố có nhà văn hóa đạt chuẩn và ít nhất 70% thôn có sân chơi cho trẻ em. Năm 2024, tỉnh dự kiến bố trí 35 tỷ đồng để hỗ trợ xây mới, cải tạo khoảng 120 nhà văn hóa thôn tại các xã đặc biệt khó khăn.

Cơ quan chủ quản: UBND tỉnh Bắc Giang
Địa chỉ: Số 82 đường Hùng Vương, TP Bắc Giang | Điện thoại: 0204.3854.321
"""

ASOF = per("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", end="2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ thôn, tổ dân phố có khu vui chơi cho trẻ em"

FIGS = [
    fig("Bắc Giang: 98,6%", "98,6", 98.6, "percent", "%", "thôn, tổ dân phố có nhà văn hóa", inh(ASOF)),
    fig("có 2.187/2.218 thôn", "2.187", 2187, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa", ASOF,
        total=2218, percent=98.6),
    fig("có 1.964 nhà văn hóa", "1.964", 1964, "count", "nhà văn hóa", "nhà văn hóa đạt chuẩn", ASOF, total=2187),
    fig("mới 42 nhà văn hóa", "42", 42, "count", "nhà văn hóa thôn", "nhà văn hóa thôn khởi công mới", H1),
    fig("sử dụng 57 nhà văn hóa", "57", 57, "count", "nhà văn hóa", "nhà văn hóa hoàn thành đưa vào sử dụng", H1,
        change=chg("increase", 12, "nhà", "cùng kỳ năm 2023")),
    fig("khoảng 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "tổng kinh phí đầu tư", inh(H1), approx="about"),
    fig("hỗ trợ 28,4 tỷ đồng", "28,4", 28.4e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", inh(H1), total=96.5e9),
    fig("xã 31,7 tỷ đồng", "31,7", 31.7e9, "money", "đồng", "ngân sách huyện, xã", inh(H1), total=96.5e9),
    fig("có 1.326 thôn", "1.326", 1326, "count", "thôn, tổ dân phố",
        "thôn, tổ dân phố có khu vui chơi cho trẻ em gắn với nhà văn hóa", percent=59.8),
    fig("Lạng Giang (86,2%)", "86,2", 86.2, "percent", "%", RATE, location="Lạng Giang"),
    fig("Hiệp Hòa (79,5%)", "79,5", 79.5, "percent", "%", RATE, location="Hiệp Hòa"),
    fig("Yên Dũng (74,1%)", "74,1", 74.1, "percent", "%", RATE, location="Yên Dũng"),
    fig("với 21,3%", "21,3", 21.3, "percent", "%", RATE, location="Sơn Động"),
    fig("có 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có nhà văn hóa đạt chuẩn", T25, status="target"),
    fig("ít nhất 70% thôn", "70", 70, "percent", "%", "thôn có sân chơi cho trẻ em", T25,
        approx="at_least", status="target"),
    fig("bố trí 35 tỷ đồng", "35", 35e9, "money", "đồng", "kinh phí hỗ trợ xây mới, cải tạo nhà văn hóa thôn", Y24,
        status="forecast"),
    fig("khoảng 120 nhà văn hóa", "120", 120, "count", "nhà văn hóa thôn",
        "nhà văn hóa thôn xây mới, cải tạo tại các xã đặc biệt khó khăn", Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang: nhà văn hóa thôn, tổ dân phố và khu vui chơi trẻ em, tính đến 30/6/2024 / 6 tháng đầu năm 2024.",
    "Distractors: Cập nhật dateline, Lượt xem 3.482, Kế hoạch số 153/KH-UBND, Số 82 đường Hùng Vương, phone 0204.3854.321.",
    "1.964 after 'trong đó' is part of the 2.187 houses; 28,4 and 31,7 tỷ are parts of the 96,5 tỷ. 'tăng 12 nhà' is the change of 57.",
    "Headline 98,6% is a figure (inherited as-of period); the body's 'đạt 98,6%' is the percent attribute of 2.187.",
    "1.326 'hiện' has no period. District list items take the district as location; Sơn Động '21,3%' likewise.",
]

if __name__ == "__main__":
    write("p768-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Bắc Giang")
