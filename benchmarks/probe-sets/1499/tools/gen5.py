"""p1499-5: provincial newspaper (Báo Quảng Trị, QTO): rechargeable lamps sell out before the storm season."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ > Kinh tế

Đèn tích điện, đèn pin “cháy hàng” trước mùa mưa bão

Thứ Hai, 23/09/2024 | 15:10

Những ngày gần đây, nhu cầu mua đèn tích điện, đèn pin sạc của người dân TP Đông Hà và các huyện vùng trũng tăng mạnh, nhiều cửa hàng bán gấp ba lần ngày thường.

(QTO) - Tại cửa hàng Điện máy Thanh Tâm, số 126 Lê Duẩn, TP Đông Hà, mỗi ngày bán khoảng 120 chiếc đèn tích điện các loại, trong khi ngày thường chỉ ba chục chiếc. Giá đèn tích điện dao động từ 150.000 đến 450.000 đồng/chiếc tùy công suất; đèn pin đội đầu có giá 90.000 đồng/chiếc, tăng khoảng 10.000 đồng so với tháng trước.

Chị Lê Thị Hoa ở phường Đông Lương cho biết gia đình vừa mua 2 chiếc đèn tích điện và một đèn pin đội đầu hết 620.000 đồng. “Lũ mấy năm trước nhà tôi phải thắp nến nhiều đêm, nên năm nay phải chuẩn bị sớm”, chị Hoa nói.

Theo Sở Công Thương, toàn tỉnh Quảng Trị hiện có khoảng 180 cửa hàng kinh doanh đồ điện, điện máy. Từ đầu tháng 9 đến nay, lực lượng quản lý thị trường đã kiểm tra 46 cơ sở, phát hiện 7 cơ sở bán đèn sạc không rõ nguồn gốc, tạm giữ hơn 300 sản phẩm. Sở phấn đấu đến cuối tháng 10 kiểm tra ít nhất 120 cơ sở kinh doanh đồ điện, đồng thời khuyến cáo người dân chọn mua sản phẩm có tem hợp quy, không sạc đèn qua đêm.

Trận lũ lịch sử năm 2020 từng khiến gần 80.000 hộ dân trong tỉnh mất điện nhiều ngày, vì vậy việc chuẩn bị nguồn sáng dự phòng là rất cần thiết.

Thanh Hải

Tin cùng chuyên mục:
- Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay
- Hội chợ Thương mại Quảng Trị năm 2024 sẽ diễn ra vào tháng 10
"""

SEPT = per("Từ đầu tháng 9 đến nay", "2024-09-01", "2024-09-23")
OCT = per("đến cuối tháng 10", None, "2024-10-31")
Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
DH = "Đông Hà"

FIGS = [
    fig("gấp ba lần", "ba", 3, "multiple", "lần",
        subject="lượng đèn tích điện, đèn pin sạc nhiều cửa hàng bán so với ngày thường"),
    fig("khoảng 120 chiếc", "120", 120, "measure", "chiếc/ngày", approx="about",
        subject="đèn tích điện cửa hàng Điện máy Thanh Tâm bán mỗi ngày", location=DH),
    fig("ba chục chiếc", "ba chục", 30, "measure", "chiếc/ngày",
        subject="đèn tích điện bán ngày thường", location=DH),
    fig("từ 150.000 đến 450.000", "150.000", 150000, "money", "đồng/chiếc", value_max=450000,
        subject="giá đèn tích điện", location=DH),
    fig("giá 90.000", "90.000", 90000, "money", "đồng/chiếc",
        change=chg("increase", 10000, "đồng", "tháng trước", approx="about"),
        subject="giá đèn pin đội đầu", location=DH),
    fig("mua 2 chiếc", "2", 2, "count", "chiếc", subject="đèn tích điện gia đình chị Hoa mua",
        location=DH),
    fig("một đèn pin", "một", 1, "count", "đèn pin", subject="đèn pin đội đầu gia đình chị Hoa mua",
        location=DH),
    fig("hết 620.000", "620.000", 620000, "money", "đồng", subject="tiền mua đèn của gia đình chị Hoa",
        location=DH),
    fig("khoảng 180 cửa hàng", "180", 180, "count", "cửa hàng", approx="about",
        subject="cửa hàng kinh doanh đồ điện, điện máy"),
    fig("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở",
        subject="cơ sở lực lượng quản lý thị trường kiểm tra", period=SEPT),
    fig("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở",
        subject="cơ sở bán đèn sạc không rõ nguồn gốc", period=SEPT),
    fig("hơn 300 sản phẩm", "300", 300, "count", "sản phẩm", approx="over",
        subject="sản phẩm tạm giữ", period=SEPT),
    fig("ít nhất 120 cơ sở", "120", 120, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kinh doanh đồ điện kiểm tra", period=OCT),
    fig("gần 80.000 hộ", "80.000", 80000, "count", "hộ", approx="nearly",
        subject="hộ dân mất điện trong trận lũ lịch sử", period=Y20),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Trị, tag '(QTO) -'): đèn tích điện sell out before the storm season; dateline 'Thứ Hai, 23/09/2024 | 15:10'; byline 'Thanh Hải'.",
    "Distractors: 15:10, 'số 126 Lê Duẩn', 'phường Đông Lương', '15 giờ chiều nay' and 'năm 2024'/'tháng 10' in links; 'năm nay' in a quote (no figure).",
    "Sapo 'nhiều cửa hàng bán gấp ba lần ngày thường': a multiple standing alone as the claim; location Quảng Trị (city and districts together).",
    "The shop passage in TP Đông Hà (and chị Hoa, phường Đông Lương of Đông Hà): location Đông Hà. 'mỗi ngày ... 120 chiếc' and 'ngày thường ... ba chục chiếc' are rates (measure, chiếc/ngày).",
    "'tăng khoảng 10.000 đồng so với tháng trước' is a change (about) of the 90.000 đồng price. Prices with 'hiện'/no period phrase get no period.",
    "'Từ đầu tháng 9 đến nay' → 2024-09-01 .. published 2024-09-23; 'phát hiện 7 cơ sở' has no part-of cue (no total).",
    "'Sở phấn đấu đến cuối tháng 10 ... ít nhất 120 cơ sở' → target, as-of 2024-10-31. The 2020 flood fact stands last, so no year-less phrase takes 2020.",
]

if __name__ == "__main__":
    write("p1499-5", TEXT, NOTES, FIGS, published="2024-09-23", location="Quảng Trị")
