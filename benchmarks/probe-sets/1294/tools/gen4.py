"""p1294-4: provincial newspaper (Báo Gia Lai, tag (GLO)): dã quỳ season at núi lửa Chư Đăng Ya, huyện Chư Păh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Du lịch
Thứ Ba, 19/11/2024, 07:15

Chư Đăng Ya rực vàng dã quỳ, hút khách dịp cuối tuần

Mùa hoa dã quỳ năm nay nở rộ sớm, các sườn núi lửa Chư Đăng Ya nhuộm vàng, kéo theo lượng khách tăng mạnh. Người dân địa phương có thêm nguồn thu từ bán vé, nông sản và dịch vụ.

(GLO) - Chỉ trong hai ngày cuối tuần 16 và 17/11, núi lửa Chư Đăng Ya (huyện Chư Păh) đã đón hơn 6.000 lượt khách. Nhiều đoàn khách từ TP Hồ Chí Minh, Đà Nẵng đi xe khách giường nằm lên từ tối thứ Sáu.

Theo ông Rơ Mah Thuận, Chủ tịch UBND xã Chư Đăng Ya, năm nay xã dành khoảng 15 ha ven sườn núi để dã quỳ mọc tự nhiên, đồng thời trồng thêm 4 ha hoa hướng dương tại làng Ia Gri. Giá vé tham quan là 20.000 đồng/người, gửi xe máy 10.000 đồng/lượt. Nguồn thu từ vé được chia theo tỷ lệ 70% cho Tổ hợp tác du lịch cộng đồng và 30% cho ngân sách xã.

Tổ hợp tác du lịch cộng đồng Chư Đăng Ya hiện có 27 thành viên, trong đó 19 người là đồng bào Jrai. Ngoài bán vé, các thành viên còn bán bí đỏ, khoai lang, cơm lam, thu từ 1,5 đến 2 triệu đồng/hộ mỗi ngày cuối tuần.

Lễ hội Hoa dã quỳ - Núi lửa Chư Đăng Ya lần thứ 5 dự kiến diễn ra từ ngày 22 đến 24/11/2024. Ban tổ chức dự kiến đón khoảng 30.000 lượt khách, gấp đôi năm 2023. Năm 2023, lễ hội đón 15.200 lượt khách, doanh thu dịch vụ đạt hơn 2,1 tỷ đồng.

Theo Sở Văn hóa, Thể thao và Du lịch, 10 tháng năm 2024, Gia Lai đón 1,28 triệu lượt khách, tăng 15% so với cùng kỳ; tổng thu từ du lịch ước đạt 1.450 tỷ đồng.

Dù vậy, hạ tầng tại điểm hoa còn hạn chế. Đường lên miệng núi lửa dài khoảng 1,2 km chưa được bê tông hóa, bãi đỗ xe chỉ chứa được chừng 300 xe máy.

HỒNG THI
"""

WE = per("hai ngày cuối tuần 16 và 17/11", "2024-11-16", "2024-11-17")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
FEST = per("từ ngày 22 đến 24/11/2024", "2024-11-22", "2024-11-24", inherited=True)
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TEN = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
CP = "Chư Păh"

