from lib import write, fig, per, inh, chg

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Thanh Hóa: Gần 15% mẫu nước uống đóng chai, nước đá không đạt chuẩn

Cập nhật: 18/07/2024 08:45
Lượt xem: 1.284

Theo Chi cục An toàn vệ sinh thực phẩm tỉnh, 6 tháng đầu năm 2024, các đoàn kiểm tra đã kiểm tra 146 cơ sở sản xuất nước uống đóng chai, đóng bình và nước đá dùng liền trên địa bàn tỉnh Thanh Hóa, trong đó có 98 cơ sở sản xuất nước uống đóng chai, đóng bình và 48 cơ sở sản xuất nước đá dùng liền.

Qua kiểm tra, có 121 cơ sở đạt yêu cầu, chiếm 82,9%; 25 cơ sở vi phạm, chủ yếu là không bảo đảm điều kiện vệ sinh nhà xưởng, chưa kiểm nghiệm định kỳ sản phẩm theo QCVN 6-1:2010/BYT. Đoàn kiểm tra đã xử phạt vi phạm hành chính 19 cơ sở với tổng số tiền 286,5 triệu đồng, tăng 12,4% so với cùng kỳ năm 2023; đình chỉ hoạt động 3 cơ sở.

Các đoàn đã lấy 212 mẫu nước thành phẩm gửi xét nghiệm, kết quả có 31/212 mẫu không đạt (tỷ lệ 14,6%), chủ yếu nhiễm Coliforms và Pseudomonas aeruginosa. Số mẫu không đạt tập trung tại TP. Thanh Hóa (9 mẫu), TP. Sầm Sơn (6 mẫu), huyện Quảng Xương (4 mẫu).

Đáng chú ý, tỷ lệ mẫu nước đá dùng liền không đạt là 18,2%, cao hơn nhiều so với nước uống đóng chai (12,8%).

Toàn tỉnh hiện có khoảng 310 cơ sở sản xuất nước uống đóng chai, đóng bình, nước đá; đến 30/6/2024 đã có 247 cơ sở được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm, đạt 79,7%. Phấn đấu đến năm 2025, 100% cơ sở được cấp giấy chứng nhận.

Người dân phát hiện cơ sở vi phạm có thể phản ánh qua đường dây nóng 0237.3852.115 hoặc tại trụ sở Chi cục, số 101 Nguyễn Trãi, phường Ba Đình, TP. Thanh Hóa.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    fig("Gần 15% mẫu", "15", 15, "percent", "%", approx="nearly",
        subject="mẫu nước uống đóng chai, nước đá không đạt chuẩn", period=inh(H1)),
    fig("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở",
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình và nước đá dùng liền được kiểm tra", period=H1),
    fig("có 98 cơ sở", "98", 98, "count", "cơ sở", total=146,
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình được kiểm tra", period=H1),
    fig("và 48 cơ sở", "48", 48, "count", "cơ sở", total=146,
        subject="cơ sở sản xuất nước đá dùng liền được kiểm tra", period=H1),
    fig("có 121 cơ sở", "121", 121, "count", "cơ sở", percent=82.9,
        subject="cơ sở đạt yêu cầu", period=inh(H1)),
    fig("; 25 cơ sở vi phạm", "25", 25, "count", "cơ sở",
        subject="cơ sở vi phạm", period=inh(H1)),
    fig("hành chính 19 cơ sở", "19", 19, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(H1)),
    fig("tiền 286,5 triệu đồng", "286,5", 286_500_000, "money", "đồng",
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(H1)),
    fig("đình chỉ hoạt động 3 cơ sở", "3", 3, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động", period=inh(H1)),
    fig("lấy 212 mẫu", "212", 212, "count", "mẫu",
        subject="mẫu nước thành phẩm gửi xét nghiệm", period=inh(H1)),
    fig("có 31/212 mẫu", "31", 31, "count", "mẫu", total=212, percent=14.6,
        subject="mẫu không đạt", period=inh(H1)),
    fig("(9 mẫu)", "9", 9, "count", "mẫu", subject="mẫu không đạt", period=inh(H1), location="Thanh Hóa"),
    fig("(6 mẫu)", "6", 6, "count", "mẫu", subject="mẫu không đạt", period=inh(H1), location="Sầm Sơn"),
    fig("(4 mẫu)", "4", 4, "count", "mẫu", subject="mẫu không đạt", period=inh(H1), location="Quảng Xương"),
    fig("không đạt là 18,2%", "18,2", 18.2, "percent", "%",
        subject="tỷ lệ mẫu nước đá dùng liền không đạt", period=inh(H1)),
    fig("(12,8%)", "12,8", 12.8, "percent", "%",
        subject="tỷ lệ mẫu nước uống đóng chai không đạt", period=inh(H1)),
    fig("khoảng 310 cơ sở", "310", 310, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất nước uống đóng chai, đóng bình, nước đá"),
    fig("có 247 cơ sở", "247", 247, "count", "cơ sở", percent=79.7,
        subject="cơ sở được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm",
        period=per("đến 30/6/2024", end="2024-06-30")),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở được cấp giấy chứng nhận",
        period=per("đến năm 2025", end="2025-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: kiểm tra cơ sở sản xuất nước uống đóng chai, đóng bình, nước đá dùng liền 6 tháng đầu năm 2024.",
    "Breadcrumb, 'Cập nhật: 18/07/2024 08:45' (published), 'Lượt xem: 1.284' (furniture). QCVN 6-1:2010/BYT, the hotline and the address are not figures.",
    "98 + 48 follow 'trong đó' after 146: total 146. 31/212 gives total 212; '(tỷ lệ 14,6%)' is its share. The bracketed district items do not add up to 31 and",
    "follow no part-of cue: no total; TP. Thanh Hóa / Sầm Sơn / Quảng Xương are their locations. '(12,8%)' after 'cao hơn nhiều so với' is the level of",
    "the other product, its own percent figure (not a change). '121 cơ sở ... chiếm 82,9%' has no part-of cue: no total. 247 after ';' likewise.",
    "Headline and the sentences after the lead inherit '6 tháng đầu năm 2024' (unscored). 'hiện có' gives no period.",
]

write("p727-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Thanh Hóa")
