"""p1566-5: provincial Party newspaper (Báo Bình Thuận, tag (BTO)): Phan Thiết fish cakes before Tết, province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bình Thuận > Kinh tế > Nông nghiệp

Chả cá Phan Thiết vào mùa Tết

Thứ Sáu, 10/01/2025 07:20

Những ngày cuối năm, các cơ sở làm chả cá ở Phan Thiết tất bật tăng ca để kịp giao hàng cho thị trường Tết.

(BTO) - Tại cơ sở chả cá Ngọc Sương ở phường Đức Thắng, TP Phan Thiết, hơn ba chục lao động bắt đầu làm việc từ 3 giờ sáng. Bà Lê Thị Ngọc Sương, chủ cơ sở cho biết, bình thường cơ sở sản xuất khoảng 400 kg chả cá mỗi ngày, dịp Tết nâng lên 800-900 kg/ngày, gấp đôi ngày thường.

Năm nay, cơ sở nhận đặt hàng khoảng 12 tấn chả cá cho dịp Tết, tăng 20% so với Tết năm trước. Giá chả cá thu loại 1 là 300.000 đồng/kg; chả cá mối, cá phèn từ 140.000-160.000 đồng/kg, ổn định so với năm 2024.

“Cá phải tươi, quết đủ độ dai thì chả mới ngon, không cần hàn the”, bà Sương nói.

Theo Phòng Kinh tế TP Phan Thiết, trên địa bàn thành phố hiện có 57 cơ sở, hộ sản xuất chả cá, mỗi năm cung ứng ra thị trường khoảng 1.500 tấn. Năm 2024, chả cá Phan Thiết được công nhận sản phẩm OCOP 4 sao; thành phố dự kiến đến năm 2026 xây dựng nhãn hiệu tập thể với ít nhất 20 cơ sở tham gia.

Toàn tỉnh Bình Thuận hiện có 126 cơ sở sản xuất chả cá. Sản lượng chả cá 11 tháng năm 2024 đạt 3.940 tấn, bằng 91,6% kế hoạch năm; trong đó TP Phan Thiết chiếm 42%, thị xã La Gi chiếm gần 21%.

THANH HƯƠNG
"""

NOW = per("Năm nay", "2025-01-01", "2025-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
PT = "Phan Thiết"

FIGS = [
    fig("hơn ba chục lao động", "ba chục", 30, "count", "lao động", approx="over",
        subject="lao động của cơ sở chả cá Ngọc Sương", location=PT),
    fig("khoảng 400 kg", "400", 400, "measure", "kg/ngày", approx="about",
        subject="chả cá cơ sở sản xuất mỗi ngày bình thường", location=PT),
    fig("lên 800-900", "800", 800, "measure", "kg/ngày", value_max=900,
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="chả cá cơ sở sản xuất dịp Tết", location=PT),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn", approx="about",
        change=chg("increase", 20, "%", "Tết năm trước"),
        subject="chả cá cơ sở nhận đặt hàng cho dịp Tết", period=NOW, location=PT),
    fig("là 300.000", "300.000", 300000, "money", "đồng/kg", subject="giá chả cá thu loại 1", location=PT),
    fig("từ 140.000-160.000", "140.000", 140000, "money", "đồng/kg", value_max=160000,
        subject="giá chả cá mối, cá phèn", location=PT),
    fig("có 57 cơ sở", "57", 57, "count", "cơ sở", subject="cơ sở, hộ sản xuất chả cá", location=PT),
    fig("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn/năm", approx="about",
        subject="chả cá cung ứng ra thị trường mỗi năm", location=PT),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="forecast",
        subject="cơ sở tham gia nhãn hiệu tập thể", period=T26, location=PT),
    fig("có 126 cơ sở", "126", 126, "count", "cơ sở", subject="cơ sở sản xuất chả cá"),
    fig("đạt 3.940 tấn", "3.940", 3940, "measure", "tấn", percent=91.6, subject="sản lượng chả cá", period=M11),
    fig("chiếm 42%", "42", 42, "percent", "%", subject="tỷ trọng trong sản lượng chả cá",
        period=M11, location=PT),
    fig("chiếm gần 21%", "21", 21, "percent", "%", approx="nearly",
        subject="tỷ trọng trong sản lượng chả cá", period=M11, location="La Gi"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Thuận): breadcrumb, 'Thứ Sáu, 10/01/2025 07:20', sapo, tag '(BTO) -', quote,",
    "byline 'THANH HƯƠNG' at the end.",
    "Distractors: 07:20, '3 giờ sáng', 'Tết năm trước', 'năm 2024' (baseline of a stable price), 'OCOP 4 sao', 'loại 1'.",
    "'hơn ba chục lao động' → 30, over (number word 'ba chục'). 'gấp đôi ngày thường' → change increase 2 lần (as 'gấp ba lần",
    "năm 2020' in probe set 1242). 'khoảng 400 kg chả cá mỗi ngày' → kg/ngày.",
    "'Năm nay' → 2025 (published 2025-01-10). The workshop and city figures are in TP Phan Thiết; the last paragraph is",
    "the province (Bình Thuận) with shares of TP Phan Thiết and thị xã La Gi as their own percent figures after 'trong đó'.",
    "'dự kiến đến năm 2026 ... ít nhất 20 cơ sở' → forecast, at_least. 'bằng 91,6% kế hoạch năm' → percent attribute.",
    "Prices are standing prices at the time of writing: no period annotated.",
    "revised after the first run: share subjects lose 'toàn tỉnh' (from the previous sentence, not this one).",
]

if __name__ == "__main__":
    write("p1566-5", TEXT, NOTES, FIGS, published="2025-01-10", location="Bình Thuận")
