"""p1433-8: news agency (TTXVN/Vietnam+): bamboo straw exports of a company in Lạc Sơn, Hòa Bình, quý I/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS
Kinh tế | Doanh nghiệp | Thị trường

Hòa Bình: Ống hút tre xuất khẩu quý I tăng gần 40%

18/04/2024 14:05 GMT+7

Hòa Bình (TTXVN/Vietnam+) - Quý I/2024, Công ty cổ phần Tre Xanh Mường tại huyện Lạc Sơn, tỉnh Hòa Bình xuất khẩu 2,6 triệu ống hút tre, tăng 38,9% so với cùng kỳ năm 2023; kim ngạch đạt 94 nghìn USD. Trong quý, công ty đã giao 11 container hàng sang Nhật Bản, Canada và Đan Mạch.

Ông Bùi Văn Tuấn, Giám đốc công ty, cho biết mỗi ống hút phải qua 12 công đoạn, phần lớn làm thủ công; nguyên liệu là tre Mạnh Tông và tre bương mua của khoảng 300 hộ dân trong huyện với giá 1.800-2.200 đồng/kg. Nhà máy đặt tại Km 72 Quốc lộ 12B, hiện có 115 công nhân, phần lớn là người dân tộc Mường, thu nhập bình quân 6 triệu đồng/người/tháng.

Năm 2024, công ty đặt mục tiêu xuất khẩu 12 triệu ống hút và 1,5 triệu bộ đũa, thìa tre, doanh thu 9-10 tỷ đồng. Dự kiến trong quý III, công ty đưa vào hoạt động xưởng thứ hai với 2 máy khoan, đánh bóng tự động, nâng công suất lên 50.000 ống/ngày.

Theo Sở Công Thương Hòa Bình, toàn tỉnh hiện có 9 doanh nghiệp, hợp tác xã sản xuất sản phẩm từ tre thay thế nhựa; năm 2023, xuất khẩu nhóm sản phẩm này đạt khoảng 1,1 triệu USD, đứng thứ 3 trong các nhóm hàng thủ công mỹ nghệ xuất khẩu của tỉnh./.

Từ khóa: ống hút tre, Hòa Bình, xuất khẩu
"""

QH = per("quý I", "2024-01-01", "2024-03-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
TQ = per("Trong quý", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
HB = "Hòa Bình"

FIGS = [
    fig("quý I tăng gần 40%", "40", 40, "percent", "%", approx="nearly", subject="ống hút tre xuất khẩu",
        period=QH, location=HB),
    fig("khẩu 2,6 triệu", "2,6", 2.6e6, "count", "ống", change=chg("increase", 38.9, "%", "cùng kỳ năm 2023"),
        subject="ống hút tre Công ty cổ phần Tre Xanh Mường xuất khẩu", period=Q1),
    fig("đạt 94 nghìn", "94", 94e3, "money", "USD", subject="kim ngạch", period=Q1),
    fig("giao 11 container", "11", 11, "count", "container", subject="container hàng công ty đã giao", period=TQ),
    fig("qua 12 công đoạn", "12", 12, "count", "công đoạn", subject="công đoạn mỗi ống hút phải qua"),
    fig("khoảng 300 hộ", "300", 300, "count", "hộ", approx="about", subject="hộ dân bán tre nguyên liệu"),
    fig("giá 1.800-2.200", "1.800", 1800, "money", "đồng/kg", value_max=2200, subject="giá tre nguyên liệu"),
    fig("có 115 công nhân", "115", 115, "count", "công nhân", subject="công nhân nhà máy"),
    fig("quân 6 triệu", "6", 6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân công nhân"),
    fig("xuất khẩu 12 triệu", "12", 12e6, "count", "ống", status="target", subject="ống hút xuất khẩu",
        period=Y24),
    fig("và 1,5 triệu bộ", "1,5", 1.5e6, "count", "bộ", status="target", subject="bộ đũa, thìa tre xuất khẩu",
        period=Y24),
    fig("thu 9-10 tỷ", "9", 9e9, "money", "đồng", value_max=10e9, status="target", subject="doanh thu",
        period=Y24),
    fig("với 2 máy", "2", 2, "count", "máy", status="forecast", subject="máy khoan, đánh bóng tự động",
        period=Q3),
    fig("lên 50.000", "50.000", 50000, "measure", "ống/ngày", status="forecast", subject="công suất", period=Q3),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp, hợp tác xã",
        subject="doanh nghiệp, hợp tác xã sản xuất sản phẩm từ tre thay thế nhựa", location=HB),
    fig("khoảng 1,1 triệu", "1,1", 1.1e6, "money", "USD", approx="about",
        subject="xuất khẩu nhóm sản phẩm từ tre thay thế nhựa", period=Y23, location=HB),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="xuất khẩu nhóm sản phẩm này",
        period=Y23, location=HB),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): site name, menu, headline, '18/04/2024 14:05 GMT+7' (published), 'Hòa Bình (TTXVN/Vietnam+) -', './.', tags.",
    "Distractors: '14:05', 'GMT+7', 'Km 72 Quốc lộ 12B', 'xưởng thứ hai' (ordinal), 'năm 2023' baseline, 'tre Mạnh Tông' (a name).",
    "Headline 'quý I tăng gần 40%': growth rate as the claim, percent, approx nearly, location Hòa Bình (named in the headline), year 2024",
    "from published. The company passage is in huyện Lạc Sơn: default location Lạc Sơn; the province's figures (Sở Công Thương) → Hòa Bình.",
    "'Trong quý' → quý I/2024. 'mỗi ống hút phải qua 12 công đoạn' is a count of steps, not a rate.",
    "'Năm 2024, công ty đặt mục tiêu ...' → target for all three; 'Dự kiến trong quý III ...' → forecast, period quý III 2024.",
    "'năm 2023, xuất khẩu ... khoảng 1,1 triệu USD, đứng thứ 3 ...' → rank of the province's product group, location Hòa Bình.",
    "revised after the first run: rank 3 subject 'xuất khẩu nhóm sản phẩm này trong các nhóm hàng thủ công mỹ nghệ xuất khẩu của tỉnh'",
    "→ 'xuất khẩu nhóm sản phẩm này': the subject of a rank is the ranked indicator, not the field it is ranked in (shared gold:",
    "'vị trí thứ 4 toàn quốc' → the index; p1433-4 'đứng thứ 2 thế giới về xuất khẩu ống hút cỏ' → 'xuất khẩu ống hút cỏ').",
]

if __name__ == "__main__":
    write("p1433-8", TEXT, NOTES, FIGS, published="2024-04-18", location="Lạc Sơn")
