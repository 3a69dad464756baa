"""p1461-5: Party newspaper (Báo Cần Thơ): feature on toner-refilling shops in Cần Thơ, a shop in quận Ninh Kiều."""
from lib import F, P, I, C, T, write

TEXT = """BÁO CẦN THƠ ONLINE
Thời sự | Kinh tế | Xã hội | Đô thị | Văn hóa

Nghề nạp mực in: nhỏ mà “sống khỏe”

Thứ Hai, 15/04/2024, 06:30

Chỉ với chừng ba chục triệu đồng vốn ban đầu, nhiều cơ sở nạp mực, sửa máy in ở Cần Thơ có thu nhập ổn định, đồng thời góp phần giảm lượng hộp mực thải ra môi trường.

(CTO) - Cơ sở nạp mực Hoàng Phát của anh Lâm Quốc Hưng tại số 118 đường Trần Hưng Đạo, phường An Nghiệp, quận Ninh Kiều mỗi ngày nhận nạp từ 40 đến 50 hộp mực, chủ yếu các loại 12A, 35A, 85A cho trường học, ngân hàng và doanh nghiệp. Anh Hưng cho biết, giá nạp một hộp mực máy in laser đen trắng từ 70.000 đến 90.000 đồng, chỉ bằng khoảng 20% giá hộp mực mới chính hãng; thay trống, gạt mực thêm 120.000 đồng.

Cơ sở hiện có 5 thợ, thu nhập từ 8 đến 10 triệu đồng/người/tháng. Năm 2023, cơ sở nạp khoảng 14.000 lượt hộp mực, doanh thu gần 1,2 tỷ đồng, tăng khoảng 25% so với năm 2022.

Theo anh Hưng, khoảng 70% số hộp mực có thể nạp lại từ 3 đến 5 lần trước khi phải thay vỏ. Vỏ hỏng được gom lại, bán cho cơ sở tái chế với giá 3.000-5.000 đồng/vỏ.

Theo Sở Công Thương TP Cần Thơ, toàn thành phố hiện có hơn 120 cơ sở kinh doanh, nạp mực và sửa chữa máy in, trong đó quận Ninh Kiều có 52 cơ sở. Mỗi năm, các cơ sở này nạp lại khoảng 250.000 hộp mực, giúp giảm hàng chục tấn rác thải nhựa.

Ông Trần Minh Tâm, Phó Giám đốc Sở Công Thương, cho biết năm nay thành phố phấn đấu có ít nhất 30 cơ sở tham gia mạng lưới thu gom hộp mực thải, hướng tới thu gom 50.000 hộp mực/năm.

KHÁNH TRUNG
"""

NK = "Ninh Kiều"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("chừng ba chục triệu", "ba chục", 30e6, "money", "đồng", approx="about",
      subject="vốn ban đầu của cơ sở nạp mực, sửa máy in"),
    F("từ 40 đến 50 hộp", "40", 40, "measure", "hộp mực/ngày", value_max=50,
      subject="hộp mực cơ sở nạp mực Hoàng Phát nhận nạp mỗi ngày", location=NK),
    F("từ 70.000 đến 90.000", "70.000", 70000, "money", "đồng/hộp", value_max=90000, percent=20,
      subject="giá nạp một hộp mực máy in laser đen trắng", location=NK),
    F("thêm 120.000 đồng", "120.000", 120000, "money", "đồng",
      subject="giá thay trống, gạt mực", location=NK),
    F("có 5 thợ", "5", 5, "count", "thợ", subject="thợ của cơ sở", location=NK),
    F("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=10e6,
      subject="thu nhập của thợ", location=NK),
    F("khoảng 14.000 lượt", "14.000", 14000, "count", "lượt", approx="about",
      subject="lượt hộp mực cơ sở nạp", period=Y23, location=NK),
    F("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
      change=C("increase", 25, "%", "năm 2022", approx="about"),
      subject="doanh thu của cơ sở", period=Y23, location=NK),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="số hộp mực có thể nạp lại", location=NK),
    F("từ 3 đến 5 lần", "3", 3, "count", "lần", value_max=5,
      subject="số lần một hộp mực có thể nạp lại trước khi thay vỏ", location=NK),
    F("giá 3.000-5.000", "3.000", 3000, "money", "đồng/vỏ", value_max=5000,
      subject="giá bán vỏ hộp mực hỏng cho cơ sở tái chế", location=NK),
    F("hơn 120 cơ sở", "120", 120, "count", "cơ sở", approx="over",
      subject="cơ sở kinh doanh, nạp mực và sửa chữa máy in"),
    F("có 52 cơ sở", "52", 52, "count", "cơ sở", total=120,
      subject="cơ sở kinh doanh, nạp mực và sửa chữa máy in", location=NK),
    F("khoảng 250.000 hộp", "250.000", 250000, "measure", "hộp mực/năm", approx="about",
      subject="hộp mực các cơ sở nạp lại mỗi năm"),
    F("hàng chục tấn", "hàng chục", 10, "measure", "tấn", approx="about",
      subject="rác thải nhựa giảm được", optional=True),
    F("ít nhất 30 cơ sở", "30", 30, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở tham gia mạng lưới thu gom hộp mực thải", period=NOW),
    F("thu gom 50.000 hộp", "50.000", 50000, "measure", "hộp mực/năm", status="target",
      subject="hộp mực thải thu gom", period=NOW),
]

NOTES = [
    "Party newspaper (Báo Cần Thơ): menu, 'Thứ Hai, 15/04/2024, 06:30' dateline, sapo, tag '(CTO) -', byline at the end.",
    "Distractors: 06:30, 'số 118 đường Trần Hưng Đạo', cartridge models '12A, 35A, 85A', baseline 'năm 2022'.",
    "Sapo 'chừng ba chục triệu đồng' = 30 000 000 (number word, approx about). Location Cần Thơ for city figures.",
    "The shop is in quận Ninh Kiều: its figures get Ninh Kiều; '52 cơ sở' after 'trong đó quận Ninh Kiều' is a part of 'hơn 120 cơ sở' (total 120).",
    "'chỉ bằng khoảng 20% giá hộp mực mới' follows the price range: percent attribute 20.",
    "Per-time amounts: 'mỗi ngày ... từ 40 đến 50 hộp mực', 'Mỗi năm ... khoảng 250.000 hộp mực', '50.000 hộp mực/năm' are rates:",
    "kind measure, the time in the unit (as 'bác sĩ/1 vạn dân' in the spec). 'nạp lại từ 3 đến 5 lần' counts refills: count, unit 'lần'.",
    "'hàng chục tấn' is vague (the spec gives no value for 'hàng chục'): optional, value 10.",
    "'năm nay' takes the year of the dateline (2024); 'phấn đấu' governs both clauses of the last sentence (target).",
]

if __name__ == "__main__":
    write("p1461-5", TEXT, NOTES, FIGS, published="2024-04-15", location="Cần Thơ")
