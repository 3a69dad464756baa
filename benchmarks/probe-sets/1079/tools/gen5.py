"""p1079-5: Party/provincial newspaper (Báo Nghệ An), CCB Yên Thành làm giàu; byline + bare date at the end."""
from lib import Fig, per, chg, tgt, build

TEXT = """
Cựu chiến binh Yên Thành làm giàu trên quê hương

Trở về sau những năm tháng quân ngũ, nhiều cựu chiến binh ở huyện Yên Thành đã mạnh dạn vay vốn, xây dựng mô hình kinh tế, trở thành tấm gương làm giàu ở địa phương.

Ông Phan Văn Lục (SN 1962, xóm 7, xã Công Thành), nguyên là lính Sư đoàn 324, hiện sở hữu trang trại tổng hợp rộng 6,5 ha với 2.000 con gà, 120 con lợn thịt và 1,8 ha ao nuôi cá. Mỗi năm, trang trại cho doanh thu khoảng 3,2 tỷ đồng, trừ chi phí còn lãi trên 700 triệu đồng, tạo việc làm thường xuyên cho 8 lao động với thu nhập 6,5 triệu đồng/người/tháng. "Năm 2015, tôi vay 50 triệu đồng từ tổ tiết kiệm và vay vốn của Hội để đào ao, làm chuồng trại. Có vốn, có kỹ thuật thì cứ thế làm lên dần", ông Lục nhớ lại.

Theo Hội CCB huyện Yên Thành, toàn huyện có 7.934 hội viên sinh hoạt tại 38 cơ sở hội. Hội đang quản lý 61 tổ TK&VV với dư nợ 246,8 tỷ đồng, 5.125 hộ vay. Năm 2023, toàn huyện có 1.486 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi, tăng 112 hộ so với năm 2022; 64 hộ hội viên thoát nghèo, số hộ nghèo còn lại là 41 hộ, chiếm 0,52% tổng số hộ hội viên. Phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" huy động được gần 1,2 tỷ đồng, giúp 96 lượt hội viên có vốn sản xuất.

Ông Nguyễn Đình Thắng, Chủ tịch Hội CCB huyện cho biết, năm 2024, Hội phấn đấu có thêm 5 mô hình kinh tế tập thể, giảm 50% số hộ nghèo là hội viên và không để hội viên nào tái nghèo.

VĂN TRUYỀN
22/04/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    Fig("rộng 6,5 ha", "6,5", 6.5, "measure", "ha", "diện tích trang trại tổng hợp"),
    Fig("2.000 con gà", "2.000", 2000, "count", "con gà", "đàn gà của trang trại"),
    Fig("120 con lợn thịt", "120", 120, "count", "con lợn thịt", "lợn thịt của trang trại"),
    Fig("1,8 ha ao", "1,8", 1.8, "measure", "ha", "diện tích ao nuôi cá"),
    Fig("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "doanh thu trang trại mỗi năm", approx="about"),
    Fig("lãi trên 700 triệu đồng", "700", 700e6, "money", "đồng", "lãi của trang trại mỗi năm", approx="over"),
    Fig("cho 8 lao động", "8", 8, "count", "lao động", "lao động có việc làm thường xuyên tại trang trại"),
    Fig("thu nhập 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập của lao động"),
    Fig("vay 50 triệu đồng", "50", 50e6, "money", "đồng", "vốn vay từ tổ tiết kiệm và vay vốn của Hội",
        per("Năm 2015", "2015-01-01", "2015-12-31")),
    Fig("có 7.934 hội viên", "7.934", 7934, "count", "hội viên", "hội viên Hội CCB huyện"),
    Fig("tại 38 cơ sở hội", "38", 38, "count", "cơ sở hội", "cơ sở hội của Hội CCB huyện"),
    Fig("quản lý 61 tổ", "61", 61, "count", "tổ", "tổ TK&VV do Hội quản lý"),
    Fig("dư nợ 246,8 tỷ đồng", "246,8", 246.8e9, "money", "đồng", "dư nợ tổ TK&VV do Hội quản lý"),
    Fig("5.125 hộ vay", "5.125", 5125, "count", "hộ", "hộ vay vốn"),
    Fig("có 1.486 hộ", "1.486", 1486, "count", "hộ", "hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi", Y23,
        change=chg("increase", 112, "hộ", "năm 2022")),
    Fig("64 hộ hội viên", "64", 64, "count", "hộ", "hộ hội viên thoát nghèo", Y23),
    Fig("là 41 hộ", "41", 41, "count", "hộ", "hộ nghèo là hội viên còn lại", Y23, percent=0.52),
    Fig("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "vốn phong trào CCB giúp nhau giảm nghèo huy động",
        per("Năm 2023", "2023-01-01", "2023-12-31", inherited=True), approx="nearly"),
    Fig("giúp 96 lượt hội viên", "96", 96, "count", "lượt hội viên", "lượt hội viên được giúp vốn sản xuất",
        per("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    Fig("thêm 5 mô hình", "5", 5, "count", "mô hình", "mô hình kinh tế tập thể tăng thêm", Y24, status="target"),
    Fig("giảm 50% số hộ", "50", 50, "percent", "%", "giảm số hộ nghèo là hội viên", Y24, status="target"),
]

NOTES = [
    "Báo Nghệ An (Party paper): cựu chiến binh huyện Yên Thành làm giàu; a veteran's farm, the district association's figures.",
    "Byline VĂN TRUYỀN and bare date 22/04/2024 at the end give published. District: location Yên Thành (the commune lies in it).",
    "Not figures: SN 1962 (birth year), xóm 7, Sư đoàn 324 (a unit's name), 'Năm 2015' as a date.",
    "The farm's figures ('hiện sở hữu', 'Mỗi năm') get no period; 'Mỗi năm ... doanh thu' is kept as đồng (the phrase is the period",
    "of the statement, not a rate denominator). 'giảm 50% số hộ nghèo' is a target percent with no base amount (no change object).",
]

build("p1079-5", TEXT, FIGS, published="2024-04-22", location="Yên Thành", notes=NOTES)
