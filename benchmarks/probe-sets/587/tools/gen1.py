"""p587-1: Quảng Trị province portal — tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2023-2024."""
from lib import emit, fig, per, inh, ch

TEXT = """Cổng thông tin điện tử tỉnh Quảng Trị
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội

Quảng Trị: Mùa khô 2023-2024 quy tập được 86 hài cốt liệt sĩ
Cập nhật: 18/06/2024 15:42
Lượt xem: 3.146

Ngày 17/6, tại TP. Đông Hà, Ban Chỉ đạo 515 tỉnh tổ chức hội nghị tổng kết công tác tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2023-2024. Theo báo cáo, từ tháng 10/2023 đến hết tháng 5/2024, Đội K52 đã tìm kiếm, quy tập được 86 hài cốt liệt sĩ, tăng 14 hài cốt so với mùa khô trước, đạt 107,5% kế hoạch. Trong đó, 61 hài cốt được quy tập tại các tỉnh Savannakhet và Salavan (Lào), 25 hài cốt quy tập trong nội tỉnh, gồm: Hướng Hóa 11 hài cốt, Đakrông 8 hài cốt, Gio Linh 4 hài cốt và Cam Lộ 2 hài cốt.

Toàn bộ số hài cốt đã được an táng trang trọng tại Nghĩa trang liệt sĩ Quốc gia Đường 9 và Nghĩa trang liệt sĩ Quốc gia Trường Sơn. Thông qua giám định ADN và đối chiếu hồ sơ, đã xác định được danh tính 9 hài cốt, chiếm 10,5% số hài cốt quy tập trong mùa khô.

Tính từ năm 1992 đến nay, lực lượng chuyên trách của tỉnh đã tìm kiếm, quy tập được hơn 9.300 hài cốt liệt sĩ, trong đó hơn 6.800 hài cốt quy tập tại Lào. Hiện toàn tỉnh có 72 nghĩa trang liệt sĩ với gần 52.000 mộ, trong đó khoảng 19.000 mộ chưa xác định được danh tính; số mộ chưa có thông tin của Quảng Trị xếp thứ 2 cả nước.

Mùa khô 2024-2025, tỉnh phấn đấu tìm kiếm, quy tập từ 70 đến 80 hài cốt liệt sĩ; kinh phí dự kiến khoảng 4,2 tỷ đồng, trong đó ngân sách tỉnh bảo đảm 2,5 tỷ đồng. Các tổ chức, cá nhân có thông tin về mộ liệt sĩ xin liên hệ Bộ Chỉ huy Quân sự tỉnh, số 02 Trần Hưng Đạo, TP. Đông Hà, điện thoại 0233.3852.215.

Cơ quan chủ quản: UBND tỉnh Quảng Trị - Địa chỉ: 45 Hùng Vương, TP. Đông Hà
"""

P86 = per("từ tháng 10/2023 đến hết tháng 5/2024", "2023-10-01", "2024-05-31")
P92 = per("Tính từ năm 1992 đến nay", "1992-01-01", "2024-06-18")
SUBJ = "hài cốt liệt sĩ tìm kiếm, quy tập"
FIGS = [
    fig("2023-2024 quy tập được 86", "86", 86, "count", "hài cốt", "hài cốt liệt sĩ quy tập mùa khô 2023-2024", inh(P86)),
    fig("Đội K52 đã tìm kiếm, quy tập được 86", "86", 86, "count", "hài cốt", SUBJ, P86,
        percent=107.5, change=ch("increase", 14, "hài cốt", "mùa khô trước")),
    fig("Trong đó, 61 hài cốt", "61", 61, "count", "hài cốt", "hài cốt liệt sĩ quy tập tại Lào", inh(P86), total=86),
    fig("(Lào), 25 hài cốt", "25", 25, "count", "hài cốt", "hài cốt liệt sĩ quy tập trong nội tỉnh", inh(P86), total=86),
    fig("Hướng Hóa 11 hài cốt", "11", 11, "count", "hài cốt", "hài cốt liệt sĩ quy tập trong nội tỉnh", inh(P86),
        total=25, location="Hướng Hóa"),
    fig("Đakrông 8 hài cốt", "8", 8, "count", "hài cốt", "hài cốt liệt sĩ quy tập trong nội tỉnh", inh(P86),
        total=25, location="Đakrông"),
    fig("Gio Linh 4 hài cốt", "4", 4, "count", "hài cốt", "hài cốt liệt sĩ quy tập trong nội tỉnh", inh(P86),
        total=25, location="Gio Linh"),
    fig("Cam Lộ 2 hài cốt", "2", 2, "count", "hài cốt", "hài cốt liệt sĩ quy tập trong nội tỉnh", inh(P86),
        total=25, location="Cam Lộ"),
    fig("danh tính 9 hài cốt", "9", 9, "count", "hài cốt", "hài cốt liệt sĩ xác định được danh tính", percent=10.5),
    fig("hơn 9.300 hài cốt", "9.300", 9300, "count", "hài cốt", SUBJ, P92, approx="over"),
    fig("hơn 6.800 hài cốt", "6.800", 6800, "count", "hài cốt", "hài cốt liệt sĩ quy tập tại Lào", P92,
        approx="over", total=9300),
    fig("có 72 nghĩa trang", "72", 72, "count", "nghĩa trang", "nghĩa trang liệt sĩ"),
    fig("gần 52.000 mộ", "52.000", 52000, "count", "mộ", "mộ trong các nghĩa trang liệt sĩ", approx="nearly"),
    fig("khoảng 19.000 mộ", "19.000", 19000, "count", "mộ", "mộ chưa xác định được danh tính",
        approx="about", total=52000),
    fig("xếp thứ 2 cả nước", "2", 2, "rank", "hạng", "số mộ liệt sĩ chưa có thông tin"),
    fig("từ 70 đến 80 hài cốt", "70", 70, "count", "hài cốt", SUBJ + " mùa khô 2024-2025",
        value_max=80, status="target"),
    fig("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "kinh phí tìm kiếm, quy tập mùa khô 2024-2025",
        approx="about", status="forecast"),
    fig("bảo đảm 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí tìm kiếm, quy tập do ngân sách tỉnh bảo đảm",
        total=4.2e9, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Trị: tổng kết tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2023-2024 (Đội K52, Ban Chỉ đạo 515).",
    "Province portal: breadcrumb, 'Cập nhật: 18/06/2024 15:42', 'Lượt xem: 3.146' (counter, not a figure).",
    "Not figures: Ban Chỉ đạo 515, Đội K52, Nghĩa trang ... Đường 9, 'mùa khô 2023-2024/2024-2025' (season names), dates, năm 1992,",
    "address '02 Trần Hưng Đạo', '45 Hùng Vương', phone 0233.3852.215.",
    "Parts: 61 + 25 = 86 (Trong đó after a sentence break); the four districts after 'gồm:' add up to 25 (their whole).",
    "Hài cốt quy tập tại Lào stay Quảng Trị figures (the province's team; a foreign place is not the figure's location).",
    "'mùa khô' periods are not calendar periods: the season's target and budget carry no period.",
]

if __name__ == "__main__":
    emit("p587-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Quảng Trị")
