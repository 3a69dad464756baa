"""p767-5: Party newspaper (Báo Quảng Ninh) — island district Cô Tô, over 10 years on the national grid."""
from lib import fig, per, inh, ch, write

TEXT = """Hơn 10 năm điện lưới quốc gia ra đảo Cô Tô

Ngày 12/10/2013, điện lưới quốc gia chính thức về đến huyện đảo Cô Tô, chấm dứt thời kỳ người dân chỉ có điện từ máy phát diesel khoảng 4 giờ mỗi ngày. Hơn 10 năm qua, diện mạo huyện đảo đã thay đổi rõ rệt.

Công trình cấp điện cho Cô Tô có tổng mức đầu tư 1.062 tỷ đồng, gồm tuyến đường dây 110kV dài 72,4 km, trong đó 23,5 km cáp ngầm xuyên biển, cùng trạm biến áp công suất 16 MVA. Đây từng là tuyến cáp ngầm vượt biển dài nhất cả nước.

Theo Điện lực Cô Tô, năm 2023 sản lượng điện thương phẩm trên đảo đạt 18,6 triệu kWh, gấp gần 9 lần năm 2013; số khách hàng sử dụng điện là 2.950, tăng 68% so với năm 2014. Tỷ lệ cung cấp điện liên tục đạt 99,9%.

Có điện ổn định, kinh tế biển đảo phát triển mạnh. Năm 2023, Cô Tô đón khoảng 280.000 lượt khách du lịch, tăng 12,5% so với năm 2022; tổng thu ngân sách trên địa bàn ước đạt 95 tỷ đồng. Thu nhập bình quân đầu người đạt 72 triệu đồng/năm, gấp 3,4 lần năm 2013. Toàn huyện hiện có 47 cơ sở lưu trú với hơn 600 phòng; 3/3 xã, thị trấn đạt chuẩn nông thôn mới, trong đó xã Đồng Tiến đạt chuẩn nông thôn mới nâng cao.

Tuy nhiên, vào cao điểm hè, phụ tải trên đảo có thể tăng thêm từ 30 đến 40%. Công ty Điện lực Quảng Ninh dự kiến đầu tư thêm một máy biến áp 25 MVA trong năm 2024, vốn khoảng 48 tỷ đồng.

Bà Nguyễn Thị Hương, Chủ tịch UBND huyện Cô Tô, cho biết huyện đang kiến nghị tỉnh bố trí quỹ đất xây dựng trạm biến áp mới tại khu vực đảo Thanh Lân.

MẠNH TRƯỜNG

08/01/2024
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 4 giờ mỗi ngày", "4", 4, "measure", "giờ", "thời gian có điện từ máy phát diesel mỗi ngày",
        approx="about"),
    fig("tư 1.062 tỷ đồng", "1.062", 1062e9, "money", "đồng", "tổng mức đầu tư công trình cấp điện cho Cô Tô"),
    fig("dài 72,4 km", "72,4", 72.4, "measure", "km", "tuyến đường dây 110kV"),
    fig("23,5 km", "23,5", 23.5, "measure", "km", "cáp ngầm xuyên biển", total=72.4),
    fig("16 MVA", "16", 16, "measure", "MVA", "công suất trạm biến áp"),
    fig("đạt 18,6 triệu kWh", "18,6", 18.6e6, "measure", "kWh", "sản lượng điện thương phẩm trên đảo", Y23,
        change=ch("increase", 9, "lần", baseline="năm 2013", approx="nearly")),
    fig("là 2.950", "2.950", 2950, "count", "khách hàng", "số khách hàng sử dụng điện", Y23,
        change=ch("increase", 68, baseline="năm 2014")),
    fig("liên tục đạt 99,9%", "99,9", 99.9, "percent", "%", "tỷ lệ cung cấp điện liên tục", inh(Y23)),
    fig("khoảng 280.000 lượt khách", "280.000", 280000, "count", "lượt khách", "lượt khách du lịch", Y23b,
        approx="about", change=ch("increase", 12.5, baseline="năm 2022")),
    fig("ước đạt 95 tỷ đồng", "95", 95e9, "money", "đồng", "tổng thu ngân sách trên địa bàn", Y23b,
        status="estimate"),
    fig("72 triệu đồng/năm", "72", 72e6, "money", "đồng/năm", "thu nhập bình quân đầu người", inh(Y23b),
        change=ch("increase", 3.4, "lần", baseline="năm 2013")),
    fig("47 cơ sở lưu trú", "47", 47, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    fig("hơn 600 phòng", "600", 600, "count", "phòng", "phòng lưu trú", approx="over"),
    fig("3/3 xã, thị trấn", "3", 3, "count", "xã, thị trấn", "xã, thị trấn đạt chuẩn nông thôn mới", total=3),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "phụ tải trên đảo tăng thêm vào cao điểm hè", value_max=40),
    fig("25 MVA", "25", 25, "measure", "MVA", "máy biến áp đầu tư thêm", Y24, status="forecast"),
    fig("khoảng 48 tỷ đồng", "48", 48e9, "money", "đồng", "vốn đầu tư máy biến áp", Y24, approx="about",
        status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Ninh): Cô Tô island district, more than 10 years on the grid. Byline in capitals and bare date at the end.",
    "Location: the island district Cô Tô throughout (Công ty Điện lực Quảng Ninh invests there).",
    "Not figures: 'Hơn 10 năm' (headline and lead, anniversary duration), 'Ngày 12/10/2013', '110kV' (line class), 'năm 2014' baseline.",
    "'khoảng 4 giờ mỗi ngày' is the claim (hours of diesel power a day): a measure.",
    "'23,5 km cáp ngầm' after 'trong đó' is a part of the 72,4 km line → total 72.4.",
    "'gấp gần 9 lần năm 2013' / 'gấp 3,4 lần năm 2013' directly after a figure are its change (unit lần), as 'tăng … lần so với' in the spec;",
    "'2.950' has its unit only in the subject (số khách hàng): unit khách hàng. '3/3 xã, thị trấn' → total 3.",
    "'có thể tăng thêm từ 30 đến 40%' is a rate that is itself the claim: percent with value_max, no change.",
    "'dự kiến đầu tư … 25 MVA trong năm 2024, vốn khoảng 48 tỷ đồng' → forecast, both. 'hiện có' sentences: no period.",
]

if __name__ == "__main__":
    write("p767-5", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Cô Tô")
