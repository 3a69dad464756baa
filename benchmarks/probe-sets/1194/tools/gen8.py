"""p1194-8: provincial newspaper online (Báo Gia Lai, (GLO) tag), dried fruit 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Gia Lai: Sản lượng trái cây sấy thăng hoa 6 tháng tăng gấp đôi

Cập nhật lúc 16:20, Thứ Tư, 10/07/2024

(GLO) - 6 tháng đầu năm, các doanh nghiệp trên địa bàn tỉnh đã chế biến 1.860 tấn sản phẩm trái cây sấy, bằng 48,9% kế hoạch năm, tăng 420 tấn so với cùng kỳ năm trước. Trong đó, sản phẩm sấy thăng hoa đạt 415 tấn, gấp đôi cùng kỳ.

Theo Sở Công Thương, toàn tỉnh hiện có 17 cơ sở chế biến trái cây sấy, trong đó 3 nhà máy sấy thăng hoa với tổng công suất khoảng 12 tấn nguyên liệu/ngày. Sản phẩm chủ yếu là mít, sầu riêng, chanh dây và chuối sấy, tiêu thụ trong nước và xuất khẩu sang Hàn Quốc, Đài Loan (Trung Quốc).

Tại huyện Chư Sê, nhà máy của Công ty TNHH Chế biến nông sản Tây Nguyên Xanh bên Quốc lộ 14 mỗi tháng thu mua từ 150 đến 180 tấn mít, sầu riêng tươi của nông dân. Ông Phạm Quốc Việt, Giám đốc công ty, cho biết sầu riêng sấy thăng hoa được bán với giá 1,2-1,5 triệu đồng/kg; lợi nhuận cao hơn khoảng 3 lần so với bán quả tươi. Công ty đang sử dụng 65 lao động, trong đó 40 người là đồng bào dân tộc thiểu số.

Từ đầu năm đến nay, tỉnh đã hỗ trợ 2,6 tỷ đồng cho 5 cơ sở đầu tư thiết bị sấy lạnh, sấy thăng hoa; mỗi cơ sở được hỗ trợ tối đa 50% kinh phí nhưng không quá 700 triệu đồng. Dự kiến 6 tháng cuối năm, sản lượng trái cây sấy toàn tỉnh đạt khoảng 2.000 tấn, nâng tổng sản lượng cả năm lên 3.860 tấn, vượt 1,6% kế hoạch.

MINH CHÂU
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-10")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YR = per("cả năm", "2024-01-01", "2024-12-31")
CS = "Chư Sê"
CO = "Công ty TNHH Chế biến nông sản Tây Nguyên Xanh"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="sản lượng trái cây sấy thăng hoa", period=H6),
    fig("chế biến 1.860 tấn", "1.860", 1860, "measure", "tấn", percent=48.9,
        change=chg("increase", 420, "tấn", "cùng kỳ năm trước"),
        subject="sản phẩm trái cây sấy chế biến", period=H1),
    fig("đạt 415 tấn", "415", 415, "measure", "tấn", total=1860,
        change=chg("increase", 2, "lần", "cùng kỳ"), subject="sản phẩm sấy thăng hoa", period=inh(H1)),
    fig("hiện có 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở chế biến trái cây sấy"),
    fig("3 nhà máy", "3", 3, "count", "nhà máy", total=17, subject="nhà máy sấy thăng hoa"),
    fig("khoảng 12 tấn", "12", 12, "measure", "tấn/ngày", approx="about",
        subject="tổng công suất nhà máy sấy thăng hoa"),
    fig("từ 150 đến 180 tấn", "150", 150, "measure", "tấn", value_max=180,
        subject=f"mít, sầu riêng tươi {CO} thu mua mỗi tháng", location=CS),
    fig("1,2-1,5 triệu đồng/kg", "1,2", 1200000, "money", "đồng/kg", value_max=1500000,
        subject="giá bán sầu riêng sấy thăng hoa", location=CS),
    fig("khoảng 3 lần", "3", 3, "multiple", "lần", approx="about",
        subject="lợi nhuận sầu riêng sấy thăng hoa so với bán quả tươi", location=CS),
    fig("65 lao động", "65", 65, "count", "lao động", subject=f"lao động của {CO}", location=CS),
    fig("40 người", "40", 40, "count", "người", total=65, subject="lao động là đồng bào dân tộc thiểu số",
        location=CS),
    fig("hỗ trợ 2,6 tỷ đồng", "2,6", 2600000000, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ đầu tư thiết bị sấy lạnh, sấy thăng hoa", period=YTD),
    fig("cho 5 cơ sở", "5", 5, "count", "cơ sở",
        subject="cơ sở được hỗ trợ đầu tư thiết bị sấy lạnh, sấy thăng hoa", period=YTD),
    fig("tối đa 50%", "50", 50, "percent", "%", approx="at_most", subject="mức hỗ trợ kinh phí mỗi cơ sở"),
    fig("không quá 700 triệu đồng", "700", 700000000, "money", "đồng", approx="at_most",
        subject="mức hỗ trợ mỗi cơ sở"),
    fig("khoảng 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng trái cây sấy toàn tỉnh", period=H2),
    fig("lên 3.860 tấn", "3.860", 3860, "measure", "tấn", status="forecast",
        change=chg("increase", 1.6, "%", "kế hoạch"), subject="tổng sản lượng trái cây sấy cả năm", period=YR),
]

NOTES = [
    "revised after the first run: unit of '12 tấn nguyên liệu/ngày' 'tấn nguyên liệu/ngày' -> 'tấn/ngày' (shortest unit).",
    "Provincial newspaper online (Báo Gia Lai): 'Cập nhật lúc 16:20, Thứ Tư, 10/07/2024', tag '(GLO) -', byline at the end.",
    "The body says only 'tỉnh'; the headline names Gia Lai and the GLO tag implies it. Company passage placed in huyện Chư Sê.",
    "Headline 'tăng gấp đôi' stands alone as the claim: multiple 2 (đôi). 'gấp đôi cùng kỳ' after 415 tấn is that figure's change (2 lần).",
    "'lợi nhuận cao hơn khoảng 3 lần' has its own subject (profit), no base amount: a multiple figure, not the price's change.",
    "'vượt 1,6% kế hoạch' is a change with baseline 'kế hoạch' (FIGURES.md). Year-less periods take 2024; 'Từ đầu năm đến nay' ends at published.",
    "Distractors: 16:20, 'Quốc lộ 14', '(GLO)'. Support rule 'tối đa 50% … không quá 700 triệu đồng' is a standing rule (no period).",
]

if __name__ == "__main__":
    write("p1194-8", TEXT, NOTES, FIGS, published="2024-07-10", location="Gia Lai")
