"""p1364-5: Party newspaper (Báo Quảng Nam, tag (QNO)): quần thể 68 cây dầu rái ở Quế Sơn recognised."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM
Thời sự | Chính trị | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh

Quần thể 68 cây dầu rái ở Quế Sơn thành Cây Di sản Việt Nam

Thứ Sáu, 07/06/2024 | 10:22

Quần thể 68 cây dầu rái cổ thụ tại làng Trung Phước vừa được công nhận Cây Di sản Việt Nam, mở ra cơ hội gắn bảo tồn với phát triển du lịch sinh thái cộng đồng.

(QNO) - Sáng 6/6, UBND huyện Quế Sơn tổ chức lễ đón nhận bằng công nhận Cây Di sản Việt Nam cho quần thể cây dầu rái tại làng Trung Phước, xã Quế Phong. Quần thể gồm 68 cây có tuổi từ 120 đến 250 năm, cao 25 - 35 m, trải trên diện tích khoảng 3,2 ha dọc bờ sông Thu Bồn.

Theo ông Nguyễn Văn Ba, Trưởng thôn Trung Phước, trước đây làng có hơn 200 cây dầu, nhưng chiến tranh và nạn khai thác gỗ khiến nhiều cây bị mất. Năm 1998, làng lập hương ước bảo vệ rừng dầu. Theo hương ước, mỗi hộ đóng góp 50.000 đồng/hộ/năm để thuê người trông coi. Hiện có 146 hộ tham gia, góp được khoảng 7,3 triệu đồng mỗi năm.

Quảng Nam hiện có 97 cây và 6 quần thể cây được công nhận Cây Di sản Việt Nam, đứng thứ 2 khu vực Nam Trung Bộ, sau Bình Định. Riêng năm 2023, tỉnh có thêm 14 cây được công nhận.

Ông Lê Văn Thạnh, Chủ tịch UBND xã Quế Phong cho biết, năm 2025 xã dự kiến đầu tư khoảng 1,5 tỷ đồng làm đường dạo, nhà chờ và bảng thuyết minh; phấn đấu đón 5.000 - 6.000 lượt khách mỗi năm, tạo việc làm cho ít nhất 20 lao động địa phương.

HOÀNG LIÊN

Tin cùng chuyên mục:
- Quế Sơn: Ra mắt mô hình du lịch cộng đồng thôn 3
- Hội An: Khai mạc Lễ hội Đèn lồng năm 2024
"""

Y23 = per("Riêng năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
QS, QN = "Quế Sơn", "Quảng Nam"

FIGS = [
    fig("Quần thể 68 cây dầu rái ở", "68", 68, "count", "cây", subject="quần thể cây dầu rái"),
    fig("Quần thể 68 cây dầu rái cổ thụ", "68", 68, "count", "cây", subject="quần thể cây dầu rái cổ thụ"),
    fig("gồm 68 cây", "68", 68, "count", "cây", subject="cây dầu rái trong quần thể"),
    fig("từ 120 đến 250 năm", "120", 120, "measure", "năm", value_max=250, subject="tuổi cây dầu rái"),
    fig("cao 25 - 35 m", "25", 25, "measure", "m", value_max=35, subject="chiều cao cây dầu rái"),
    fig("khoảng 3,2 ha", "3,2", 3.2, "measure", "ha", approx="about", subject="diện tích quần thể"),
    fig("hơn 200 cây", "200", 200, "count", "cây", approx="over", subject="cây dầu trước đây của làng"),
    fig("góp 50.000 đồng", "50.000", 50000, "money", "đồng/hộ/năm", subject="đóng góp mỗi hộ thuê người trông coi"),
    fig("có 146 hộ", "146", 146, "count", "hộ", subject="hộ tham gia đóng góp"),
    fig("khoảng 7,3 triệu", "7,3", 7.3e6, "money", "đồng/năm", approx="about", subject="số tiền hộ góp được"),
    fig("có 97 cây", "97", 97, "count", "cây", subject="cây được công nhận Cây Di sản Việt Nam", location=QN),
    fig("và 6 quần thể", "6", 6, "count", "quần thể", subject="quần thể cây được công nhận Cây Di sản Việt Nam",
        location=QN),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số cây di sản", location=QN),
    fig("thêm 14 cây", "14", 14, "count", "cây", subject="cây được công nhận", period=Y23, location=QN),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="forecast",
        subject="đầu tư làm đường dạo, nhà chờ và bảng thuyết minh", period=Y25),
    fig("đón 5.000 - 6.000", "5.000", 5000, "measure", "lượt khách/năm", value_max=6000, status="target",
        subject="lượt khách đón", period=Y25),
    fig("ít nhất 20 lao động", "20", 20, "count", "lao động", approx="at_least", status="target",
        subject="việc làm cho lao động địa phương", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): menu, 'Thứ Sáu, 07/06/2024 | 10:22' (published), sapo, tag '(QNO) -', byline, related links.",
    "Distractors: 'Sáng 6/6', 'Nguyễn Văn Ba' (a name with a number word), 'Năm 1998' (a founding year), 'sông Thu Bồn', 'thôn 3',",
    "'năm 2024' in a related link.",
    "Location: the quần thể and commune figures → Quế Sơn (district); 'Quảng Nam hiện có ...' and the rank → Quảng Nam.",
    "The headline, the sapo and the body each state 68: three figures. 'Quần thể gồm 68 cây' has no whole figure before 'gồm': no total.",
    "Ranges 'từ 120 đến 250 năm', 'cao 25 - 35 m', '5.000 - 6.000 lượt khách mỗi năm' → value_max. Standing rules ('Theo hương ước', 'Hiện') take no period.",
    "'năm 2025 xã dự kiến ...; phấn đấu ...' → 1,5 tỷ forecast; the visitors and jobs after 'phấn đấu' are targets; all period 2025.",
]

if __name__ == "__main__":
    write("p1364-5", TEXT, NOTES, FIGS, published="2024-06-07", location=QS)
