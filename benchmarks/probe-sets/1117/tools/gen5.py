"""p1117-5: Party newspaper (Báo Nghệ An): Quế Phong households making toothpicks/chopsticks; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Quế Phong: Làm giàu từ cây tre bản địa

Từ những cây tre, cây vầu mọc trên núi, đồng bào Thái ở huyện Quế Phong đã làm ra đôi đũa, que tăm bán khắp nơi, mang lại thu nhập ổn định cho nhiều gia đình.

Gia đình anh Lô Văn Hùng ở bản Piêng Cu, xã Tiền Phong là một trong những hộ làm tăm tre đầu tiên của xã. Năm 2018, anh vay 150 triệu đồng mua máy chẻ, máy vót tăm; hiện xưởng nằm cạnh Quốc lộ 48 của gia đình có 4 máy, tạo việc làm cho 8 lao động trong bản với tiền công từ 180.000 đến 250.000 đồng/người/ngày. Mỗi tháng xưởng xuất khoảng 3 tấn tăm thành phẩm, giá bán 28.000 đồng/kg. Trừ chi phí, gia đình anh lãi hơn 250 triệu đồng mỗi năm. Vợ chồng anh còn mở thêm một điểm thu mua tre nguyên liệu cho bà con trong bản.

Theo UBND huyện Quế Phong, toàn huyện hiện có 5 hợp tác xã và 132 hộ sản xuất đũa, tăm tre, tập trung ở các xã Tiền Phong, Hạnh Dịch, Châu Kim. Năm 2023, sản lượng tăm tre của huyện đạt khoảng 410 tấn, đũa tre gần 9 triệu đôi, doanh thu trên 21 tỷ đồng. Vùng nguyên liệu tre, vầu của huyện rộng hơn 6.500 ha, chủ yếu là rừng tự nhiên.

Ông Lang Văn Chung, Phó Chủ tịch UBND huyện cho biết, huyện đang xây dựng sản phẩm tăm tre Tiền Phong tham gia Chương trình OCOP. Toàn tỉnh Nghệ An hiện có 37 làng nghề liên quan đến mây tre đan và chế biến tre, trong đó 9 làng nghề sản xuất đũa, tăm. Tỉnh phấn đấu đến năm 2025 nâng thu nhập bình quân của lao động làng nghề lên 6 triệu đồng/người/tháng.

ĐÌNH TUẤN
15/03/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
HUNG = "gia đình anh Lô Văn Hùng"
NA = "Nghệ An"

FIGS = [
    fig("vay 150 triệu đồng", "150", 150e6, "money", "đồng", subject="vốn vay mua máy chẻ, máy vót tăm",
        period=per("Năm 2018", "2018-01-01", "2018-12-31")),
    fig("có 4 máy", "4", 4, "count", "máy", subject=f"máy của xưởng {HUNG}"),
    fig("cho 8 lao động", "8", 8, "count", "lao động", subject=f"lao động làm việc tại xưởng {HUNG}"),
    fig("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/người/ngày", value_max=250000,
        subject="tiền công lao động tại xưởng"),
    fig("khoảng 3 tấn", "3", 3, "measure", "tấn", approx="about",
        subject="tăm thành phẩm xưởng xuất mỗi tháng"),
    fig("giá bán 28.000", "28.000", 28000, "money", "đồng/kg", subject="giá bán tăm thành phẩm"),
    fig("lãi hơn 250 triệu", "250", 250e6, "money", "đồng", approx="over",
        subject=f"lãi mỗi năm của {HUNG}"),
    fig("thêm một điểm", "một", 1, "count", "điểm thu mua", subject="điểm thu mua tre nguyên liệu"),
    fig("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", subject="hợp tác xã sản xuất đũa, tăm tre"),
    fig("132 hộ", "132", 132, "count", "hộ", subject="hộ sản xuất đũa, tăm tre"),
    fig("khoảng 410 tấn", "410", 410, "measure", "tấn", approx="about",
        subject="sản lượng tăm tre của huyện", period=Y23),
    fig("gần 9 triệu đôi", "9", 9e6, "count", "đôi", approx="nearly",
        subject="sản lượng đũa tre của huyện", period=Y23),
    fig("trên 21 tỷ đồng", "21", 21e9, "money", "đồng", approx="over",
        subject="doanh thu từ đũa, tăm tre của huyện", period=Y23),
    fig("hơn 6.500 ha", "6.500", 6500, "measure", "ha", approx="over",
        subject="vùng nguyên liệu tre, vầu của huyện"),
    fig("có 37 làng nghề", "37", 37, "count", "làng nghề",
        subject="làng nghề mây tre đan và chế biến tre", location=NA),
    fig("9 làng nghề", "9", 9, "count", "làng nghề", total=37,
        subject="làng nghề sản xuất đũa, tăm", location=NA),
    fig("lên 6 triệu", "6", 6e6, "money", "đồng/người/tháng", status="target",
        subject="thu nhập bình quân của lao động làng nghề",
        period=per("đến năm 2025", None, "2025-12-31"), location=NA),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): byline 'ĐÌNH TUẤN' and bare date '15/03/2024' at the end (published).",
    "Default location Quế Phong (the district the article is about); province-wide figures of the last paragraph: Nghệ An.",
    "Household passage (anh Lô Văn Hùng, xã Tiền Phong): present-tense facts, no period; the loan carries 'Năm 2018'.",
    "'Mỗi tháng … khoảng 3 tấn' and 'lãi hơn 250 triệu đồng mỗi năm': measure / money, unit as written (no denominator written).",
    "'một trong những hộ … đầu tiên' is not a figure; 'thêm một điểm thu mua' is (number word).",
    "'trong đó 9 làng nghề' is part of the 37 làng nghề. Distractors: 'Quốc lộ 48', 'bản Piêng Cu', 'Chương trình OCOP', date at the end.",
]

if __name__ == "__main__":
    write("p1117-5", TEXT, NOTES, FIGS, published="2024-03-15", location="Quế Phong")
