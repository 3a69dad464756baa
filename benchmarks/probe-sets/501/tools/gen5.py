"""p501-5: Party newspaper (Báo Sóc Trăng), Tết gifts for poor households, rice relief, poverty 2023, targets 2024."""
from lib import emit, fig, per, chg

TEXT = """BÁO SÓC TRĂNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SÓC TRĂNG
Xã hội

Hơn 47 tỷ đồng chăm lo Tết cho hộ nghèo, gia đình chính sách

Dịp Tết Nguyên đán Giáp Thìn 2024, các cấp, các ngành tỉnh Sóc Trăng đã trao tặng 86.540 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách với tổng trị giá hơn 47,2 tỷ đồng, tăng 12% so với Tết năm trước. Trong đó, quà của Chủ tịch nước tặng người có công với cách mạng là 21.360 suất, trị giá 6,4 tỷ đồng. Ngoài ra, ngân sách tỉnh hỗ trợ 28.915 hộ nghèo, hộ cận nghèo mức 500.000 đồng/hộ.

Các địa phương trao nhiều quà là huyện Trần Đề (9.812 phần), Mỹ Xuyên (8.964 phần) và thị xã Vĩnh Châu (7.230 phần). Bên cạnh đó, tỉnh cấp 312 tấn gạo cứu đói cho 4.160 hộ với 20.800 nhân khẩu trong dịp giáp hạt.

Theo Sở Lao động - Thương binh và Xã hội, năm 2023 toàn tỉnh giảm 4.612 hộ nghèo, tỷ lệ hộ nghèo còn 2,87%; riêng tỷ lệ hộ nghèo đồng bào Khmer giảm còn 5,1%.

Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy, năm 2024 tỉnh phấn đấu xây dựng, sửa chữa 1.500 căn nhà cho hộ nghèo, giảm tỷ lệ hộ nghèo xuống dưới 2%, tỷ lệ hộ nghèo đồng bào Khmer giảm từ 1,5 đến 2%.

Lãnh đạo UBND tỉnh đề nghị các ngành rà soát kỹ, không để hộ nghèo nào không có Tết.

THANH TÂM

05/02/2024

Giấy phép số 45/GP-BTTTT. Địa chỉ: 35 Hai Bà Trưng, Phường 1, TP Sóc Trăng
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 47 tỷ đồng", "47", 47000000000, "money", "đồng", approx="over",
        subject="kinh phí chăm lo Tết cho hộ nghèo, gia đình chính sách"),
    fig("trao tặng 86.540 phần quà", "86.540", 86540, "count", "phần quà",
        subject="phần quà trao tặng hộ nghèo, hộ cận nghèo, gia đình chính sách"),
    fig("hơn 47,2 tỷ đồng", "47,2", 47200000000, "money", "đồng", approx="over",
        change=chg("increase", 12, "%", "Tết năm trước"), subject="tổng trị giá quà Tết"),
    fig("là 21.360 suất", "21.360", 21360, "count", "suất", total=86540,
        subject="quà của Chủ tịch nước tặng người có công với cách mạng"),
    fig("trị giá 6,4 tỷ đồng", "6,4", 6400000000, "money", "đồng", total=47200000000,
        subject="trị giá quà của Chủ tịch nước"),
    fig("hỗ trợ 28.915 hộ", "28.915", 28915, "count", "hộ",
        subject="hộ nghèo, hộ cận nghèo được ngân sách tỉnh hỗ trợ"),
    fig("500.000 đồng/hộ", "500.000", 500000, "money", "đồng/hộ", subject="mức hỗ trợ của ngân sách tỉnh"),
    fig("Trần Đề (9.812 phần)", "9.812", 9812, "count", "phần", subject="phần quà trao tặng", location="Trần Đề"),
    fig("Mỹ Xuyên (8.964 phần)", "8.964", 8964, "count", "phần", subject="phần quà trao tặng", location="Mỹ Xuyên"),
    fig("Vĩnh Châu (7.230 phần)", "7.230", 7230, "count", "phần", subject="phần quà trao tặng", location="Vĩnh Châu"),
    fig("312 tấn gạo", "312", 312, "measure", "tấn", subject="gạo cứu đói"),
    fig("cho 4.160 hộ", "4.160", 4160, "count", "hộ", subject="hộ được cấp gạo cứu đói"),
    fig("20.800 nhân khẩu", "20.800", 20800, "count", "nhân khẩu", subject="nhân khẩu được cấp gạo cứu đói"),
    fig("giảm 4.612 hộ nghèo", "4.612", 4612, "count", "hộ", subject="hộ nghèo giảm", period=Y23),
    fig("còn 2,87%", "2,87", 2.87, "percent", "%", subject="tỷ lệ hộ nghèo", period=Y23),
    fig("giảm còn 5,1%", "5,1", 5.1, "percent", "%", subject="tỷ lệ hộ nghèo đồng bào Khmer", period=Y23),
    fig("sửa chữa 1.500 căn nhà", "1.500", 1500, "count", "căn nhà", status="target",
        subject="căn nhà cho hộ nghèo xây dựng, sửa chữa", period=Y24),
    fig("xuống dưới 2%", "2", 2, "percent", "%", approx="under", status="target",
        subject="tỷ lệ hộ nghèo", period=Y24),
    fig("từ 1,5 đến 2%", "1,5", 1.5, "percent", "%", value_max=2, status="target",
        subject="tỷ lệ hộ nghèo đồng bào Khmer giảm", period=Y24),
]

NOTES = [
    "Báo Sóc Trăng (Party newspaper): Tết Giáp Thìn 2024 gifts for poor households, rice relief, poverty 2023 and targets 2024.",
    "Byline and bare date '05/02/2024' at the end give `published`. 'Tết Nguyên đán Giáp Thìn 2024' is an occasion, not a period: Tết figures get none.",
    "After 'Trong đó': 21.360 suất is part of the 86.540 gifts, 6,4 tỷ part of the 47,2 tỷ. 'Ngoài ra' starts no part. The district",
    "list has no cue and does not add up: no total. 'tăng 12% so với Tết năm trước' is the change of 47,2 tỷ.",
    "'Nghị quyết số 09-NQ/TU', 'Giấy phép số 45/GP-BTTTT', '35 Hai Bà Trưng, Phường 1' are not figures.",
]

if __name__ == "__main__":
    emit("p501-5", TEXT, NOTES, FIGS, published="2024-02-05", location="Sóc Trăng")
