"""p1211-5: Party newspaper (Báo Hòa Bình): sacha inchi cooperative and farmers in huyện Kim Bôi; byline + bare date."""
from lib import F, P, I, C, T, write

TEXT = """Hướng đi mới từ cây sachi ở Kim Bôi

Từ mô hình trồng thử nghiệm năm 2018, đến nay huyện Kim Bôi đã có 186 ha sachi, tăng gấp 1,5 lần so với năm 2020. Trong đó, xã Nam Thượng có diện tích lớn nhất với 64 ha, tiếp đến là xã Kim Lập 41 ha.

HTX Nông nghiệp và Dịch vụ Nam Thượng được thành lập năm 2019 với 7 thành viên, nay đã có 42 thành viên và liên kết với 115 hộ dân. Năm 2023, HTX thu mua 210 tấn quả sachi tươi, sản xuất khoảng 25.000 lít dầu, doanh thu đạt 6,8 tỷ đồng, lợi nhuận hơn 900 triệu đồng. HTX hiện có hai dây chuyền ép lạnh, tạo việc làm thường xuyên cho 18 lao động với thu nhập từ 6 đến 7 triệu đồng/người/tháng.

Ông Bùi Văn Hạnh ở xóm Mớ Đá, xã Nam Thượng là một trong những hộ trồng sachi đầu tiên. Với 1,2 ha, mỗi năm gia đình ông thu hoạch khoảng 4 tấn hạt khô, trừ chi phí còn lãi gần 100 triệu đồng. “Sachi cho thu quanh năm, chăm sóc nhẹ nhàng hơn trồng ngô, mà lãi gấp 3 lần”, ông Hạnh chia sẻ.

Quý I/2024, giá quả sachi tươi được HTX thu mua ổn định ở mức 9.000 đồng/kg, hạt khô 30.000 đồng/kg. Toàn huyện có 96% diện tích sachi được tiêu thụ qua hợp đồng liên kết.

Tại Đại hội đại biểu Đảng bộ huyện lần thứ XX, Kim Bôi xác định sachi là một trong 5 cây trồng chủ lực. Huyện phấn đấu đến năm 2025 mở rộng diện tích sachi lên 250 ha; dự kiến sản lượng hạt khô đạt khoảng 600 tấn/năm.

Bài, ảnh: Đinh Thắng
18/4/2024
"""

Y19 = P("năm 2019", "2019-01-01", "2019-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")
HTX = "HTX Nông nghiệp và Dịch vụ Nam Thượng"

FIGS = [
    F("có 186 ha", "186", 186, "measure", "ha", change=C("increase", 1.5, "lần", "năm 2020"),
      subject="diện tích sachi"),
    F("với 64 ha", "64", 64, "measure", "ha", total=186, subject="diện tích sachi xã Nam Thượng"),
    F("Kim Lập 41 ha", "41", 41, "measure", "ha", total=186, subject="diện tích sachi xã Kim Lập"),
    F("với 7 thành viên", "7", 7, "count", "thành viên", subject=f"thành viên {HTX} khi thành lập", period=Y19),
    F("có 42 thành viên", "42", 42, "count", "thành viên", subject=f"thành viên {HTX}"),
    F("với 115 hộ", "115", 115, "count", "hộ dân", subject=f"hộ dân liên kết với {HTX}"),
    F("mua 210 tấn", "210", 210, "measure", "tấn", subject="quả sachi tươi HTX thu mua", period=Y23),
    F("khoảng 25.000 lít", "25.000", 25000, "measure", "lít", approx="about", subject="dầu sachi HTX sản xuất",
      period=Y23),
    F("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", subject="doanh thu của HTX", period=Y23),
    F("hơn 900 triệu", "900", 900e6, "money", "đồng", approx="over", subject="lợi nhuận của HTX", period=Y23),
    F("có hai dây chuyền", "hai", 2, "count", "dây chuyền ép lạnh", subject="dây chuyền ép lạnh của HTX"),
    F("cho 18 lao động", "18", 18, "count", "lao động", subject="lao động làm việc thường xuyên tại HTX"),
    F("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
      subject="thu nhập của lao động tại HTX"),
    F("Với 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích sachi của gia đình ông Bùi Văn Hạnh"),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn/năm", approx="about",
      subject="hạt sachi khô gia đình ông Bùi Văn Hạnh thu hoạch mỗi năm"),
    F("gần 100 triệu", "100", 100e6, "money", "đồng/năm", approx="nearly",
      subject="lãi trồng sachi của gia đình ông Bùi Văn Hạnh"),
    F("lãi gấp 3 lần", "3", 3, "multiple", "lần", optional=True,
      subject="lãi trồng sachi so với trồng ngô"),
    F("mức 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", subject="giá quả sachi tươi HTX thu mua", period=Q1),
    F("khô 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", subject="giá hạt sachi khô HTX thu mua",
      period=Q1),
    F("có 96%", "96", 96, "percent", "%", subject="diện tích sachi được tiêu thụ qua hợp đồng liên kết"),
    F("trong 5 cây", "5", 5, "count", "cây trồng chủ lực", subject="cây trồng chủ lực của huyện"),
    F("lên 250 ha", "250", 250, "measure", "ha", status="target", subject="diện tích sachi", period=T25),
    F("khoảng 600 tấn", "600", 600, "measure", "tấn/năm", approx="about", status="forecast",
      subject="sản lượng hạt sachi khô", period=T25),
]

NOTES = [
    "Party newspaper (Báo Hòa Bình) feature; byline 'Bài, ảnh: Đinh Thắng' and bare date '18/4/2024' at the end (published).",
    "Default location is the district Kim Bôi (communes Nam Thượng, Kim Lập, xóm Mớ Đá lie in it).",
    "Distractors: 'năm 2018', 'năm 2020' (baseline), 'xóm Mớ Đá', 'Đại hội … lần thứ XX', 'một trong những hộ', 'một trong 5' (only the 5 is a figure).",
    "'tăng gấp 1,5 lần so với năm 2020' is the change of 186 ha. 'Trong đó, xã Nam Thượng … 64 ha, tiếp đến là xã Kim Lập 41 ha' are parts of 186.",
    "'7 thành viên' at founding carries 'năm 2019'. 'lãi gấp 3 lần' in a farmer's quote is a multiple (optional: a quoted impression).",
    "'hai dây chuyền' is a number word. The 600 tấn forecast follows ';' after 'đến năm 2025' in the same sentence: it takes that period (scored).",
]

if __name__ == "__main__":
    write("p1211-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Kim Bôi")
