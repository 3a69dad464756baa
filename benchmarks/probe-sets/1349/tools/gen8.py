"""p1349-8: radio/TV site (Đài PT-TH TP Cần Thơ): very low fertility, support for second births."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CANTHOTV
Đài Phát thanh và Truyền hình thành phố Cần Thơ
Thời sự | Xã hội | Kinh tế | Video | Nghe đài trực tuyến

Cần Thơ: Mức sinh thấp thứ ba cả nước

Cập nhật lúc 18:25, Thứ Hai, 23/12/2024

(CTV) - Năm 2024, tổng tỷ suất sinh của TP Cần Thơ ước đạt 1,45 con/phụ nữ, đứng thứ 3 từ dưới lên trong số 63 tỉnh, thành phố. Số trẻ sinh ra ước khoảng 14.800 trẻ, giảm gần 6% so với năm 2023.

Mức sinh thấp nhất ở quận Ninh Kiều, chỉ 1,21 con/phụ nữ; tuổi kết hôn trung bình lần đầu của nữ tại quận là 28,9 tuổi.

Theo bà Huỳnh Thị Kim Loan, Chi cục trưởng Chi cục Dân số thành phố, từ tháng 7/2024, thành phố hỗ trợ 2 triệu đồng cho mỗi phụ nữ sinh con thứ hai trước 35 tuổi; đến nay đã có 1.126 trường hợp được nhận hỗ trợ với tổng kinh phí hơn 2,2 tỷ đồng.

Trong quý IV, ngành dân số tổ chức 24 buổi tư vấn tiền hôn nhân cho khoảng 1.500 đoàn viên, thanh niên tại các trường cao đẳng, đại học trên địa bàn.

Dự kiến năm 2025, Cần Thơ nâng mức hỗ trợ lên 3 triệu đồng/người và phấn đấu đưa tổng tỷ suất sinh lên khoảng 1,6 con/phụ nữ.

Xem thêm:
- Bản tin Thời sự 19 giờ ngày 23/12/2024
- Ninh Kiều: Hội thi “Tuổi trẻ với sức khỏe sinh sản” lần 2

Địa chỉ: 409 đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều
Đường dây nóng: 0292.3832.432
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
NK = "Ninh Kiều"
SINCE = per("đến nay", None, "2024-12-23")

FIGS = [
    fig("thấp thứ ba", "ba", 3, "rank", "hạng", subject="mức sinh thấp"),
    fig("ước đạt 1,45", "1,45", 1.45, "measure", "con/phụ nữ", status="estimate",
        subject="tổng tỷ suất sinh của TP Cần Thơ", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", total=63, status="estimate",
        subject="tổng tỷ suất sinh từ dưới lên", period=Y24),
    fig("khoảng 14.800", "14.800", 14800, "count", "trẻ", approx="about", status="estimate",
        change=chg("decrease", 6, "%", "năm 2023", approx="nearly"),
        subject="số trẻ sinh ra", period=inh(Y24)),
    fig("chỉ 1,21", "1,21", 1.21, "measure", "con/phụ nữ",
        subject="mức sinh", period=inh(Y24), location=NK),
    fig("là 28,9 tuổi", "28,9", 28.9, "measure", "tuổi",
        subject="tuổi kết hôn trung bình lần đầu của nữ", period=inh(Y24), location=NK),
    fig("hỗ trợ 2 triệu", "2", 2e6, "money", "đồng/phụ nữ",
        subject="mức hỗ trợ phụ nữ sinh con thứ hai trước 35 tuổi"),
    fig("trước 35 tuổi", "35", 35, "measure", "tuổi", approx="under", optional=True),
    fig("có 1.126 trường hợp", "1.126", 1126, "count", "trường hợp",
        subject="trường hợp được nhận hỗ trợ", period=SINCE),
    fig("hơn 2,2 tỷ", "2,2", 2.2e9, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ", period=SINCE),
    fig("tổ chức 24 buổi", "24", 24, "count", "buổi",
        subject="buổi tư vấn tiền hôn nhân", period=per("Trong quý IV", "2024-10-01", "2024-12-31")),
    fig("khoảng 1.500 đoàn viên", "1.500", 1500, "count", "đoàn viên, thanh niên", approx="about",
        subject="đoàn viên, thanh niên được tư vấn tiền hôn nhân",
        period=per("Trong quý IV", "2024-10-01", "2024-12-31")),
    fig("lên 3 triệu", "3", 3e6, "money", "đồng/người", status="forecast",
        subject="mức hỗ trợ", period=Y25),
    fig("khoảng 1,6 con", "1,6", 1.6, "measure", "con/phụ nữ", approx="about", status="target",
        subject="tổng tỷ suất sinh", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ, CANTHOTV): menu, 'Cập nhật lúc 18:25, Thứ Hai, 23/12/2024', tag '(CTV) -', 'Xem thêm' links.",
    "Distractors: '18:25', 'Bản tin Thời sự 19 giờ ngày 23/12/2024', 'lần 2', 'con thứ hai' (ordinal), address '409 đường 30 Tháng 4'",
    "(a street named after a date), hotline 0292.3832.432.",
    "Headline 'Mức sinh thấp thứ ba cả nước' is a rank (3) of the city, no period. Body 'đứng thứ 3 từ dưới lên trong số 63 tỉnh,",
    "thành phố' → rank 3 with total 63; it continues the 'ước đạt' clause → estimate.",
    "'ước khoảng 14.800 trẻ, giảm gần 6%' → estimate, about, change decrease 6 with approx nearly.",
    "Ninh Kiều figures are located in the district. '2 triệu đồng cho mỗi phụ nữ' is a rate (đồng/phụ nữ); '35 tuổi' (eligibility) optional.",
    "'từ tháng 7/2024, ...; đến nay đã có 1.126 trường hợp' → the figure's own clause says 'đến nay': as-of the dateline (end 2024-12-23).",
    "revised after the first run: period of 1.126 and 2,2 tỷ was 2024-07-01..2024-12-23 (phrase taken from the previous clause); now as-of.",
    "'Dự kiến năm 2025 ... nâng ... lên 3 triệu' → forecast; the coordinated clause with its own cue 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1349-8", TEXT, NOTES, FIGS, published="2024-12-23", location="Cần Thơ")
