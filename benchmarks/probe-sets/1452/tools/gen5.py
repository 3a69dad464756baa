"""p1452-5: Party newspaper (Báo Bắc Ninh, BNO): a young woman's soy-wax scented-candle brand in TP Từ Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Ninh điện tử > Kinh tế

Nến thơm từ sáp đậu nành của cô gái 9X ở Từ Sơn

(BNO) - Từ số vốn ban đầu chưa đến 50 triệu đồng, chị Đỗ Thu Trang (phường Đình Bảng, TP Từ Sơn) đã xây dựng thương hiệu nến thơm Mộc An với hơn hai chục mẫu mã, được khách hàng trong và ngoài tỉnh đón nhận.

Năm 2020, sau khi nghỉ việc ở một công ty truyền thông tại Hà Nội, Trang bắt đầu mày mò học làm nến qua các khóa học trực tuyến. Những mẻ nến đầu tiên được đổ ngay trong căn phòng trọ rộng chưa tới 15 m2.

Hiện xưởng của chị có 6 lao động thường xuyên, mỗi ngày sản xuất khoảng 400-500 sản phẩm gồm nến hũ, nến tạc hình hoa sen và nến tealight. Nguyên liệu sáp đậu nành nhập khẩu có giá khoảng 95.000 đồng/kg; tinh dầu được lấy từ các hợp tác xã ở Quảng Trị và Lâm Đồng.

Năm 2023, thương hiệu Mộc An bán ra khoảng 62.000 sản phẩm, doanh thu đạt 3,1 tỷ đồng, trong đó bán hàng qua các sàn thương mại điện tử chiếm 65%. Từ đầu năm đến nay, doanh thu đã đạt 1,4 tỷ đồng, tăng khoảng 30% so với cùng kỳ.

Năm 2024, nến thơm Mộc An được công nhận sản phẩm OCOP 3 sao. Chị Trang cho biết năm nay dự kiến mở thêm 2 cửa hàng giới thiệu sản phẩm và phấn đấu doanh thu cả năm đạt trên 4 tỷ đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 14 cơ sở sản xuất nến thơm thủ công, tập trung chủ yếu tại TP Từ Sơn và TP Bắc Ninh, tạo việc làm cho khoảng 120 lao động.

THU HÀ
18/06/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
NN = per("năm nay", "2024-01-01", "2024-12-31")
CN = per("cả năm", "2024-01-01", "2024-12-31")
TS = "Từ Sơn"

FIGS = [
    fig("chưa đến 50 triệu", "50", 50e6, "money", "đồng", approx="under", subject="số vốn ban đầu",
        location=TS),
    fig("hơn hai chục mẫu mã", "hai chục", 20, "count", "mẫu mã", approx="over",
        subject="mẫu mã nến thơm Mộc An", location=TS),
    fig("chưa tới 15 m2", "15", 15, "measure", "m2", approx="under", subject="diện tích căn phòng trọ",
        period=inh(per("Năm 2020", "2020-01-01", "2020-12-31")), location=TS),
    fig("có 6 lao động", "6", 6, "count", "lao động", subject="lao động thường xuyên của xưởng", location=TS),
    fig("khoảng 400-500", "400", 400, "measure", "sản phẩm/ngày", value_max=500, approx="about",
        subject="sản phẩm xưởng sản xuất mỗi ngày", location=TS),
    fig("khoảng 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", approx="about",
        subject="giá nguyên liệu sáp đậu nành nhập khẩu", location=TS),
    fig("khoảng 62.000 sản phẩm", "62.000", 62000, "count", "sản phẩm", approx="about",
        subject="sản phẩm thương hiệu Mộc An bán ra", period=Y23, location=TS),
    fig("đạt 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", subject="doanh thu thương hiệu Mộc An", period=Y23,
        location=TS),
    fig("chiếm 65%", "65", 65, "percent", "%", subject="bán hàng qua các sàn thương mại điện tử",
        period=Y23, location=TS),
    fig("đạt 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", change=chg("increase", 30, "%", "cùng kỳ", "about"),
        subject="doanh thu", period=YTD, location=TS),
    fig("thêm 2 cửa hàng", "2", 2, "count", "cửa hàng", status="forecast",
        subject="cửa hàng giới thiệu sản phẩm mở thêm", period=NN, location=TS),
    fig("trên 4 tỷ", "4", 4e9, "money", "đồng", approx="over", status="target", subject="doanh thu cả năm",
        period=CN, location=TS),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sản xuất nến thơm thủ công"),
    fig("khoảng 120 lao động", "120", 120, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất nến thơm thủ công tạo việc làm"),
]

NOTES = [
    "Party newspaper (Báo Bắc Ninh, tag '(BNO) -'): a soy-wax candle brand in phường Đình Bảng, TP Từ Sơn.",
    "Byline 'THU HÀ' and a bare date '18/06/2024' at the end give `published`.",
    "Distractors: '9X' (born in the 1990s), 'Năm 2020' (a founding year), 'OCOP 3 sao', 'Năm 2024' of the OCOP award.",
    "Location: the brand's figures are in TP Từ Sơn; the province's 14 craft producers and 120 workers are Bắc Ninh.",
    "'hơn hai chục mẫu mã' → 20, over. 'chưa đến'/'chưa tới' → under. 'khoảng 400-500' → about with a range, unit",
    "'sản phẩm/ngày' ('mỗi ngày'). 'trong đó bán hàng qua các sàn … chiếm 65%' → percent figure of its own.",
    "'tăng khoảng 30% so với cùng kỳ' → change with approx about. 'Từ đầu năm đến nay' ends at the dateline 2024-06-18.",
    "'năm nay dự kiến mở thêm 2 cửa hàng' → forecast; 'và phấn đấu doanh thu cả năm đạt trên 4 tỷ' → target (own cue);",
    "'cả năm' → 2024 from 'năm nay'. The 15 m2 room belongs to 2020 (period in the previous sentence, inherited).",
]

if __name__ == "__main__":
    write("p1452-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Bắc Ninh")
