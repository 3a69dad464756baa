"""p1127-5: Party newspaper (Báo Nghệ An): dried seafood village in thị xã Cửa Lò, a household's facility."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Nghệ An - Kinh tế

Làng nghề hải sản khô Cửa Lò vào vụ

Những ngày này, dọc các tuyến đường ven biển phường Nghi Thủy, Nghi Tân (thị xã Cửa Lò), đâu đâu cũng thấy giàn phơi mực, cá trải dài. Toàn thị xã hiện có 126 hộ chế biến hải sản khô, trong đó phường Nghi Thủy 58 hộ, Nghi Tân 37 hộ.

Cơ sở của bà Hoàng Thị Lan ở khối 5, phường Nghi Thủy là một trong những cơ sở lớn nhất. Mỗi ngày, cơ sở thu mua từ 1,5 đến 2 tấn mực tươi của ngư dân, sau khi phơi, sấy thu được khoảng 300 kg mực khô thành phẩm. Cơ sở tạo việc làm thường xuyên cho 12 lao động với mức lương 6-8 triệu đồng/người/tháng; năm 2023 doanh thu đạt gần 9 tỷ đồng, lãi hơn 1 tỷ đồng.

Theo bà Lan, mực khô loại đặc biệt (từ 12 con/kg trở xuống) có giá 1,4-1,5 triệu đồng/kg; mực loại 2 khoảng 900.000 đồng/kg. Vào mùa du lịch, lượng khách ghé mua tăng gấp đôi, có ngày cơ sở bán lẻ được 50-60 kg.

Theo UBND thị xã Cửa Lò, năm 2023 các hộ chế biến trên địa bàn sản xuất khoảng 1.150 tấn hải sản khô, giá trị ước đạt 230 tỷ đồng. Thị xã có 5 sản phẩm hải sản khô đạt OCOP 3 sao, 1 sản phẩm đạt 4 sao. Năm 2024, thị xã phấn đấu nâng sản lượng lên 1.300 tấn, đồng thời quy hoạch khu phơi tập trung rộng 2,5 ha tại phường Nghi Thủy để đưa giàn phơi ra khỏi vỉa hè.

NGUYỄN HẢI
15/07/2024
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 126 hộ", "126", 126, "count", "hộ", subject="hộ chế biến hải sản khô"),
    fig("Thủy 58 hộ", "58", 58, "count", "hộ", total=126, subject="hộ chế biến hải sản khô phường Nghi Thủy"),
    fig("Tân 37 hộ", "37", 37, "count", "hộ", total=126, subject="hộ chế biến hải sản khô phường Nghi Tân"),
    fig("từ 1,5 đến 2 tấn", "1,5", 1.5, "measure", "tấn/ngày", value_max=2,
        subject="mực tươi cơ sở thu mua mỗi ngày"),
    fig("khoảng 300 kg", "300", 300, "measure", "kg/ngày", approx="about",
        subject="mực khô thành phẩm thu được mỗi ngày"),
    fig("cho 12 lao động", "12", 12, "count", "lao động", subject="lao động thường xuyên của cơ sở"),
    fig("lương 6-8 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=8000000,
        subject="mức lương lao động của cơ sở"),
    fig("gần 9 tỷ đồng", "9", 9000000000, "money", "đồng", approx="nearly",
        subject="doanh thu của cơ sở", period=Y23),
    fig("hơn 1 tỷ đồng", "1", 1000000000, "money", "đồng", approx="over",
        subject="lãi của cơ sở", period=Y23),
    fig("(từ 12 con/kg trở xuống)", "12", 12, "measure", "con/kg", approx="at_most", optional=True,
        subject="kích cỡ mực khô loại đặc biệt"),
    fig("giá 1,4-1,5 triệu", "1,4", 1400000, "money", "đồng/kg", value_max=1500000,
        subject="giá mực khô loại đặc biệt"),
    fig("khoảng 900.000 đồng/kg", "900.000", 900000, "money", "đồng/kg", approx="about",
        subject="giá mực khô loại 2"),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="lượng khách ghé mua vào mùa du lịch"),
    fig("được 50-60 kg", "50", 50, "measure", "kg", value_max=60, subject="mực khô cơ sở bán lẻ trong ngày"),
    fig("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", approx="about",
        subject="hải sản khô các hộ chế biến sản xuất", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("ước đạt 230 tỷ", "230", 230000000000, "money", "đồng", status="estimate",
        subject="giá trị hải sản khô", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="sản phẩm hải sản khô đạt OCOP 3 sao"),
    fig("1 sản phẩm đạt 4 sao", "1", 1, "count", "sản phẩm", subject="sản phẩm hải sản khô đạt OCOP 4 sao"),
    fig("lên 1.300 tấn", "1.300", 1300, "measure", "tấn", status="target",
        subject="sản lượng hải sản khô", period=Y24),
    fig("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", status="target",
        subject="diện tích khu phơi tập trung quy hoạch", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): dried seafood village in thị xã Cửa Lò; byline 'NGUYỄN HẢI' and bare date '15/07/2024' at the end.",
    "Every figure describes Cửa Lò (wards Nghi Thủy, Nghi Tân are below district level, kept in the subject).",
    "Distractors: 'khối 5' (name), 'một trong những' (not a count), 'loại 2' (grade), '3 sao'/'4 sao' (OCOP levels).",
    "58 and 37 are parts after 'trong đó' (total 126, not adding up is fine: the cue states the part).",
    "'Mỗi ngày … 1,5 đến 2 tấn' and '300 kg' are daily amounts (unit with /ngày). 'tăng gấp đôi' standing as the claim: multiple 2 lần.",
    "'(từ 12 con/kg trở xuống)' is a size grade (optional). The 2,5 ha plan continues 'phấn đấu' ('đồng thời'): target.",
]

if __name__ == "__main__":
    write("p1127-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Cửa Lò")
