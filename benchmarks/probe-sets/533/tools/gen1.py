"""p533-1: Hưng Yên province portal — births, sex ratio at birth, third child, screening, 6 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 16/07/2024 08:45
Lượt xem: 3.128

Tỷ số giới tính khi sinh 6 tháng đầu năm ở mức 115,2 bé trai/100 bé gái

Theo Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Hưng Yên, 6 tháng đầu năm 2024 toàn tỉnh có 9.846 trẻ được sinh ra, giảm 412 trẻ so với cùng kỳ năm 2023; trong đó có 5.271 bé trai và 4.575 bé gái. Tỷ số giới tính khi sinh là 115,2 bé trai/100 bé gái, giảm 1,6 điểm so với cùng kỳ nhưng vẫn cao hơn mức bình quân cả nước (112 bé trai/100 bé gái).

Số trẻ là con thứ 3 trở lên là 1.523 trẻ, chiếm 15,5% tổng số trẻ sinh ra, tăng 0,8% so với cùng kỳ. Các huyện có tỷ lệ sinh con thứ 3 trở lên cao là Phù Cừ (19,4%), Tiên Lữ (18,7%) và Khoái Châu (17,9%).

Công tác sàng lọc được đẩy mạnh: 7.918 bà mẹ mang thai được sàng lọc trước sinh, đạt 80,4%; 8.652 trẻ sơ sinh được sàng lọc, đạt 87,9% số trẻ sinh ra. Toàn tỉnh có 3.260 người mới sử dụng biện pháp tránh thai hiện đại, đạt 52,6% kế hoạch năm.

Thực hiện Quyết định số 588/QĐ-TTg của Thủ tướng Chính phủ, tỉnh phấn đấu đến năm 2025 tỷ số giới tính khi sinh giảm xuống dưới 113 bé trai/100 bé gái, tỷ lệ bà mẹ mang thai được sàng lọc trước sinh đạt 90%.

Chi cục Dân số - KHHGĐ tỉnh Hưng Yên
Địa chỉ: Số 437 đường Nguyễn Văn Linh, TP. Hưng Yên
Điện thoại: 0221.3862.345
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SRB = "bé trai/100 bé gái"
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ở mức 115,2", "115,2", 115.2, "measure", SRB, "tỷ số giới tính khi sinh",
        per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("có 9.846 trẻ", "9.846", 9846, "count", "trẻ", "trẻ được sinh ra", H1,
        change=chg("decrease", 412, "trẻ", "cùng kỳ năm 2023")),
    fig("có 5.271 bé trai", "5.271", 5271, "count", "bé trai", "trẻ sinh ra là bé trai", H1, total=9846),
    fig("và 4.575 bé gái", "4.575", 4575, "count", "bé gái", "trẻ sinh ra là bé gái", H1, total=9846),
    fig("sinh là 115,2", "115,2", 115.2, "measure", SRB, "tỷ số giới tính khi sinh", inh(H1),
        change=chg("decrease", 1.6, "điểm", "cùng kỳ")),
    fig("(112 bé trai", "112", 112, "measure", SRB, "tỷ số giới tính khi sinh bình quân cả nước",
        location="Việt Nam"),
    fig("là 1.523 trẻ", "1.523", 1523, "count", "trẻ", "trẻ là con thứ 3 trở lên", inh(H1),
        percent=15.5, change=chg("increase", 0.8, "%", "cùng kỳ")),
    fig("Phù Cừ (19,4%)", "19,4", 19.4, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", inh(H1), location="Phù Cừ"),
    fig("Tiên Lữ (18,7%)", "18,7", 18.7, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", inh(H1), location="Tiên Lữ"),
    fig("Khoái Châu (17,9%)", "17,9", 17.9, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", inh(H1),
        location="Khoái Châu"),
    fig("7.918 bà mẹ", "7.918", 7918, "count", "bà mẹ mang thai", "bà mẹ mang thai được sàng lọc trước sinh",
        inh(H1), percent=80.4),
    fig("8.652 trẻ sơ sinh", "8.652", 8652, "count", "trẻ sơ sinh", "trẻ sơ sinh được sàng lọc", inh(H1),
        percent=87.9),
    fig("có 3.260 người", "3.260", 3260, "count", "người", "người mới sử dụng biện pháp tránh thai hiện đại",
        inh(H1), percent=52.6),
    fig("dưới 113 bé trai", "113", 113, "measure", SRB, "tỷ số giới tính khi sinh", T25,
        approx="under", status="target"),
    fig("đạt 90%", "90", 90, "percent", "%", "tỷ lệ bà mẹ mang thai được sàng lọc trước sinh", T25,
        status="target"),
]

COMMENTS = [
    "Cổng TTĐT Hưng Yên: tỷ số giới tính khi sinh, trẻ sinh ra, con thứ 3 trở lên, sàng lọc — 6 tháng đầu năm 2024 (invented probe).",
    "Distractors: 'Lượt xem: 3.128', 'con thứ 3' (ordinal, twice), 'Quyết định số 588/QĐ-TTg', 'Số 437', phone, the '100 bé gái' denominators.",
    "Headline '6 tháng đầu năm' takes 2024 from the Cập nhật line. Sex ratio at birth is a measure in 'bé trai/100 bé gái'.",
    "'(112 bé trai/100 bé gái)' after 'cao hơn mức bình quân cả nước' is the national value (a figure, Việt Nam), not a change amount.",
    "'tăng 0,8% so với cùng kỳ' after '1.523 trẻ, chiếm 15,5%' is the change of 1.523 (spec: change attaches to the figure).",
]

if __name__ == "__main__":
    emit("p533-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Hưng Yên")
