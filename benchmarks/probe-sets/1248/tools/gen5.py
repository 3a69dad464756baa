"""p1248-5: Party newspaper (Báo Long An): Đức Huệ farmers switch to grass for beef cattle."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LONG AN ONLINE
Kinh tế > Nông nghiệp

Thứ Ba, 27/08/2024 - 10:20

Đức Huệ: Trồng cỏ nuôi bò, hướng đi bền vững trên vùng đất phèn

Những năm gần đây, nhiều nông dân huyện Đức Huệ mạnh dạn chuyển diện tích mía, lúa kém hiệu quả sang trồng cỏ nuôi bò, mang lại thu nhập ổn định.

(LA) - Gia đình ông Lê Văn Sáu (ấp 4, xã Mỹ Thạnh Tây) trước đây trồng 2 ha mía nhưng thường xuyên thua lỗ. Năm 2021, ông chuyển sang trồng cỏ voi và nuôi bò vỗ béo. Hiện đàn bò của gia đình có 35 con, mỗi năm xuất chuồng từ 20 đến 25 con, thu lãi khoảng 250 triệu đồng, gấp 4 lần so với trồng mía.

Theo Phòng Nông nghiệp và PTNT huyện, từ đầu năm đến nay, toàn huyện trồng mới 186 ha cỏ, nâng tổng diện tích cỏ lên hơn 1.100 ha. Tổng đàn bò của huyện hiện có 21.450 con, tăng 1.320 con so với cùng kỳ, trong đó bò lai Brahman, Red Angus chiếm trên 85%. Đức Huệ hiện là huyện có đàn bò đứng thứ hai của tỉnh, sau huyện Đức Hòa.

Giá bò hơi hiện dao động từ 85.000 đến 95.000 đồng/kg. Với năng suất cỏ khoảng 250 tấn/ha/năm, mỗi ha cỏ có thể nuôi được 8-10 con bò.

Năm 2024, huyện phấn đấu tổng đàn bò đạt 23.000 con, diện tích cỏ đạt 1.250 ha. Huyện cũng đang hỗ trợ triển khai dự án trang trại bò thịt của Công ty TNHH Chăn nuôi Phúc Điền với tổng vốn khoảng 120 tỷ đồng, dự kiến nuôi 3.000 bò thịt/lứa.

HOÀNG KHA

Tin liên quan:
- Thạnh Hóa: Nông dân thu lãi từ mô hình nuôi bò sinh sản
- Long An: 7 tháng, tổng đàn bò tăng mạnh
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-27")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("trồng 2 ha", "2", 2, "measure", "ha", subject="diện tích mía gia đình ông Sáu trồng trước đây"),
    fig("có 35 con", "35", 35, "count", "con", subject="đàn bò của gia đình"),
    fig("từ 20 đến 25 con", "20", 20, "measure", "con/năm", value_max=25,
        subject="bò xuất chuồng mỗi năm"),
    fig("khoảng 250 triệu", "250", 250e6, "money", "đồng/năm", approx="about",
        change=chg("increase", 4, "lần", "trồng mía"), subject="lãi của gia đình"),
    fig("trồng mới 186 ha", "186", 186, "measure", "ha", subject="diện tích cỏ trồng mới", period=YTD),
    fig("hơn 1.100 ha", "1.100", 1100, "measure", "ha", approx="over", subject="tổng diện tích cỏ"),
    fig("có 21.450 con", "21.450", 21450, "count", "con",
        change=chg("increase", 1320, "con", "cùng kỳ"), subject="tổng đàn bò của huyện"),
    fig("trên 85%", "85", 85, "percent", "%", approx="over",
        subject="tỷ lệ bò lai Brahman, Red Angus trong tổng đàn bò"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="đàn bò"),
    fig("từ 85.000 đến 95.000", "85.000", 85000, "money", "đồng/kg", value_max=95000,
        subject="giá bò hơi"),
    fig("khoảng 250 tấn", "250", 250, "measure", "tấn/ha/năm", approx="about", subject="năng suất cỏ"),
    fig("8-10 con", "8", 8, "measure", "con bò/ha", value_max=10,
        subject="số bò mỗi ha cỏ có thể nuôi"),
    fig("đạt 23.000 con", "23.000", 23000, "count", "con", status="target",
        subject="tổng đàn bò", period=Y24),
    fig("đạt 1.250 ha", "1.250", 1250, "measure", "ha", status="target",
        subject="diện tích cỏ", period=Y24),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about",
        subject="tổng vốn dự án trang trại bò thịt của Công ty TNHH Chăn nuôi Phúc Điền"),
    fig("nuôi 3.000 bò", "3.000", 3000, "measure", "bò thịt/lứa", status="forecast",
        subject="quy mô nuôi bò thịt của dự án"),
]

NOTES = [
    "Party newspaper (Báo Long An): section path, 'Thứ Ba, 27/08/2024 - 10:20', headline, sapo, tag '(LA) -', byline, related links.",
    "Distractors: the name 'Lê Văn Sáu' (a number word in a name), 'ấp 4', 'Năm 2021' (year of the switch), breed names, time 10:20,",
    "'7 tháng' in a related-link title.",
    "Location: the whole piece is about huyện Đức Huệ (the farm is in xã Mỹ Thạnh Tây of Đức Huệ) → Đức Huệ everywhere.",
    "'mỗi năm xuất chuồng từ 20 đến 25 con' → measure con/năm; 'thu lãi khoảng 250 triệu đồng' continues 'mỗi năm' → đồng/năm;",
    "'gấp 4 lần so với trồng mía' after the profit is its change (lần). 'tăng 1.320 con so với cùng kỳ' → change in con.",
    "'trong đó ... chiếm trên 85%' is a percent figure of its own. 'đứng thứ hai của tỉnh' → rank 2.",
    "'mỗi ha cỏ có thể nuôi được 8-10 con bò' is a rate (con bò/ha, measure). 'từ đầu năm đến nay' ends at the dateline.",
    "The as-of totals ('nâng tổng diện tích cỏ lên hơn 1.100 ha', 'hiện có 21.450 con') get no period. 'dự kiến nuôi 3.000 bò thịt/lứa' → forecast.",
]

if __name__ == "__main__":
    write("p1248-5", TEXT, NOTES, FIGS, published="2024-08-27", location="Đức Huệ")
