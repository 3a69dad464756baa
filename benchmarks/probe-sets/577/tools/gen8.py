"""p577-8: Báo Bình Định (provincial paper, '(BĐ) -' tag) — hospital pharmacy revenue and drug procurement, 9 months 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh tế - Xã hội › Y tế

Doanh thu nhà thuốc bệnh viện 9 tháng đạt 86,4 tỷ đồng

Thứ Năm, 12/10/2023 | 15:30

(BĐ) - 9 tháng năm 2023, Nhà thuốc Bệnh viện Đa khoa tỉnh Bình Định ước đạt doanh thu 86,4 tỷ đồng, bằng 78,5% kế hoạch năm, tăng 9,2% so với cùng kỳ năm 2022. Riêng quý III, doanh thu đạt 31,2 tỷ đồng.

Nhà thuốc hiện cung ứng khoảng 1.350 mặt hàng thuốc, vật tư y tế, phục vụ bình quân 1,2 nghìn lượt người bệnh/ngày. Giá bán thuốc tại nhà thuốc thấp hơn từ 5 đến 10% so với giá bán lẻ bên ngoài.

Về đấu thầu, năm 2023 bệnh viện đã tổ chức đấu thầu 785 danh mục thuốc, giá trị trúng thầu 412 tỷ đồng. Đến hết tháng 9/2023, giá trị thuốc đã sử dụng là 268,5 tỷ đồng, bằng 65,2% giá trị trúng thầu; trong đó thuốc do quỹ bảo hiểm y tế chi trả chiếm 231,7 tỷ đồng.

Trong 9 tháng, Hội đồng Thuốc và điều trị đã ghi nhận, báo cáo 146 ca phản ứng có hại của thuốc (ADR), gấp hai lần cùng kỳ. Bệnh viện cũng kê đơn điện tử cho toàn bộ người bệnh ngoại trú; riêng tháng 9 đã kê khoảng 36 nghìn đơn thuốc.

Trong quý IV, bệnh viện dự kiến mua bổ sung 42 danh mục thuốc điều trị ung thư, thuốc hiếm với giá trị khoảng 18 tỷ đồng. Cả năm 2023, nhà thuốc phấn đấu đạt doanh thu 110 tỷ đồng.

Nhà thuốc đặt tại tầng 1, khu nhà B, số 106 Nguyễn Huệ, TP Quy Nhơn; đường dây nóng 0256.3822.211 hoạt động 24/7.

HỒNG PHÚC
"""

M9h = per("9 tháng", "2023-01-01", "2023-09-30")
M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = per("quý III", "2023-07-01", "2023-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
END9 = per("Đến hết tháng 9/2023", None, "2023-09-30")
M9t = per("Trong 9 tháng", "2023-01-01", "2023-09-30")
Q4 = per("quý IV", "2023-10-01", "2023-12-31")
CY = per("Cả năm 2023", "2023-01-01", "2023-12-31")
B = 1_000_000_000

FIGS = [
    fig("9 tháng đạt 86,4", "86,4", 86.4 * B, "money", "đồng", "doanh thu nhà thuốc bệnh viện", M9h),
    fig("doanh thu 86,4", "86,4", 86.4 * B, "money", "đồng", "doanh thu Nhà thuốc Bệnh viện Đa khoa tỉnh", M9,
        percent=78.5, change=chg("increase", 9.2, baseline="cùng kỳ năm 2022"), status="estimate"),
    fig("đạt 31,2 tỷ", "31,2", 31.2 * B, "money", "đồng", "doanh thu quý III", Q3),
    fig("khoảng 1.350", "1.350", 1350, "count", "mặt hàng", "mặt hàng thuốc, vật tư y tế nhà thuốc cung ứng",
        approx="about"),
    fig("1,2 nghìn", "1,2", 1200, "measure", "lượt người bệnh/ngày", "lượt người bệnh nhà thuốc phục vụ bình quân"),
    fig("từ 5 đến 10%", "5", 5, "percent", "%", "giá bán thuốc tại nhà thuốc thấp hơn giá bán lẻ bên ngoài",
        value_max=10),
    fig("thầu 785 danh mục", "785", 785, "count", "danh mục thuốc", "danh mục thuốc bệnh viện tổ chức đấu thầu", Y23),
    fig("thầu 412 tỷ", "412", 412 * B, "money", "đồng", "giá trị trúng thầu", Y23),
    fig("là 268,5 tỷ", "268,5", 268.5 * B, "money", "đồng", "giá trị thuốc đã sử dụng", END9, percent=65.2),
    fig("chiếm 231,7 tỷ", "231,7", 231.7 * B, "money", "đồng", "thuốc do quỹ bảo hiểm y tế chi trả", END9,
        total=268.5 * B),
    fig("báo cáo 146 ca", "146", 146, "count", "ca", "ca phản ứng có hại của thuốc (ADR) được ghi nhận, báo cáo", M9t,
        change=chg("increase", 2, "lần", "cùng kỳ")),
    fig("khoảng 36 nghìn", "36", 36000, "count", "đơn thuốc", "đơn thuốc điện tử đã kê",
        per("tháng 9", "2023-09-01", "2023-09-30"), approx="about"),
    fig("bổ sung 42 danh mục", "42", 42, "count", "danh mục thuốc", "danh mục thuốc điều trị ung thư, thuốc hiếm mua bổ sung",
        Q4, status="forecast"),
    fig("khoảng 18 tỷ", "18", 18 * B, "money", "đồng", "giá trị mua bổ sung thuốc điều trị ung thư, thuốc hiếm", Q4,
        approx="about", status="forecast"),
    fig("doanh thu 110 tỷ", "110", 110 * B, "money", "đồng", "doanh thu nhà thuốc", CY, status="target"),
]

NOTES = [
    "Báo Bình Định (provincial paper): '(BĐ) -' tag, dateline 'Thứ Năm, 12/10/2023 | 15:30', byline at the end.",
    "Headline '9 tháng' takes the year of 'published' (no earlier date in the article). Headline has no estimate cue: actual;",
    "the lead's 'ước đạt ... 86,4 tỷ đồng' is estimate and carries 'bằng 78,5% kế hoạch năm' (share) and its change.",
    "'Riêng quý III, doanh thu đạt 31,2 tỷ' is a new sentence with its own verb: actual. 'trong đó ... chiếm 231,7 tỷ' -> total 268,5 tỷ.",
    "'gấp hai lần cùng kỳ' after 146 ca is its change (increase, 2 lần), not a multiple figure. '1,2 nghìn lượt người bệnh/ngày' is a rate: measure.",
    "Distractors: 'tầng 1', 'khu nhà B', 'số 106 Nguyễn Huệ', phone 0256.3822.211, '24/7', '15:30', 'Hội đồng Thuốc và điều trị'.",
    "'riêng tháng 9' takes 2023 from the earlier periods. ",
    "'Trong quý IV, bệnh viện dự kiến ...' forecast; 'Cả năm 2023, nhà thuốc phấn đấu ...' target. 'toàn bộ người bệnh' has no number.",
]

if __name__ == "__main__":
    emit("p577-8", TEXT, NOTES, FIGS, published="2023-10-12", location="Bình Định")
