"""p701-5: Party newspaper (Báo Hậu Giang) — marriage registration with foreigners, child marriage, 2023."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Xã hội

Kết hôn có yếu tố nước ngoài giảm gần 15%

Năm 2023, Sở Tư pháp tỉnh Hậu Giang đã giải quyết 286 hồ sơ đăng ký kết hôn có yếu tố nước ngoài, giảm 14,4% so với năm 2022. Trong đó, công dân kết hôn với người Trung Quốc (Đài Loan) nhiều nhất với 131 trường hợp, tiếp đến là Hàn Quốc 74 trường hợp, Hoa Kỳ 29 trường hợp, còn lại là các quốc gia khác.

Theo Sở Tư pháp, có đến 92,3% người đăng ký là nữ; độ tuổi bình quân khi kết hôn là 27,4 tuổi, có 18 cặp chênh lệch trên 20 tuổi. Ngành Tư pháp đã phối hợp Hội Liên hiệp Phụ nữ tỉnh tổ chức 12 buổi tư vấn tiền hôn nhân cho khoảng 640 lượt người, chủ yếu tại Phòng 204, Trung tâm Phục vụ hành chính công tỉnh.

Cũng trong năm 2023, toàn tỉnh đăng ký kết hôn trong nước cho 5.418 cặp. Các địa phương có nhiều cặp đăng ký kết hôn là huyện Phụng Hiệp (1.036 cặp), thành phố Vị Thanh (712 cặp) và huyện Long Mỹ (645 cặp).

Tình trạng tảo hôn trên địa bàn đã giảm rõ rệt: năm 2023 ghi nhận 9 trường hợp, giảm 6 trường hợp so với năm 2022; không phát hiện trường hợp kết hôn cận huyết thống. Tỉnh phấn đấu đến năm 2025 giảm 50% số cặp tảo hôn so với năm 2015, thực hiện theo Quyết định số 498/QĐ-TTg.

Bà Trần Thị Mỹ Lệ, Phó Giám đốc Sở Tư pháp cho biết, bình quân mỗi hồ sơ kết hôn có yếu tố nước ngoài được giải quyết trong 10 ngày làm việc, ngắn hơn 5 ngày so với quy định.

Bài, ảnh: MINH HUYỀN

16/01/2024
"""

Y = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("giảm gần 15%", "15", 15, "percent", "%", approx="nearly",
        subject="kết hôn có yếu tố nước ngoài"),
    fig("giải quyết 286 hồ sơ", "286", 286, "count", "hồ sơ",
        change=chg("decrease", 14.4, baseline="năm 2022"),
        subject="hồ sơ đăng ký kết hôn có yếu tố nước ngoài được giải quyết", period=Y),
    fig("với 131 trường hợp", "131", 131, "count", "trường hợp", total=286,
        subject="trường hợp kết hôn với người Trung Quốc (Đài Loan)", period=inh(Y)),
    fig("Hàn Quốc 74 trường hợp", "74", 74, "count", "trường hợp", total=286,
        subject="trường hợp kết hôn với người Hàn Quốc", period=inh(Y)),
    fig("Hoa Kỳ 29 trường hợp", "29", 29, "count", "trường hợp", total=286,
        subject="trường hợp kết hôn với người Hoa Kỳ", period=inh(Y)),
    fig("có đến 92,3%", "92,3", 92.3, "percent", "%",
        subject="người đăng ký kết hôn có yếu tố nước ngoài là nữ", period=inh(Y)),
    fig("là 27,4 tuổi", "27,4", 27.4, "measure", "tuổi",
        subject="độ tuổi bình quân khi kết hôn", period=inh(Y)),
    fig("có 18 cặp", "18", 18, "count", "cặp",
        subject="cặp chênh lệch trên 20 tuổi", period=inh(Y)),
    fig("trên 20 tuổi", "20", 20, "measure", "tuổi", approx="over", optional=True),
    fig("tổ chức 12 buổi", "12", 12, "count", "buổi",
        subject="buổi tư vấn tiền hôn nhân"),
    fig("khoảng 640 lượt người", "640", 640, "count", "lượt người", approx="about",
        subject="lượt người được tư vấn tiền hôn nhân"),
    fig("cho 5.418 cặp", "5.418", 5418, "count", "cặp",
        subject="cặp đăng ký kết hôn trong nước", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("Phụng Hiệp (1.036 cặp)", "1.036", 1036, "count", "cặp",
        subject="cặp đăng ký kết hôn", period=inh(Y), location="Phụng Hiệp"),
    fig("Vị Thanh (712 cặp)", "712", 712, "count", "cặp",
        subject="cặp đăng ký kết hôn", period=inh(Y), location="Vị Thanh"),
    fig("Long Mỹ (645 cặp)", "645", 645, "count", "cặp",
        subject="cặp đăng ký kết hôn", period=inh(Y), location="Long Mỹ"),
    fig("ghi nhận 9 trường hợp", "9", 9, "count", "trường hợp",
        change=chg("decrease", 6, unit="trường hợp", baseline="năm 2022"),
        subject="trường hợp tảo hôn", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("giảm 50%", "50", 50, "percent", "%", status="target",
        subject="mức giảm số cặp tảo hôn so với năm 2015",
        period=per("đến năm 2025", None, "2025-12-31")),
    fig("trong 10 ngày", "10", 10, "measure", "ngày làm việc",
        change=chg("decrease", 5, unit="ngày", baseline="quy định"),
        subject="thời gian giải quyết bình quân mỗi hồ sơ kết hôn có yếu tố nước ngoài"),
]

COMMENTS = [
    "Báo Hậu Giang (Party paper), byline 'Bài, ảnh: MINH HUYỀN' and bare date '16/01/2024' at the end: marriage registration 2023.",
    "Trung Quốc (Đài Loan), Hàn Quốc, Hoa Kỳ are the partners' nationalities, not places of the figure: location stays Hậu Giang,",
    "the nationality goes into the subject; the three are parts after 'Trong đó' of the 286 dossiers (total 286, not adding up: 'còn lại').",
    "Headline 'giảm gần 15%' is a rate that is the claim (percent, no change). 'trên 20 tuổi' is a threshold: optional.",
    "'ngắn hơn 5 ngày so với quy định' is the change of the 10 days (decrease, baseline quy định).",
    "'giảm 50% số cặp tảo hôn so với năm 2015' standing as a target is a percent figure with no change (growth-rate rule).",
    "Distractors: 'Phòng 204', Quyết định số 498/QĐ-TTg, 'năm 2015' baseline, byline, date. Districts in the list go to location.",
]

if __name__ == "__main__":
    emit("p701-5", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Hậu Giang")
