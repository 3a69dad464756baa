"""p1247-8: radio/TV site (Đài PT-TH Cà Mau): natural clam seed at Đất Mũi (Ngọc Hiển), province clam and blood cockle."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH CÀ MAU
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Nghêu giống xuất hiện dày đặc ở bãi bồi Đất Mũi

Thứ sáu, 12/04/2024 - 16:05
Video: 02:35

(CTV) - Từ đầu tháng 3 đến nay, nghêu giống tự nhiên xuất hiện trên khoảng 1.200 ha bãi bồi ven biển xã Đất Mũi, huyện Ngọc Hiển, mật độ nơi dày nhất lên đến 3.000 con/m2.

Theo Tổ hợp tác nghêu Xóm Mũi, bà con đã khai thác, di dời hơn 850 tấn nghêu giống ra các bãi nuôi, bán với giá 12.000-15.000 đồng/kg, thu về trên 11 tỷ đồng. Tổ hợp tác có 112 thành viên, thường xuyên huy động từ 250 đến 300 lao động, thu nhập 400.000-500.000 đồng/người/ngày.

Ông Lâm Văn Thống, Phó Chủ tịch UBND huyện Ngọc Hiển cho biết, năm 2023 toàn huyện thu hoạch 6.300 tấn nghêu thương phẩm, giá trị ước 190 tỷ đồng. Huyện đã giao 3 hợp tác xã và 5 tổ hợp tác quản lý gần 2.000 ha bãi nghêu.

Theo Sở Nông nghiệp và PTNT, năm 2023 sản lượng nghêu toàn tỉnh đạt 21.000 tấn, xếp thứ hai cả nước sau Bến Tre; sản lượng sò huyết khoảng 3.400 tấn. Quý II năm nay, tỉnh dự kiến thả nuôi thêm 500 ha sò huyết với khoảng 60 triệu con giống; phấn đấu cả năm sản lượng nghêu đạt 23.000 tấn.

Hồng Nhung - Minh Khang
Bình luận (0)
Tin cùng chuyên mục:
- Cà Mau: Ra quân bảo vệ bãi nghêu giống trong mùa khô
"""

M3 = per("Từ đầu tháng 3 đến nay", "2024-03-01", "2024-04-12")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q2 = per("Quý II năm nay", "2024-04-01", "2024-06-30")
YR = per("cả năm", "2024-01-01", "2024-12-31")
NH = "Ngọc Hiển"

FIGS = [
    fig("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", approx="about",
        subject="diện tích bãi bồi có nghêu giống tự nhiên xuất hiện", period=M3, location=NH),
    fig("lên đến 3.000 con/m2", "3.000", 3000, "measure", "con/m2",
        subject="mật độ nghêu giống nơi dày nhất", period=M3, location=NH),
    fig("hơn 850 tấn", "850", 850, "measure", "tấn", approx="over",
        subject="nghêu giống khai thác, di dời ra các bãi nuôi", period=inh(M3), location=NH),
    fig("giá 12.000-15.000", "12.000", 12000, "money", "đồng/kg", value_max=15000,
        subject="giá bán nghêu giống", period=inh(M3), location=NH),
    fig("trên 11 tỷ", "11", 11e9, "money", "đồng", approx="over",
        subject="tiền bán nghêu giống thu về", period=inh(M3), location=NH),
    fig("có 112 thành viên", "112", 112, "count", "thành viên", subject="thành viên tổ hợp tác", location=NH),
    fig("từ 250 đến 300", "250", 250, "count", "lao động", value_max=300,
        subject="lao động tổ hợp tác thường xuyên huy động", location=NH),
    fig("thu nhập 400.000-500.000", "400.000", 400000, "money", "đồng/người/ngày", value_max=500000,
        subject="thu nhập của lao động", location=NH),
    fig("hoạch 6.300 tấn", "6.300", 6300, "measure", "tấn", subject="nghêu thương phẩm toàn huyện thu hoạch",
        period=Y23, location=NH),
    fig("ước 190 tỷ", "190", 190e9, "money", "đồng", status="estimate", subject="giá trị nghêu thương phẩm",
        period=Y23, location=NH),
    fig("giao 3 hợp tác xã", "3", 3, "count", "hợp tác xã", subject="hợp tác xã được giao quản lý bãi nghêu",
        location=NH),
    fig("và 5 tổ hợp tác", "5", 5, "count", "tổ hợp tác", subject="tổ hợp tác được giao quản lý bãi nghêu",
        location=NH),
    fig("gần 2.000 ha", "2.000", 2000, "measure", "ha", approx="nearly", subject="bãi nghêu giao quản lý",
        location=NH),
    fig("đạt 21.000 tấn", "21.000", 21000, "measure", "tấn", subject="sản lượng nghêu toàn tỉnh", period=Y23),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng nghêu toàn tỉnh", period=Y23),
    fig("khoảng 3.400 tấn", "3.400", 3400, "measure", "tấn", approx="about", subject="sản lượng sò huyết",
        period=Y23),
    fig("thêm 500 ha", "500", 500, "measure", "ha", status="forecast", subject="diện tích sò huyết thả nuôi thêm",
        period=Q2),
    fig("khoảng 60 triệu", "60", 60e6, "count", "con giống", approx="about", status="forecast",
        subject="con giống sò huyết thả nuôi", period=Q2),
    fig("đạt 23.000 tấn", "23.000", 23000, "measure", "tấn", status="target", subject="sản lượng nghêu",
        period=YR),
]

NOTES = [
    "Radio/TV site (CTV, Đài PT-TH Cà Mau): menu, 'Thứ sáu, 12/04/2024 - 16:05' (published), 'Video: 02:35', tag '(CTV) -', bylines,",
    "'Bình luận (0)', related link. Distractors: 16:05, 02:35, 'Bình luận (0)', 'Xóm Mũi', 'xã Đất Mũi'.",
    "Đất Mũi passage and the district official: location Ngọc Hiển; province figures (Sở) Cà Mau.",
    "'Từ đầu tháng 3 đến nay' = 2024-03-01..2024-04-12 (dateline) for its sentence; the Tổ hợp tác figures inherit it (not scored).",
    "'lên đến 3.000 con/m2' is the peak density stated as a value: exact (not a bound on a quantity).",
    "'giá trị ước 190 tỷ' → estimate; 'xếp thứ hai cả nước sau Bến Tre' → rank 2 of the province (location Cà Mau).",
    "'Quý II năm nay, tỉnh dự kiến …' → forecast, 2024-04..06; '; phấn đấu cả năm …' has its own cue → target, 2024.",
]

if __name__ == "__main__":
    write("p1247-8", TEXT, NOTES, FIGS, published="2024-04-12", location="Cà Mau")
