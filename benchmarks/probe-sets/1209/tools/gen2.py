"""p1209-2: district portal (huyện Triệu Phong, Quảng Trị): tree-planting festival on coastal dunes, a household."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRIỆU PHONG
Giới thiệu | Tin tức | Chính quyền | Thủ tục hành chính

Ra quân trồng 12.000 cây phi lao trên cát Triệu Vân

Thứ Tư, 21/02/2024 - 15:40

Sáng 20/2, tại thôn 5, xã Triệu Vân, UBND huyện Triệu Phong tổ chức Lễ phát động Tết trồng cây "Đời đời nhớ ơn Bác Hồ" Xuân Giáp Thìn 2024. Tại buổi lễ, hơn 300 đoàn viên, thanh niên, cán bộ và nhân dân đã trồng 12.000 cây phi lao trên diện tích 5 ha cồn cát ven biển. Cây giống do Ban quản lý rừng phòng hộ huyện hỗ trợ 100%.

Triệu Phong có 18 km bờ biển, diện tích cồn cát ven biển khoảng 4.600 ha, trải dài trên 3 xã Triệu An, Triệu Vân và Triệu Lăng. Sau hơn hai mươi năm trồng rừng, đến nay diện tích rừng phi lao của huyện đạt 2.860 ha, gấp hơn hai lần so với năm 2005; độ che phủ rừng vùng cát đạt 52%.

Gia đình ông Lê Văn Hùng ở thôn 3, xã Triệu Lăng nhận trồng và chăm sóc 3,5 ha phi lao từ năm 2015. Nhờ có rừng che chắn, hai sào đất trồng dưa hấu, khoai lang của gia đình không còn bị cát vùi, cho thu nhập khoảng 80 triệu đồng mỗi năm. Ông Hùng còn nuôi thêm một đàn dê 25 con dưới tán rừng.

Năm 2024, huyện phấn đấu trồng mới 45 ha rừng phòng hộ ven biển, trong đó trồng phi lao chắn cát 30 ha; trồng cây phân tán khoảng 60.000 cây. Tổng kinh phí dự kiến 1,8 tỷ đồng, mức hỗ trợ trồng rừng phòng hộ từ 30 đến 35 triệu đồng/ha.

Dịp này, Huyện đoàn trao 20 suất quà cho các hộ nghèo ven biển, mỗi suất trị giá 500.000 đồng.

Hoàng Anh - Phòng Nông nghiệp và PTNT
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("đến nay", None, "2024-02-21")

FIGS = [
    fig("Ra quân trồng 12.000 cây", "12.000", 12000, "count", "cây phi lao",
        subject="cây phi lao trồng trên cát Triệu Vân"),
    fig("hơn 300 đoàn viên", "300", 300, "count", "đoàn viên", approx="over",
        subject="đoàn viên, thanh niên, cán bộ và nhân dân tham gia trồng cây"),
    fig("đã trồng 12.000 cây", "12.000", 12000, "count", "cây phi lao",
        subject="cây phi lao trồng tại Lễ phát động Tết trồng cây"),
    fig("diện tích 5 ha", "5", 5, "measure", "ha", subject="diện tích cồn cát ven biển được trồng phi lao"),
    fig("hỗ trợ 100%", "100", 100, "percent", "%", subject="tỷ lệ cây giống được Ban quản lý rừng phòng hộ huyện hỗ trợ"),
    fig("có 18 km", "18", 18, "measure", "km", subject="bờ biển"),
    fig("khoảng 4.600 ha", "4.600", 4600, "measure", "ha", approx="about",
        subject="diện tích cồn cát ven biển"),
    fig("trên 3 xã", "3", 3, "count", "xã", subject="xã có cồn cát ven biển"),
    fig("đạt 2.860 ha", "2.860", 2860, "measure", "ha",
        change=chg("increase", 2, "lần", "năm 2005", approx="over"),
        subject="diện tích rừng phi lao của huyện", period=NOW),
    fig("đạt 52%", "52", 52, "percent", "%", subject="độ che phủ rừng vùng cát", period=NOW),
    fig("chăm sóc 3,5 ha", "3,5", 3.5, "measure", "ha",
        subject="rừng phi lao gia đình ông Lê Văn Hùng nhận trồng và chăm sóc"),
    fig("hai sào", "hai", 2, "measure", "sào", subject="đất trồng dưa hấu, khoai lang của gia đình"),
    fig("khoảng 80 triệu", "80", 80000000, "money", "đồng/năm", approx="about",
        subject="thu nhập từ đất trồng dưa hấu, khoai lang của gia đình"),
    fig("một đàn", "một", 1, "count", "đàn dê", optional=True, subject="đàn dê"),
    fig("dê 25 con", "25", 25, "count", "con", subject="dê nuôi dưới tán rừng"),
    fig("mới 45 ha", "45", 45, "measure", "ha", status="target",
        subject="rừng phòng hộ ven biển trồng mới", period=Y24),
    fig("cát 30 ha", "30", 30, "measure", "ha", status="target", total=45,
        subject="diện tích trồng phi lao chắn cát", period=Y24),
    fig("khoảng 60.000 cây", "60.000", 60000, "count", "cây", approx="about", status="target",
        subject="cây phân tán trồng", period=Y24),
    fig("dự kiến 1,8 tỷ", "1,8", 1800000000, "money", "đồng", status="forecast",
        subject="tổng kinh phí", period=inh(Y24)),
    fig("từ 30 đến 35 triệu", "30", 30000000, "money", "đồng/ha", value_max=35000000, status="forecast",
        subject="mức hỗ trợ trồng rừng phòng hộ", period=inh(Y24)),
    fig("trao 20 suất", "20", 20, "count", "suất quà", subject="suất quà trao cho các hộ nghèo ven biển"),
    fig("trị giá 500.000", "500.000", 500000, "money", "đồng", subject="trị giá mỗi suất quà"),
]

NOTES = [
    "District portal (huyện Triệu Phong, Quảng Trị): menu line, 'Thứ Tư, 21/02/2024 - 15:40' (published), byline at the end.",
    "Default location Triệu Phong (district portal); the household in xã Triệu Lăng is in the district too.",
    "Headline '12.000 cây' and body '12.000 cây' are two mentions: both gold. 'đến nay' = as of the published date.",
    "'gấp hơn hai lần so với năm 2005' after 2.860 ha: change in 'lần', approx over. 'hai sào' is a number word (measure).",
    "'một đàn dê 25 con': 'một' is an article-like number word before the count (optional); the 25 con is the figure.",
    "'Tổng kinh phí dự kiến … mức hỗ trợ …' continues the forecast cue; period 'Năm 2024' stands in the previous sentence (inherited).",
    "Distractors: 'Sáng 20/2', 'thôn 5', 'thôn 3', 'Xuân Giáp Thìn 2024', 'từ năm 2015', 'năm 2005' (baseline), 'hơn hai mươi năm' (a duration that locates).",
]

if __name__ == "__main__":
    write("p1209-2", TEXT, NOTES, FIGS, published="2024-02-21", location="Triệu Phong")
