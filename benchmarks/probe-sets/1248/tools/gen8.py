"""p1248-8: news agency (TTXVN): Ia Pa (Gia Lai) converts cassava and sugarcane land to grass and biomass maize."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Nông nghiệp

Gia Lai: Nông dân Ia Pa chuyển đổi sang trồng cỏ, ngô sinh khối nuôi bò

Đăng lúc: 25/06/2024 10:42

Ia Pa (TTXVN) - 6 tháng đầu năm 2024, huyện Ia Pa (Gia Lai) đã chuyển đổi 420 ha đất trồng mì, mía kém hiệu quả sang trồng cỏ và ngô sinh khối, vượt 20% kế hoạch cả năm. Hiện tổng diện tích cỏ và ngô sinh khối của huyện đạt khoảng 2.300 ha, gấp đôi so với năm 2020.

Theo ông Rơ Chăm Tuấn, Phó Chủ tịch UBND huyện, toàn huyện hiện có 1.860 hộ tham gia trồng cỏ, trong đó 312 hộ nghèo và cận nghèo, chiếm 16,8%. Huyện đã hỗ trợ 2,4 tỷ đồng mua giống cỏ cho 620 hộ, mỗi hộ tối đa 5 triệu đồng. Tổng đàn bò của huyện đạt 28.700 con, tăng 9,2% so với cùng kỳ năm 2023.

Dọc Tỉnh lộ 662, Công ty cổ phần Nông nghiệp Đại Ngàn Xanh đang liên kết với nông dân bao tiêu ngô sinh khối trên diện tích 850 ha, giá thu mua 1.100-1.200 đồng/kg. Mỗi ha ngô cho năng suất 40-45 tấn, sau khi trừ chi phí nông dân lãi từ 15-18 triệu đồng, cao gấp 1,5 lần so với trồng mì. Công ty hiện nuôi khoảng 4.500 con bò thịt, mỗi ngày tiêu thụ khoảng 90 tấn thức ăn thô xanh.

Theo Sở Nông nghiệp và Phát triển nông thôn Gia Lai, tổng đàn bò toàn tỉnh hiện đạt 441.000 con, dẫn đầu khu vực Tây Nguyên. Mục tiêu đến năm 2030, Gia Lai có 600.000 con bò, diện tích trồng cỏ đạt 25.000 ha.

Quang Thái (TTXVN)

Tin liên quan
- Kon Tum: Phát triển chăn nuôi bò 3B theo chuỗi giá trị
- Hội nghị phát triển chăn nuôi bò thịt vùng Tây Nguyên lần thứ 2
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")
IP, GL = "Ia Pa", "Gia Lai"

FIGS = [
    fig("chuyển đổi 420 ha", "420", 420, "measure", "ha",
        change=chg("increase", 20, "%", "kế hoạch cả năm"),
        subject="diện tích đất trồng mì, mía kém hiệu quả chuyển đổi sang trồng cỏ và ngô sinh khối", period=H1),
    fig("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", approx="about",
        change=chg("increase", 2, "lần", "năm 2020"), subject="tổng diện tích cỏ và ngô sinh khối của huyện"),
    fig("có 1.860 hộ", "1.860", 1860, "count", "hộ", subject="hộ tham gia trồng cỏ"),
    fig("312 hộ", "312", 312, "count", "hộ", total=1860, percent=16.8,
        subject="hộ nghèo và cận nghèo tham gia trồng cỏ"),
    fig("hỗ trợ 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", subject="kinh phí hỗ trợ mua giống cỏ"),
    fig("cho 620 hộ", "620", 620, "count", "hộ", subject="hộ được hỗ trợ mua giống cỏ"),
    fig("tối đa 5 triệu", "5", 5e6, "money", "đồng/hộ", approx="at_most", subject="mức hỗ trợ mỗi hộ"),
    fig("đạt 28.700 con", "28.700", 28700, "count", "con",
        change=chg("increase", 9.2, "%", "cùng kỳ năm 2023"), subject="tổng đàn bò của huyện"),
    fig("tích 850 ha", "850", 850, "measure", "ha", subject="diện tích liên kết bao tiêu ngô sinh khối"),
    fig("mua 1.100-1.200", "1.100", 1100, "money", "đồng/kg", value_max=1200, subject="giá thu mua ngô sinh khối"),
    fig("suất 40-45 tấn", "40", 40, "measure", "tấn/ha", value_max=45, subject="năng suất ngô"),
    fig("từ 15-18 triệu", "15", 15e6, "money", "đồng/ha", value_max=18e6,
        change=chg("increase", 1.5, "lần", "trồng mì"), subject="lãi của nông dân"),
    fig("khoảng 4.500 con", "4.500", 4500, "count", "con", approx="about", subject="bò thịt công ty nuôi"),
    fig("khoảng 90 tấn", "90", 90, "measure", "tấn/ngày", approx="about",
        subject="thức ăn thô xanh tiêu thụ mỗi ngày"),
    fig("đạt 441.000 con", "441.000", 441000, "count", "con", subject="tổng đàn bò toàn tỉnh", location=GL),
    fig("có 600.000 con", "600.000", 600000, "count", "con", status="target",
        subject="đàn bò", period=T30, location=GL),
    fig("đạt 25.000 ha", "25.000", 25000, "measure", "ha", status="target",
        subject="diện tích trồng cỏ", period=T30, location=GL),
]

NOTES = [
    "News agency (TTXVN): section bar, 'Đăng lúc: 25/06/2024 10:42', dateline 'Ia Pa (TTXVN) -', byline 'Quang Thái (TTXVN)', related links.",
    "Distractors: 'Tỉnh lộ 662' (road number), time 10:42, 'bò 3B', 'lần thứ 2' in a link title, 'dẫn đầu khu vực' (no number).",
    "'vượt 20% kế hoạch cả năm' → change with baseline 'kế hoạch cả năm'. 'gấp đôi so với năm 2020' → change 2 lần ('đôi' = 2).",
    "'trong đó 312 hộ ..., chiếm 16,8%' → total 1860 and percent 16.8. 'mỗi hộ tối đa 5 triệu đồng' → at_most, unit đồng/hộ.",
    "'Mỗi ha ngô ... lãi từ 15-18 triệu đồng, cao gấp 1,5 lần so với trồng mì' → đồng/ha range with change 1,5 lần.",
    "'mỗi ngày tiêu thụ khoảng 90 tấn' → tấn/ngày. District and company figures: Ia Pa; the Sở's provincial figures: Gia Lai.",
    "The stocks ('hiện', 'đạt 28.700 con' with a same-period baseline) get no period; only the conversion has '6 tháng đầu năm 2024'.",
]

if __name__ == "__main__":
    write("p1248-8", TEXT, NOTES, FIGS, published="2024-06-25", location=IP)
