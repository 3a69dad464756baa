"""p1445-4: provincial Party newspaper (Báo Thái Nguyên): rural post offices as e-commerce pickup points."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Thái Nguyên điện tử
Kinh tế > Thương mại - Dịch vụ
Thứ Ba, 17/09/2024 | 07:15

Điểm giao nhận hàng nông thôn: hơn 620 nghìn đơn hàng sau 8 tháng

Nhiều điểm bưu điện văn hóa xã ở Thái Nguyên đã trở thành nơi gom và phát hàng cho người dân, giúp hàng hóa từ thành phố về đến thôn, xóm nhanh hơn.

(TNO) - Theo Bưu điện tỉnh, hiện toàn tỉnh có 138 điểm bưu điện văn hóa xã, trong đó 96 điểm đã được nâng cấp thành điểm giao nhận hàng thương mại điện tử. 8 tháng đầu năm 2024, các điểm này tiếp nhận và phát hơn 620 nghìn đơn hàng, gấp 1,7 lần cùng kỳ năm trước.

Tại huyện Võ Nhai, địa bàn vùng cao có địa hình chia cắt, thời gian đưa hàng từ trung tâm tỉnh về các xóm đã giảm từ 3 ngày xuống còn 1 ngày. Chị Hoàng Thị Lan, nhân viên điểm bưu điện văn hóa xã La Hiên cho biết, mỗi ngày điểm nhận khoảng 70-80 đơn hàng, dịp cao điểm lên tới trên 200 đơn. Cước phát tại điểm là 12.000 đồng/đơn, rẻ hơn 5.000 đồng so với giao tận nhà.

Năm 2023, Thái Nguyên xếp thứ 5 cả nước về tỷ lệ xã có điểm giao nhận hàng thương mại điện tử, với 65,2%. Mục tiêu đến năm 2025, 100% xã, phường, thị trấn có ít nhất một điểm giao nhận hàng; sản lượng bưu gửi phát tại khu vực nông thôn tăng bình quân 15-20%/năm.

Để hỗ trợ các điểm, tỉnh đã bố trí 3,5 tỷ đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 để trang bị 96 bộ máy tính, cân điện tử và kệ hàng.

PHƯƠNG LINH
"""

M8h = per("8 tháng", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VN = "Võ Nhai"

FIGS = [
    fig("hơn 620 nghìn đơn hàng sau", "620", 620e3, "count", "đơn hàng", approx="over",
        subject="đơn hàng qua điểm giao nhận hàng nông thôn", period=M8h),
    fig("có 138 điểm", "138", 138, "count", "điểm", subject="điểm bưu điện văn hóa xã"),
    fig("trong đó 96 điểm", "96", 96, "count", "điểm", total=138,
        subject="điểm bưu điện văn hóa xã được nâng cấp thành điểm giao nhận hàng thương mại điện tử"),
    fig("phát hơn 620 nghìn", "620", 620e3, "count", "đơn hàng", approx="over",
        change=chg("increase", 1.7, "lần", "cùng kỳ năm trước"),
        subject="đơn hàng các điểm giao nhận hàng thương mại điện tử tiếp nhận và phát", period=M8),
    fig("từ 3 ngày", "3", 3, "measure", "ngày", subject="thời gian đưa hàng về các xóm trước đây",
        location=VN, optional=True),
    fig("còn 1 ngày", "1", 1, "measure", "ngày",
        subject="thời gian đưa hàng từ trung tâm tỉnh về các xóm", location=VN),
    fig("khoảng 70-80 đơn", "70", 70, "measure", "đơn hàng/ngày", value_max=80, approx="about",
        subject="đơn hàng điểm bưu điện văn hóa xã La Hiên nhận mỗi ngày", location=VN),
    fig("trên 200 đơn", "200", 200, "measure", "đơn/ngày", approx="over",
        subject="đơn hàng điểm nhận mỗi ngày dịp cao điểm", location=VN),
    fig("là 12.000 đồng/đơn", "12.000", 12000, "money", "đồng/đơn",
        change=chg("decrease", 5000, "đồng", "giao tận nhà"), subject="cước phát tại điểm", location=VN),
    fig("xếp thứ 5", "5", 5, "rank", "hạng", subject="tỷ lệ xã có điểm giao nhận hàng thương mại điện tử",
        period=Y23),
    fig("với 65,2%", "65,2", 65.2, "percent", "%",
        subject="tỷ lệ xã có điểm giao nhận hàng thương mại điện tử", period=Y23),
    fig("100% xã", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ xã, phường, thị trấn có điểm giao nhận hàng", period=T25),
    fig("ít nhất một điểm", "một", 1, "count", "điểm", approx="at_least", status="target",
        subject="điểm giao nhận hàng mỗi xã", period=T25, optional=True),
    fig("bình quân 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="tốc độ tăng sản lượng bưu gửi phát tại khu vực nông thôn", period=T25),
    fig("bố trí 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", subject="kinh phí tỉnh bố trí hỗ trợ các điểm"),
    fig("trang bị 96 bộ", "96", 96, "count", "bộ máy tính", subject="bộ máy tính trang bị cho các điểm"),
]

NOTES = [
    "Provincial Party newspaper (Báo Thái Nguyên): section, 'Thứ Ba, 17/09/2024 | 07:15' (published), headline figure, sapo, tag '(TNO) -', byline.",
    "Distractors: 07:15, '(TNO)', 'xã La Hiên', 'giai đoạn 2021-2025' (part of the programme's name: no period for 3,5 tỷ), 'cùng kỳ năm trước' (baseline).",
    "Headline '8 tháng' takes the year of the dateline. 'gấp 1,7 lần cùng kỳ năm trước' is the change of 620 nghìn (unit lần).",
    "'giảm từ 3 ngày xuống còn 1 ngày': the new value is the figure; the old value is optional (as in a 'từ ... lên ...' pair). No change amount is stated.",
    "The Võ Nhai paragraph (the La Hiên point) gets location Võ Nhai. 'mỗi ngày ... 70-80 đơn hàng, ... trên 200 đơn' are daily rates (measure).",
    "'rẻ hơn 5.000 đồng so với giao tận nhà' → change decrease 5.000 đồng. 'xếp thứ 5 cả nước ..., với 65,2%' → a rank and a percent figure of the province.",
    "'ít nhất một điểm' defines the indicator of the 100% target (optional). 'Mục tiêu đến năm 2025' governs both clauses.",
]

if __name__ == "__main__":
    write("p1445-4", TEXT, NOTES, FIGS, published="2024-09-17", location="Thái Nguyên")
