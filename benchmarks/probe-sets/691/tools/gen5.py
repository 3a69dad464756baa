"""p691-5: Báo Bình Định (Party provincial paper) — Tết trains at ga Diêu Trì, January 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """BÁO BÌNH ĐỊNH
Kinh tế - Giao thông

Ga Diêu Trì tăng cường 28 đôi tàu phục vụ Tết Giáp Thìn

Để phục vụ nhu cầu đi lại của người dân dịp Tết Nguyên đán Giáp Thìn 2024, Chi nhánh Khai thác đường sắt Nghĩa Bình phối hợp tổ chức chạy thêm 28 đôi tàu khách qua ga Diêu Trì từ ngày 26/1 đến ngày 4/3/2024, nâng tổng số tàu dừng đón, trả khách tại ga trong dịp cao điểm lên 52 đôi.

Tính đến ngày 20/1/2024, ga Diêu Trì đã bán được 41.560 vé tàu Tết, đạt 78% tổng số chỗ mở bán, tăng 15,3% so với cùng kỳ Tết Quý Mão 2023. Trong đó, vé chiều đi TP. Hồ Chí Minh chiếm 46%, chiều đi Hà Nội và các tỉnh phía Bắc chiếm 31%, còn lại là vé chặng ngắn.

Giá vé tàu Tết năm nay dao động từ 350.000 đến 1,45 triệu đồng/vé tùy mác tàu và loại chỗ; vé mua sớm trước ngày 15/1 được giảm từ 5 đến 10%. Hành khách là học sinh, sinh viên được giảm 10% giá vé; người cao tuổi được giảm 15%.

Theo ông Trần Văn Lộc, Trưởng ga Diêu Trì, ga đã bố trí 46 cán bộ, nhân viên trực Tết và mở 5 cửa bán vé, trong đó có 2 cửa ưu tiên cho người cao tuổi, người khuyết tật. Dự kiến từ ngày 1/2 đến ngày 20/2/2024, lượng khách đi, đến ga đạt khoảng 65.000 lượt, bình quân hơn 3.200 lượt/ngày.

Hành khách có thể mua vé qua tổng đài 1900 0109 hoặc tại ga Diêu Trì (thị trấn Diêu Trì, huyện Tuy Phước).

HOÀNG NAM
23/01/2024
"""

TET = per("từ ngày 26/1 đến ngày 4/3/2024", "2024-01-26", "2024-03-04")
ASOF = per("Tính đến ngày 20/1/2024", None, "2024-01-20")
PEAK = per("từ ngày 1/2 đến ngày 20/2/2024", "2024-02-01", "2024-02-20")
FIGS = [
    fig("tăng cường 28 đôi tàu", "28", 28, "count", "đôi tàu",
        subject="đôi tàu tăng cường phục vụ Tết Giáp Thìn qua ga Diêu Trì", period=inh(TET)),
    fig("thêm 28 đôi tàu khách", "28", 28, "count", "đôi tàu khách",
        subject="đôi tàu khách chạy thêm qua ga Diêu Trì", period=TET),
    fig("lên 52 đôi", "52", 52, "count", "đôi",
        subject="tổng số tàu dừng đón, trả khách tại ga Diêu Trì trong dịp cao điểm", period=TET),
    fig("bán được 41.560 vé", "41.560", 41560, "count", "vé", percent=78,
        change=chg("increase", 15.3, baseline="cùng kỳ Tết Quý Mão 2023"),
        subject="vé tàu Tết ga Diêu Trì đã bán", period=ASOF),
    fig("chiếm 46%", "46", 46, "percent", "%",
        subject="tỷ lệ vé chiều đi TP. Hồ Chí Minh", period=inh(ASOF)),
    fig("chiếm 31%", "31", 31, "percent", "%",
        subject="tỷ lệ vé chiều đi Hà Nội và các tỉnh phía Bắc", period=inh(ASOF)),
    fig("từ 350.000 đến 1,45 triệu", "350.000", 350000, "money", "đồng/vé", value_max=1450000,
        subject="giá vé tàu Tết"),
    fig("giảm từ 5 đến 10%", "5", 5, "percent", "%", value_max=10,
        subject="mức giảm giá vé mua sớm"),
    fig("giảm 10% giá vé", "10", 10, "percent", "%",
        subject="mức giảm giá vé cho học sinh, sinh viên"),
    fig("giảm 15%", "15", 15, "percent", "%",
        subject="mức giảm giá vé cho người cao tuổi"),
    fig("bố trí 46 cán bộ", "46", 46, "count", "cán bộ, nhân viên",
        subject="cán bộ, nhân viên trực Tết ga Diêu Trì"),
    fig("mở 5 cửa bán vé", "5", 5, "count", "cửa bán vé",
        subject="cửa bán vé ga Diêu Trì"),
    fig("có 2 cửa ưu tiên", "2", 2, "count", "cửa", total=5,
        subject="cửa bán vé ưu tiên cho người cao tuổi, người khuyết tật"),
    fig("khoảng 65.000 lượt", "65.000", 65000, "count", "lượt", approx="about", status="forecast",
        subject="lượng khách đi, đến ga", period=PEAK),
    fig("hơn 3.200 lượt/ngày", "3.200", 3200, "measure", "lượt/ngày", approx="over", status="forecast",
        subject="lượng khách đi, đến ga bình quân", period=PEAK),
]

COMMENTS = [
    "Báo Bình Định: ga Diêu Trì (huyện Tuy Phước) chuẩn bị tàu Tết Giáp Thìn 2024; byline and bare date '23/01/2024' at the end (= published).",
    "The paper implies Bình Định for every figure; 'Chi nhánh … Nghĩa Bình' (old province name), TP. Hồ Chí Minh and Hà Nội as ticket destinations are not places of the figures.",
    "Periods: the day ranges 'từ ngày 26/1 đến ngày 4/3/2024' and 'từ ngày 1/2 đến ngày 20/2/2024' are scored with their start and end; 'Tính đến ngày 20/1/2024' is as-of.",
    "'chạy thêm 28 đôi …, nâng tổng số … lên 52 đôi' — two count figures (no tăng/giảm cue, so 28 is not a change of 52).",
    "'41.560 vé, đạt 78% tổng số chỗ mở bán' → percent 78; ticket shares 46% / 31% after 'Trong đó' are percent figures (no total on a percent).",
    "Price range → money, unit 'đồng/vé', value_max 1 450 000. '2 cửa ưu tiên' after 'trong đó' → total 5. 'Dự kiến …' → forecast for both clauses.",
    "Not figures: Tết Giáp Thìn 2024 / Quý Mão 2023 (names of the holiday), 'trước ngày 15/1', hotline 1900 0109, byline date.",
    "revised after first scoring: 'ga Diêu Trì' (from another sentence) dropped from the two forecast subjects.",
]

if __name__ == "__main__":
    emit("p691-5", TEXT, COMMENTS, FIGS, published="2024-01-23", location="Bình Định")
