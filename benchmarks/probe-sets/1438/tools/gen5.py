"""p1438-5: provincial newspaper (Báo Khánh Hòa): an appraisal firm in Nha Trang, certificates, fees."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KHÁNH HÒA
Kinh tế > Doanh nghiệp

Thứ Tư, 12/06/2024 - 07:15

Doanh nghiệp thẩm định giá vượt khó

Thị trường bất động sản trầm lắng khiến nhiều doanh nghiệp thẩm định giá gặp khó. Tuy vậy, một số đơn vị tại Nha Trang vẫn giữ được doanh thu nhờ mở rộng dịch vụ.

(BKH) - Thành lập năm 2012 với hai thẩm định viên, đến nay Công ty TNHH Thẩm định giá Hải Đăng (trụ sở tại số 86 Trần Phú, TP Nha Trang) đã có 14 thẩm định viên về giá và 37 nhân viên. Năm 2023, công ty phát hành 4.260 chứng thư thẩm định giá, doanh thu đạt 18,5 tỷ đồng, tăng 11% so với năm 2022, đứng thứ hai toàn tỉnh về số chứng thư.

Từ đầu năm đến nay, công ty đã phát hành 1.930 chứng thư, trong đó khoảng 62% là hồ sơ định giá bất động sản phục vụ vay vốn ngân hàng. Phí thẩm định một căn hộ chung cư từ 800 nghìn đến 1,5 triệu đồng; với nhà phố, biệt thự, phí bằng 0,1-0,3% giá trị tài sản.

Ông Trần Quốc Bảo, Giám đốc công ty cho biết: "Giá căn hộ ven biển Nha Trang hiện phổ biến 45-70 triệu đồng/m2, nhưng giao dịch thành công giảm khoảng 30% so với cùng kỳ. Năm nay, công ty đặt mục tiêu doanh thu 21 tỷ đồng và tuyển thêm 5 thẩm định viên".

Theo Sở Tài chính, Khánh Hòa hiện có 9 doanh nghiệp thẩm định giá có trụ sở chính trên địa bàn và 23 chi nhánh của doanh nghiệp ngoài tỉnh. 5 tháng đầu năm, các đơn vị này phát hành hơn 11.400 chứng thư, giảm 8,5% so với cùng kỳ năm 2023.

VĂN KỲ
"""

Y12 = per("năm 2012", "2012-01-01", "2012-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-12")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
NT = "Nha Trang"
KH = "Khánh Hòa"

FIGS = [
    fig("với hai thẩm định viên", "hai", 2, "count", "thẩm định viên",
        subject="thẩm định viên khi thành lập công ty", period=Y12, location=NT),
    fig("có 14 thẩm định viên", "14", 14, "count", "thẩm định viên",
        subject="thẩm định viên về giá của Công ty TNHH Thẩm định giá Hải Đăng", location=NT),
    fig("và 37 nhân viên", "37", 37, "count", "nhân viên",
        subject="nhân viên của Công ty TNHH Thẩm định giá Hải Đăng", location=NT),
    fig("hành 4.260 chứng thư", "4.260", 4260, "count", "chứng thư",
        subject="chứng thư thẩm định giá công ty phát hành", period=Y23, location=NT),
    fig("đạt 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", change=chg("increase", 11, "%", "năm 2022"),
        subject="doanh thu công ty", period=Y23, location=NT),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số chứng thư", period=Y23, location=NT),
    fig("hành 1.930 chứng thư", "1.930", 1930, "count", "chứng thư",
        subject="chứng thư công ty đã phát hành", period=YTD, location=NT),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="hồ sơ định giá bất động sản phục vụ vay vốn ngân hàng", period=YTD,
        location=NT),
    fig("từ 800 nghìn đến 1,5 triệu", "800", 800e3, "money", "đồng/căn hộ", value_max=1.5e6,
        subject="phí thẩm định một căn hộ chung cư", location=NT),
    fig("bằng 0,1-0,3%", "0,1", 0.1, "percent", "%", value_max=0.3,
        subject="phí thẩm định nhà phố, biệt thự so với giá trị tài sản", location=NT),
    fig("phổ biến 45-70 triệu", "45", 45e6, "money", "đồng/m2", value_max=70e6,
        subject="giá căn hộ ven biển", location=NT),
    fig("giảm khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="giao dịch thành công", location=NT),
    fig("doanh thu 21 tỷ", "21", 21e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=NOW, location=NT),
    fig("tuyển thêm 5 thẩm định viên", "5", 5, "count", "thẩm định viên", status="target",
        subject="thẩm định viên tuyển thêm", period=NOW, location=NT),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp thẩm định giá có trụ sở chính trên địa bàn", location=KH),
    fig("và 23 chi nhánh", "23", 23, "count", "chi nhánh",
        subject="chi nhánh của doanh nghiệp thẩm định giá ngoài tỉnh", location=KH),
    fig("hơn 11.400 chứng thư", "11.400", 11400, "count", "chứng thư", approx="over",
        change=chg("decrease", 8.5, "%", "cùng kỳ năm 2023"),
        subject="chứng thư các đơn vị thẩm định giá phát hành", period=M5, location=KH),
]

NOTES = [
    "Provincial newspaper (Báo Khánh Hòa): section menu, 'Thứ Tư, 12/06/2024 - 07:15', sapo, tag '(BKH) -', byline 'VĂN KỲ' at the end.",
    "Distractors: 07:15, '(BKH)', founding year 'năm 2012' (period of the founding count only), 'số 86 Trần Phú' (address).",
    "The firm sits in TP Nha Trang: its figures and the quoted Nha Trang market figures → location Nha Trang; Sở Tài chính's counts → Khánh Hòa.",
    "'đến nay ... 14 thẩm định viên' and 'hiện' figures get no period. 'đứng thứ hai toàn tỉnh' ranks the firm (location Nha Trang, period 2023).",
    "'Từ đầu năm đến nay' = 2024-01-01 .. published 2024-06-12 ('đến nay' anchors it to the article's date, not to 'Năm 2023' before it).",
    "'trong đó khoảng 62%' is a percent figure of its own. '800 nghìn đến 1,5 triệu đồng' is a range with two multipliers.",
    "'giảm khoảng 30% so với cùng kỳ' is a rate as the claim (percent, no change). 'Năm nay ... đặt mục tiêu' → target, 2024.",
    "'5 tháng đầu năm' takes 2024 (nearest earlier period 'Năm nay'; baseline 'cùng kỳ năm 2023').",
    "revised after the first run: 21 tỷ subject 'doanh thu công ty đặt mục tiêu' → 'doanh thu của công ty' (the cue 'đặt mục tiêu'",
    "is the status, not the indicator; the shared gold keeps status cues out of subjects).",
]

if __name__ == "__main__":
    write("p1438-5", TEXT, NOTES, FIGS, published="2024-06-12", location="Khánh Hòa")
