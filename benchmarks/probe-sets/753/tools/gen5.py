"""p753-5: Party newspaper (Báo Nghệ An), frog farming in tarpaulin tanks in huyện Yên Thành."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Kinh tế › Nông nghiệp

Yên Thành: Gần 150 hộ thoát nghèo nhờ nuôi ếch trong bể lót bạt

Những năm gần đây, nuôi ếch trong bể lót bạt đã trở thành hướng đi hiệu quả của nhiều hộ nghèo ở huyện Yên Thành. Từ năm 2021 đến nay, toàn huyện đã có 147 hộ thoát nghèo nhờ nuôi ếch.

Năm 2023, toàn huyện có 386 hộ nuôi ếch với 1.540 bể, tăng 112 hộ so với năm 2022; tổng sản lượng đạt hơn 620 tấn, doanh thu khoảng 24,8 tỷ đồng.

Theo ông Trần Văn Quế, Phó Chủ tịch UBND huyện, mỗi bể có diện tích từ 10 đến 15 m², chi phí đầu tư khoảng 4-5 triệu đồng/bể, thả từ 1.000 đến 1.200 con ếch giống. Sau 75-80 ngày nuôi, mỗi bể cho thu hoạch 200-250 kg ếch thương phẩm. Lợi nhuận từ nuôi ếch gấp 3 lần trồng lúa trên cùng diện tích; đầu ra ổn định do thương lái đến tận nơi thu mua.

Gia đình chị Lê Thị Hằng ở xóm 5, xã Công Thành, cạnh Quốc lộ 7A, là một ví dụ. Năm 2021, gia đình chị còn thuộc diện hộ nghèo; được vay 50 triệu đồng từ Ngân hàng Chính sách xã hội, chị đầu tư 6 bể nuôi ếch. Năm 2023, chị bán gần 1,5 tấn ếch, thu lãi hơn 70 triệu đồng và đã thoát nghèo.

Huyện phấn đấu đến năm 2025 có 500 hộ nuôi ếch, đưa tỷ lệ hộ nghèo từ 3,12% hiện nay xuống dưới 2%.

Hoài Thu
20/03/2024
"""

Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T2025 = per("đến năm 2025", end="2025-12-31")
HANG = "của gia đình chị Lê Thị Hằng"

FIGS = [
    fig("Gần 150 hộ", "150", 150, "count", "hộ", "hộ thoát nghèo nhờ nuôi ếch trong bể lót bạt", approx="nearly"),
    fig("có 147 hộ", "147", 147, "count", "hộ", "hộ thoát nghèo nhờ nuôi ếch",
        per("Từ năm 2021 đến nay", "2021-01-01", "2024-03-20")),
    fig("có 386 hộ", "386", 386, "count", "hộ", "hộ nuôi ếch", Y23,
        change=chg("increase", 112, "hộ", "năm 2022")),
    fig("với 1.540 bể", "1.540", 1540, "count", "bể", "bể nuôi ếch", Y23),
    fig("hơn 620 tấn", "620", 620, "measure", "tấn", "tổng sản lượng ếch", Y23, approx="over"),
    fig("khoảng 24,8 tỷ đồng", "24,8", 24_800_000_000, "money", "đồng", "doanh thu nuôi ếch", Y23, approx="about"),
    fig("từ 10 đến 15 m²", "10", 10, "measure", "m²", "diện tích mỗi bể", value_max=15),
    fig("khoảng 4-5 triệu đồng/bể", "4", 4_000_000, "money", "đồng/bể", "chi phí đầu tư mỗi bể",
        value_max=5_000_000, approx="about"),
    fig("từ 1.000 đến 1.200 con", "1.000", 1000, "count", "con", "ếch giống thả mỗi bể", value_max=1200),
    fig("Sau 75-80 ngày", "75", 75, "measure", "ngày", "thời gian nuôi", value_max=80, optional=True),
    fig("200-250 kg", "200", 200, "measure", "kg", "ếch thương phẩm thu hoạch mỗi bể", value_max=250),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "lợi nhuận từ nuôi ếch so với trồng lúa trên cùng diện tích"),
    fig("vay 50 triệu đồng", "50", 50_000_000, "money", "đồng", "vốn vay Ngân hàng Chính sách xã hội " + HANG, Y21),
    fig("đầu tư 6 bể", "6", 6, "count", "bể", "bể nuôi ếch " + HANG + " đầu tư", Y21),
    fig("gần 1,5 tấn", "1,5", 1.5, "measure", "tấn", "ếch chị Lê Thị Hằng bán", Y23, approx="nearly"),
    fig("hơn 70 triệu đồng", "70", 70_000_000, "money", "đồng", "lãi " + HANG, Y23, approx="over"),
    fig("có 500 hộ", "500", 500, "count", "hộ", "hộ nuôi ếch", T2025, status="target"),
    fig("từ 3,12%", "3,12", 3.12, "percent", "%", "tỷ lệ hộ nghèo hiện nay"),
    fig("dưới 2%", "2", 2, "percent", "%", "tỷ lệ hộ nghèo", T2025, approx="under", status="target"),
]

NOTES = [
    "Báo Nghệ An (Party newspaper): frog farming in tarpaulin tanks, huyện Yên Thành; byline 'Hoài Thu' and the bare date",
    "'20/03/2024' at the end give the published date. 'xóm 5', 'Quốc lộ 7A', 'Từ năm 2021' as a period, are not figures.",
    "'Từ năm 2021 đến nay' ends at the published date. 'tăng 112 hộ' after '1.540 bể' belongs to the 386 hộ (unit hộ).",
    "'Lợi nhuận ... gấp 3 lần trồng lúa' stands alone as the claim -> multiple. 'Sau 75-80 ngày nuôi' is a duration: optional.",
    "'từ 3,12% hiện nay' is the current level (actual, no period) inside a target sentence; 'dưới 2%' is the target.",
    "The family's figures are in a commune of the district: location stays Yên Thành.",
]

if __name__ == "__main__":
    write("p753-5", TEXT, NOTES, FIGS, published="2024-03-20", location="Yên Thành")
