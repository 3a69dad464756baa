"""p1285-4: Party provincial newspaper (Báo Nam Định, tag (NĐO)): moon-cake bakeries in phường Vị Xuyên, TP Nam Định, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Trang chủ › Kinh tế › Làng nghề

Bánh trung thu phố Vị Xuyên tất bật vào vụ

21/09/2023 09:12

(NĐO) - Những ngày giáp Tết Trung thu, các cơ sở làm bánh ở phường Vị Xuyên, TP Nam Định đỏ lửa suốt ngày đêm. Năm nay sức mua tăng, nhiều cơ sở phải làm thêm ca để kịp giao hàng.

Theo UBND phường Vị Xuyên, trên địa bàn hiện có 14 cơ sở sản xuất bánh nướng, bánh dẻo, thu hút gần 200 lao động thời vụ. Mùa bánh năm 2023, các cơ sở ước sản xuất khoảng 320.000 chiếc, tăng 10% so với năm 2022; doanh thu ước đạt 18 tỷ đồng.

Cơ sở bánh Hương Thành của bà Trần Thị Minh Hương ở số 76 phố Hàng Tiện là một trong những cơ sở lâu năm nhất. Mỗi ngày cơ sở ra lò từ 3.000 đến 3.500 chiếc bánh, gấp đôi ngày thường. Bánh nướng thập cẩm gà quay có giá 65.000 đồng/chiếc, tăng khoảng 5.000 đồng so với năm ngoái; bánh chay giá 35.000-40.000 đồng/chiếc. "Năm nay nguyên liệu như lạp xưởng, hạt dưa tăng giá 8-12% nên chúng tôi phải điều chỉnh giá bán", bà Hương cho biết. Cơ sở đã nhận đơn đặt hàng hơn 60.000 chiếc, trong đó đơn từ các tỉnh phía Bắc chiếm trên 40%.

Để bảo đảm an toàn thực phẩm, từ ngày 1/9 đến nay, Đoàn kiểm tra liên ngành TP Nam Định đã kiểm tra 36 cơ sở, phát hiện 5 cơ sở vi phạm, xử phạt 17,5 triệu đồng.

THANH TÙNG

Tags: Bánh trung thu, Làng nghề, TP Nam Định
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NAY = per("Năm nay", "2023-01-01", "2023-12-31")
SINCE = per("từ ngày 1/9 đến nay", "2023-09-01", "2023-09-21")

FIGS = [
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở",
        subject="cơ sở sản xuất bánh nướng, bánh dẻo trên địa bàn phường Vị Xuyên"),
    fig("gần 200 lao động", "200", 200, "count", "lao động", approx="nearly", subject="lao động thời vụ"),
    fig("khoảng 320.000 chiếc", "320.000", 320000, "count", "chiếc", approx="about", status="estimate",
        change=chg("increase", 10, "%", "năm 2022"), subject="bánh các cơ sở sản xuất", period=Y23),
    fig("ước đạt 18 tỷ", "18", 18e9, "money", "đồng", status="estimate",
        subject="doanh thu của các cơ sở", period=Y23),
    fig("từ 3.000 đến 3.500", "3.000", 3000, "measure", "chiếc/ngày", value_max=3500,
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="bánh cơ sở bánh Hương Thành ra lò mỗi ngày"),
    fig("giá 65.000 đồng", "65.000", 65000, "money", "đồng/chiếc",
        change=chg("increase", 5000, "đồng", "năm ngoái", approx="about"),
        subject="giá bánh nướng thập cẩm gà quay"),
    fig("35.000-40.000", "35.000", 35000, "money", "đồng/chiếc", value_max=40000, subject="giá bánh chay"),
    fig("8-12%", "8", 8, "percent", "%", value_max=12,
        subject="giá nguyên liệu như lạp xưởng, hạt dưa tăng", period=NAY),
    fig("hơn 60.000 chiếc", "60.000", 60000, "count", "chiếc", approx="over",
        subject="đơn đặt hàng cơ sở đã nhận"),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", subject="đơn từ các tỉnh phía Bắc"),
    fig("kiểm tra 36 cơ sở", "36", 36, "count", "cơ sở", subject="cơ sở được kiểm tra", period=SINCE),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=SINCE),
    fig("phạt 17,5 triệu", "17,5", 17.5e6, "money", "đồng", subject="tiền xử phạt", period=SINCE),
]

NOTES = [
    "Party provincial newspaper (Báo Nam Định): breadcrumb, bare '21/09/2023 09:12' under the headline (published),",
    "tag '(NĐO) -', sapo, byline at the end, tags. Phường Vị Xuyên is in TP Nam Định: location Nam Định throughout.",
    "Distractors: 09:12, 'số 76 phố Hàng Tiện', 'ngày 1/9' (period start only).",
    "'ước sản xuất khoảng 320.000 chiếc, tăng 10% so với năm 2022; doanh thu ước đạt 18 tỷ' → estimate (the 'ước' cue",
    "of each clause); 'khoảng' → about.",
    "'Mỗi ngày ... từ 3.000 đến 3.500 chiếc bánh, gấp đôi ngày thường' → rate chiếc/ngày, range; 'gấp đôi' is a change",
    "×2 against 'ngày thường' (attached to the figure, not a multiple of its own). Daily output and prices: no period.",
    "'tăng khoảng 5.000 đồng so với năm ngoái' → change in đồng. 'tăng giá 8-12%' (a quote) is a growth rate as the claim",
    "(percent range, no change); 'Năm nay' in the same sentence → 2023 (dateline year).",
    "'trong đó đơn từ các tỉnh phía Bắc chiếm trên 40%': a part given only as a share → percent figure, over.",
    "'từ ngày 1/9 đến nay' → 2023-09-01 .. dateline 2023-09-21.",
]

if __name__ == "__main__":
    write("p1285-4", TEXT, NOTES, FIGS, published="2023-09-21", location="Nam Định")
