"""p1186-5: Party newspaper (Báo Nghệ An): huyện Yên Thành, tanks since 2021, a farmer's field, 2024 targets, byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Yên Thành: Bể chứa bao gói thuốc BVTV giúp đồng ruộng sạch hơn

Những năm trước, sau mỗi đợt phun thuốc, vỏ chai, bao bì thuốc bảo vệ thực vật vứt ngổn ngang trên bờ ruộng, kênh mương ở huyện Yên Thành. Từ năm 2021 đến nay, huyện đã hỗ trợ xây dựng 1.260 bể chứa bao gói tại 38/39 xã, thị trấn, với tổng kinh phí hơn 2,2 tỷ đồng.

Năm 2023, lượng bao gói thuốc BVTV thu gom trên địa bàn huyện đạt 21,7 tấn, gấp 3 lần năm 2020. Hiện bình quân một bể phục vụ khoảng 12 ha lúa, lạc; các xã vùng giữa như Công Thành, Bảo Thành có mật độ dày hơn, từ 8 đến 10 ha/bể. Do giá vật liệu tăng, chi phí xây một bể hiện đã gấp đôi so với năm 2021.

Gia đình ông Nguyễn Văn Hòe ở xóm Tân Thịnh, xã Công Thành cấy 1,6 ha lúa. Mỗi vụ, ông dùng khoảng 40 chai, gói thuốc BVTV, tất cả đều được bỏ vào bể đặt cách ruộng chưa đến 200 m. "Trước đây vỏ chai trôi đầy mương, giờ thì sạch rồi", ông Hòe nói.

Năm 2024, huyện phấn đấu xây thêm 150 bể, nâng tỷ lệ bao gói được thu gom lên trên 85%. Trong 6 tháng đầu năm, các xã đã thu gom 11,3 tấn bao gói, đạt 52% kế hoạch năm. Đồng chí Phó Chủ tịch UBND huyện cho biết, huyện sẽ đưa tiêu chí thu gom bao gói vào bình xét thôn, xóm văn hóa và xây dựng xã nông thôn mới nâng cao.

THÀNH CHUNG
17/07/2024
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-07-17")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
HOE = "gia đình ông Nguyễn Văn Hòe"

FIGS = [
    F("xây dựng 1.260 bể", "1.260", 1260, "count", "bể", subject="bể chứa bao gói được huyện hỗ trợ xây dựng", period=SINCE),
    F("38/39 xã", "38", 38, "count", "xã", total=39, subject="xã, thị trấn có bể chứa bao gói được hỗ trợ xây dựng",
      period=SINCE),
    F("hơn 2,2 tỷ", "2,2", 2200000000, "money", "đồng", approx="over",
      subject="tổng kinh phí hỗ trợ xây dựng bể chứa", period=SINCE),
    F("đạt 21,7 tấn", "21,7", 21.7, "measure", "tấn", change=C("increase", 3, "lần", "năm 2020"),
      subject="lượng bao gói thuốc BVTV thu gom", period=Y23),
    F("khoảng 12 ha", "12", 12, "measure", "ha/bể", approx="about", subject="diện tích lúa, lạc bình quân một bể phục vụ"),
    F("từ 8 đến 10 ha", "8", 8, "measure", "ha/bể", value_max=10,
      subject="mật độ bể chứa ở các xã vùng giữa"),
    F("gấp đôi", "đôi", 2, "multiple", "lần", subject="chi phí xây một bể so với năm 2021"),
    F("cấy 1,6 ha", "1,6", 1.6, "measure", "ha", subject=f"diện tích lúa của {HOE}"),
    F("khoảng 40 chai", "40", 40, "count", "chai, gói", approx="about",
      subject=f"chai, gói thuốc BVTV {HOE} dùng mỗi vụ"),
    F("chưa đến 200 m", "200", 200, "measure", "m", approx="under", subject="khoảng cách từ bể đến ruộng"),
    F("thêm 150 bể", "150", 150, "count", "bể", status="target", subject="bể chứa xây thêm", period=Y24),
    F("trên 85%", "85", 85, "percent", "%", approx="over", status="target",
      subject="tỷ lệ bao gói được thu gom", period=Y24),
    F("thu gom 11,3 tấn", "11,3", 11.3, "measure", "tấn", percent=52, subject="bao gói thu gom", period=H1),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): byline 'THÀNH CHUNG' and bare date '17/07/2024' at the end (published). Location huyện Yên Thành",
    "(the district named in the headline and the lead; the province is never named). 'Từ năm 2021 đến nay' ends at the published date.",
    "'gấp 3 lần năm 2020' after 21,7 tấn is its change (increase, 3 lần); 'chi phí … hiện đã gấp đôi so với năm 2021' stands as the claim:",
    "a multiple (đôi = 2). Densities keep the denominator: 'ha/bể'. The farmer's passage carries no period.",
    "'6 tháng đầu năm' takes 2024 from 'Năm 2024' in the sentence before. 'đạt 52% kế hoạch năm' is the share of the 11,3 tấn.",
    "Distractors: 'xóm Tân Thịnh', 'một bể' inside the rate, 'mỗi đợt', byline date, baselines 'năm 2020'/'năm 2021', 'Phó Chủ tịch'.",
]

if __name__ == "__main__":
    write("p1186-5", TEXT, NOTES, FIGS, published="2024-07-17", location="Yên Thành")
