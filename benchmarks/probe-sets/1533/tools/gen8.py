"""p1533-8: magazine feature: a Phù Lãng potter (Quế Võ, Bắc Ninh) sells hand-made tea sets online."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TẠP CHÍ LÀNG NGHỀ VIỆT
Số 5 (tháng 5/2024) | Chuyên mục: Doanh nhân - Nghệ nhân

Nghệ nhân Phù Lãng đưa bộ ấm trà thủ công lên sàn thương mại điện tử

10/05/2024 | Lê Hà

Sinh năm 1985, anh Nguyễn Đức Hiếu ở xã Phù Lãng (huyện Quế Võ, tỉnh Bắc Ninh) là thế hệ thứ ba trong gia đình theo nghề gốm sành nâu. Năm 2019, anh mở xưởng riêng với hai lò nung củi và 6 thợ.

Hiện xưởng có 4 lò, 18 lao động, mỗi tháng làm ra khoảng 1.200 bộ ấm chén men tro, men da lươn. Mỗi bộ có giá từ 650.000 đồng đến 2,5 triệu đồng tùy dáng ấm và số chén.

Từ năm 2022, anh đưa sản phẩm lên các sàn thương mại điện tử. Năm 2023, doanh thu bán hàng trực tuyến của xưởng đạt 3,2 tỷ đồng, chiếm 64% tổng doanh thu, gấp 2,5 lần năm 2022. Bộ ấm trà dáng quả hồng của xưởng từng xếp thứ 3 trong nhóm sản phẩm gốm bán chạy nhất trên một sàn thương mại điện tử năm 2023.

4 tháng đầu năm nay, xưởng bán được hơn 5.600 bộ, trong đó 70% qua livestream. Theo anh Hiếu, giá đất sét và củi tăng khiến giá thành mỗi bộ tăng khoảng 10-12%.

Làng gốm Phù Lãng hiện có khoảng 60 hộ làm gốm, song chỉ chừng 15 hộ làm ấm chén. Năm 2024, anh Hiếu đặt mục tiêu doanh thu 6 tỷ đồng và mở thêm một cửa hàng giới thiệu sản phẩm, đồng thời nhận dạy nghề miễn phí cho ít nhất 10 thanh niên trong làng.

Tags: gốm Phù Lãng, ấm trà, thương mại điện tử
"""

Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với hai lò", "hai", 2, "count", "lò nung", subject="lò nung củi của xưởng", period=Y19),
    fig("và 6 thợ", "6", 6, "count", "thợ", subject="thợ của xưởng", period=Y19),
    fig("có 4 lò", "4", 4, "count", "lò", subject="lò của xưởng"),
    fig("18 lao động", "18", 18, "count", "lao động", subject="lao động của xưởng"),
    fig("khoảng 1.200 bộ", "1.200", 1200, "measure", "bộ/tháng", approx="about",
        subject="bộ ấm chén men tro, men da lươn xưởng làm ra mỗi tháng"),
    fig("từ 650.000 đồng", "650.000", 650000, "money", "đồng/bộ", value_max=2.5e6, subject="giá mỗi bộ"),
    fig("đạt 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", percent=64,
        change=chg("increase", 2.5, "lần", "năm 2022"),
        subject="doanh thu bán hàng trực tuyến của xưởng", period=Y23),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="bộ ấm trà dáng quả hồng trong nhóm sản phẩm gốm bán chạy nhất", period=Y23b),
    fig("hơn 5.600 bộ", "5.600", 5600, "count", "bộ", approx="over", subject="bộ xưởng bán được", period=M4),
    fig("70% qua", "70", 70, "percent", "%", subject="bộ bán qua livestream", period=M4),
    fig("khoảng 10-12%", "10", 10, "percent", "%", value_max=12, approx="about",
        subject="giá thành mỗi bộ"),
    fig("khoảng 60 hộ", "60", 60, "count", "hộ", approx="about", subject="hộ làm gốm"),
    fig("chừng 15 hộ", "15", 15, "count", "hộ", approx="about", subject="hộ làm ấm chén"),
    fig("doanh thu 6 tỷ", "6", 6e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("thêm một cửa hàng", "một", 1, "count", "cửa hàng", status="target",
        subject="cửa hàng giới thiệu sản phẩm mở thêm", period=Y24),
    fig("ít nhất 10 thanh niên", "10", 10, "count", "thanh niên", approx="at_least", status="target",
        subject="thanh niên được dạy nghề miễn phí", period=Y24),
]

NOTES = [
    "Magazine feature: masthead, issue 'Số 5 (tháng 5/2024)', column name, date and byline '10/05/2024 | Lê Hà', tags.",
    "Distractors: 'Số 5', 'tháng 5/2024' (issue), 'Sinh năm 1985', 'thế hệ thứ ba' (ordinal), 'Từ năm 2022' (no figure).",
    "All figures are of xã Phù Lãng → location Quế Võ (its district). Present-tense workshop figures ('Hiện') get no period; 'Năm 2019' gives 2019 to its two figures only.",
    "'đạt 3,2 tỷ đồng, chiếm 64% tổng doanh thu, gấp 2,5 lần năm 2022' → percent 64 and change 2.5 lần. 'từ 650.000 đồng đến 2,5 triệu đồng' → range.",
    "'4 tháng đầu năm nay' → 2024-01-01..2024-04-30 (published). 'trong đó 70% qua livestream' → percent figure of its own.",
    "'giá thành mỗi bộ tăng khoảng 10-12%' is a growth rate as the claim (range, about). 'song chỉ chừng 15 hộ' has no cue for a total.",
    "'Năm 2024, anh Hiếu đặt mục tiêu ...' governs the three chained objects → target; 'chừng' → about.",
]

if __name__ == "__main__":
    write("p1533-8", TEXT, NOTES, FIGS, published="2024-05-10", location="Quế Võ")
