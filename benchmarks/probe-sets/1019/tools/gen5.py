"""p1019-5: Party newspaper (Báo Lào Cai): CNY exchange at the border, inspections and fines, Q1/2025."""
from lib import F, P, I, C, T, write

TEXT = """Chấn chỉnh hoạt động thu đổi nhân dân tệ tại khu vực cửa khẩu

Thành phố Lào Cai hiện có 17 đại lý đổi ngoại tệ và 6 ngân hàng thương mại được phép mua, bán nhân dân tệ (CNY), tập trung trên các tuyến phố gần cửa khẩu quốc tế như Thủy Hoa, Nguyễn Huệ. Tuy nhiên, tình trạng thu đổi tiền tự do tại chợ Cốc Lếu, khu vực cầu Kim Thành vẫn diễn ra.

Quý I/2025, doanh số mua, bán CNY qua hệ thống ngân hàng và đại lý trên địa bàn tỉnh đạt gần 1.450 tỷ đồng, tăng 18,6% so với cùng kỳ; trong đó doanh số qua các đại lý chiếm khoảng 23%.

Từ đầu năm đến nay, Công an tỉnh phối hợp với Bộ đội Biên phòng tỉnh và lực lượng Quản lý thị trường kiểm tra 64 lượt cơ sở kinh doanh vàng bạc, đại lý đổi ngoại tệ, phát hiện 11 trường hợp thu đổi CNY trái phép, xử phạt hơn 210 triệu đồng, tịch thu gần 96.000 CNY.

Điển hình, trong tháng 3, Công an phường Cốc Lếu phát hiện bà N.T.H. (sinh năm 1978) đổi 15.000 CNY cho khách du lịch với tỷ giá 3.460 đồng/CNY, cao hơn tỷ giá niêm yết của ngân hàng 45 đồng/CNY. Bà H. bị phạt 20 triệu đồng và bị tịch thu toàn bộ số tiền vi phạm.

Theo Nghị định số 88/2019/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 143/2021/NĐ-CP), hành vi mua, bán ngoại tệ không đúng quy định có giá trị dưới 1.000 USD bị phạt cảnh cáo; từ 1.000 đến dưới 10.000 USD bị phạt tiền từ 10 đến 20 triệu đồng.

Năm 2025, các lực lượng chức năng phấn đấu kiểm tra ít nhất 200 lượt cơ sở, bảo đảm 100% đại lý đổi ngoại tệ niêm yết công khai tỷ giá.

ĐỨC TOÀN
18/4/2025
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-18")
M3 = P("trong tháng 3", "2025-03-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 17 đại lý", "17", 17, "count", "đại lý", "đại lý đổi ngoại tệ"),
    F("6 ngân hàng thương mại", "6", 6, "count", "ngân hàng thương mại", "ngân hàng thương mại được phép mua, bán nhân dân tệ"),
    F("đạt gần 1.450 tỷ đồng", "1.450", 1450e9, "money", "đồng", "doanh số mua, bán CNY qua hệ thống ngân hàng và đại lý", Q1,
      approx="nearly", change=C("increase", 18.6, "%", "cùng kỳ")),
    F("chiếm khoảng 23%", "23", 23, "percent", "%", "doanh số mua, bán CNY qua các đại lý", Q1, approx="about"),
    F("kiểm tra 64 lượt", "64", 64, "count", "lượt cơ sở", "lượt cơ sở kinh doanh vàng bạc, đại lý đổi ngoại tệ được kiểm tra", YTD),
    F("phát hiện 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp thu đổi CNY trái phép", YTD),
    F("hơn 210 triệu đồng", "210", 210e6, "money", "đồng", "tiền xử phạt", YTD, approx="over"),
    F("gần 96.000 CNY", "96.000", 96000, "money", "CNY", "CNY bị tịch thu", YTD, approx="nearly"),
    F("đổi 15.000 CNY", "15.000", 15000, "money", "CNY", "CNY đổi cho khách du lịch", M3),
    F("tỷ giá 3.460 đồng/CNY", "3.460", 3460, "money", "đồng/CNY", "tỷ giá đổi nhân dân tệ", M3,
      change=C("increase", 45, "đồng/CNY", "tỷ giá niêm yết của ngân hàng")),
    F("bị phạt 20 triệu đồng", "20", 20e6, "money", "đồng", "tiền phạt", I(M3)),
    F("dưới 1.000 USD", "1.000", 1000, "money", "USD", "giá trị ngoại tệ mua, bán không đúng quy định", approx="under",
      optional=True),
    F("từ 1.000 đến dưới 10.000 USD", "1.000", 1000, "money", "USD", "giá trị ngoại tệ mua, bán không đúng quy định",
      value_max=10000, optional=True),
    F("từ 10 đến 20 triệu đồng", "10", 10e6, "money", "đồng", "mức phạt tiền", value_max=20e6, optional=True),
    F("ít nhất 200 lượt", "200", 200, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Y25, approx="at_least",
      status="target"),
    F("bảo đảm 100% đại lý", "100", 100, "percent", "%", "đại lý đổi ngoại tệ niêm yết công khai tỷ giá", Y25,
      status="target"),
]

NOTES = [
    "Báo Lào Cai (Party paper): thu đổi nhân dân tệ tại khu vực cửa khẩu; byline ĐỨC TOÀN and bare date 18/4/2025 at the end.",
    "'hiện có' sentence: no period. 'Từ đầu năm đến nay' ends at the published date. 'trong tháng 3' takes 2025.",
    "'cao hơn tỷ giá niêm yết ... 45 đồng/CNY' is the change of the 3.460 đồng/CNY rate. 'khoảng 23%' after 'trong đó' is a share with no base amount: percent figure.",
    "Penalty bands of the decree (dưới 1.000 USD, 1.000-10.000 USD, 10-20 triệu đồng) are rules, not facts: optional.",
    "revised: subjects of 96.000 CNY and 15.000 CNY use the sentence's word CNY (was the paraphrase nhân dân tệ).",
    "Distractors: Nghị định số 88/2019/NĐ-CP, 143/2021/NĐ-CP, 'sinh năm 1978', N.T.H., Quý I/2025, 18/4/2025.",
]

if __name__ == "__main__":
    write("p1019-5", TEXT, FIGS, NOTES, published="2025-04-18", location="Lào Cai")