FIGS = [
    fig("hơn 6.000", "6.000", 6000, "count", "lượt khách", approx="over", period=WE, location=CP,
        subject="lượt khách núi lửa Chư Đăng Ya đón"),
    fig("khoảng 15 ha", "15", 15, "measure", "ha", approx="about", period=Y24, location=CP,
        subject="diện tích ven sườn núi xã dành để dã quỳ mọc tự nhiên"),
    fig("thêm 4 ha", "4", 4, "measure", "ha", period=Y24, location=CP,
        subject="diện tích hoa hướng dương trồng thêm"),
    fig("là 20.000 đồng", "20.000", 20000, "money", "đồng/người", location=CP, subject="giá vé tham quan"),
    fig("máy 10.000 đồng", "10.000", 10000, "money", "đồng/lượt", location=CP, subject="giá gửi xe máy"),
    fig("tỷ lệ 70%", "70", 70, "percent", "%", location=CP,
        subject="tỷ lệ nguồn thu từ vé chia cho Tổ hợp tác du lịch cộng đồng"),
    fig("và 30%", "30", 30, "percent", "%", location=CP,
        subject="tỷ lệ nguồn thu từ vé chia cho ngân sách xã"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên", location=CP,
        subject="thành viên Tổ hợp tác du lịch cộng đồng Chư Đăng Ya"),
    fig("trong đó 19 người", "19", 19, "count", "người", total=27, location=CP,
        subject="thành viên là đồng bào Jrai"),
    fig("từ 1,5 đến 2 triệu", "1,5", 1.5e6, "money", "đồng/hộ/ngày", value_max=2e6, location=CP,
        subject="thu của các thành viên mỗi ngày cuối tuần"),
    fig("khoảng 30.000", "30.000", 30000, "count", "lượt khách", approx="about", status="forecast",
        change=chg("increase", 2, "lần", "năm 2023"), period=FEST, location=CP,
        subject="lượt khách ban tổ chức dự kiến đón"),
    fig("đón 15.200", "15.200", 15200, "count", "lượt khách", period=Y23, location=CP,
        subject="lượt khách lễ hội đón"),
    fig("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="over", period=Y23, location=CP,
        subject="doanh thu dịch vụ lễ hội"),
    fig("đón 1,28 triệu", "1,28", 1.28e6, "count", "lượt khách", change=chg("increase", 15, "%", "cùng kỳ"),
        period=TEN, subject="lượt khách Gia Lai đón"),
    fig("ước đạt 1.450 tỷ", "1.450", 1450e9, "money", "đồng", status="estimate", period=TEN,
        subject="tổng thu từ du lịch"),
    fig("khoảng 1,2 km", "1,2", 1.2, "measure", "km", approx="about", location=CP,
        subject="chiều dài đường lên miệng núi lửa"),
    fig("chừng 300 xe", "300", 300, "count", "xe máy", approx="about", location=CP,
        subject="sức chứa bãi đỗ xe"),
]

NOTES = [
    "Provincial newspaper (Báo Gia Lai): section name, 'Thứ Ba, 19/11/2024, 07:15', headline, sapo, tag '(GLO) -', byline HỒNG THI at the end.",
    "Distractors: 07:15, '16 và 17/11', 'tối thứ Sáu', 'lần thứ 5', 'từ ngày 22 đến 24/11/2024', 'hai ngày' (duration).",
    "'hai ngày cuối tuần 16 và 17/11' is the period of 'hơn 6.000 lượt khách' (2024-11-16..17, year from the dateline).",
    "Chư Đăng Ya passage (xã of huyện Chư Păh): location Chư Păh; the province paragraph stays Gia Lai (default).",
    "'chia theo tỷ lệ 70% ... và 30% ...' → two percent figures (shares of ticket income).",
    "'27 thành viên, trong đó 19 người' → total 27. 'thu từ 1,5 đến 2 triệu đồng/hộ mỗi ngày cuối tuần' → money range đồng/hộ/ngày ('mỗi ngày' is the denominator).",
    "'dự kiến đón khoảng 30.000 lượt khách, gấp đôi năm 2023' → forecast, change increase 2 lần ('đôi' = 2); festival dates in the",
    "previous sentence → inherited period. 'Năm 2023, lễ hội đón 15.200 ... hơn 2,1 tỷ đồng' → actual 2023.",
    "'khoảng 1,2 km' (road length) and 'chừng 300 xe máy' (parking capacity) are facts: figures ('chừng' → about).",
]

if __name__ == "__main__":
    write("p1294-4", TEXT, NOTES, FIGS, published="2024-11-19", location="Gia Lai")
