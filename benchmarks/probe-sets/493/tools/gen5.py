"""p493-5: Báo Nghệ An (Party newspaper) — 9 months 2024 house support, byline and date at the end."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH NGHỆ AN

Nghệ An: Gần 4.000 hộ nghèo được hỗ trợ nhà ở trong năm 2024

(BNA) - Theo Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, toàn tỉnh đã khởi công xây mới, sửa chữa 2.716 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, tăng 35,2% so với cùng kỳ; trong đó 1.935 căn đã hoàn thành, đưa vào sử dụng.

Kế hoạch năm 2024, tỉnh hỗ trợ nhà ở cho 3.968 hộ, gồm 812 hộ người có công với cách mạng, 2.247 hộ nghèo và 909 hộ cận nghèo. Nghệ An hiện là địa phương có số hộ cần hỗ trợ nhà ở lớn thứ 2 cả nước. Các huyện miền núi có số nhà khởi công lớn là Kỳ Sơn (524 căn), Tương Dương (418 căn), Quế Phong (305 căn); riêng huyện Con Cuông mới đạt 41,5% kế hoạch.

Đáng chú ý, Bộ Công an đã hỗ trợ tỉnh 85 tỷ đồng để xây mới 1.700 căn nhà tại 11 huyện miền núi, với mức 50 triệu đồng/căn. Ủy ban MTTQ tỉnh đã vận động được hơn 62,4 tỷ đồng, cao hơn 2,3 lần so với năm 2023. Tùy đối tượng, mỗi căn nhà xây mới được hỗ trợ từ 40 đến 60 triệu đồng, sửa chữa từ 20 đến 30 triệu đồng.

Tại nhiều bản dọc Quốc lộ 7, lực lượng đoàn viên thanh niên, bộ đội Biên phòng đã giúp dân tháo dỡ nhà cũ, vận chuyển vật liệu. Gia đình anh Lương Văn Tám ở bản Cà Moong, xã Tam Hợp, vừa được bàn giao căn nhà rộng 45 m² trị giá khoảng 120 triệu đồng.

Quý IV/2024, tỉnh dự kiến khởi công thêm khoảng 1.250 căn, phấn đấu đến hết năm 2024 hoàn thành ít nhất 3.500 căn. Theo Công văn số 2358/UBND-KGVX, các huyện phải báo cáo tiến độ trước ngày 25 hằng tháng.

Thanh Nga
15/10/2024
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 4.000 hộ nghèo", "4.000", 4000, "count", "hộ", approx="nearly",
      subject="hộ nghèo được hỗ trợ nhà ở", period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("sửa chữa 2.716 căn nhà", "2.716", 2716, "count", "căn nhà",
      change=CH("increase", 35.2, baseline="cùng kỳ"),
      subject="căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách khởi công xây mới, sửa chữa", period=M9),
    F("trong đó 1.935 căn", "1.935", 1935, "count", "căn", total=2716,
      subject="căn nhà đã hoàn thành, đưa vào sử dụng", period=M9),
    F("cho 3.968 hộ", "3.968", 3968, "count", "hộ", status="target", subject="hộ được hỗ trợ nhà ở", period=KH),
    F("gồm 812 hộ", "812", 812, "count", "hộ", total=3968, status="target",
      subject="hộ người có công với cách mạng được hỗ trợ nhà ở", period=KH),
    F("2.247 hộ nghèo", "2.247", 2247, "count", "hộ", total=3968, status="target",
      subject="hộ nghèo được hỗ trợ nhà ở", period=KH),
    F("909 hộ cận nghèo", "909", 909, "count", "hộ", total=3968, status="target",
      subject="hộ cận nghèo được hỗ trợ nhà ở", period=KH),
    F("lớn thứ 2 cả nước", "2", 2, "rank", "hạng", subject="số hộ cần hỗ trợ nhà ở"),
    F("Kỳ Sơn (524 căn)", "524", 524, "count", "căn", subject="số nhà khởi công", location="Kỳ Sơn"),
    F("Tương Dương (418 căn)", "418", 418, "count", "căn", subject="số nhà khởi công", location="Tương Dương"),
    F("Quế Phong (305 căn)", "305", 305, "count", "căn", subject="số nhà khởi công", location="Quế Phong"),
    F("mới đạt 41,5%", "41,5", 41.5, "percent", "%", subject="tỷ lệ nhà khởi công so với kế hoạch",
      location="Con Cuông"),
    F("tỉnh 85 tỷ đồng", "85", 85e9, "money", "đồng", subject="kinh phí Bộ Công an hỗ trợ xây mới nhà"),
    F("xây mới 1.700 căn", "1.700", 1700, "count", "căn nhà", subject="căn nhà xây mới tại các huyện miền núi"),
    F("tại 11 huyện", "11", 11, "count", "huyện", subject="huyện miền núi được Bộ Công an hỗ trợ"),
    F("mức 50 triệu đồng/căn", "50", 50e6, "money", "đồng/căn", subject="mức hỗ trợ của Bộ Công an"),
    F("hơn 62,4 tỷ đồng", "62,4", 62.4e9, "money", "đồng", approx="over",
      change=CH("increase", 2.3, unit="lần", baseline="năm 2023"), subject="kinh phí Ủy ban MTTQ tỉnh vận động"),
    F("từ 40 đến 60 triệu đồng", "40", 40e6, "money", "đồng", value_max=60e6,
      subject="mức hỗ trợ mỗi căn nhà xây mới"),
    F("từ 20 đến 30 triệu đồng", "20", 20e6, "money", "đồng", value_max=30e6,
      subject="mức hỗ trợ mỗi căn nhà sửa chữa"),
    F("rộng 45 m²", "45", 45, "measure", "m²", subject="diện tích căn nhà được bàn giao"),
    F("khoảng 120 triệu đồng", "120", 120e6, "money", "đồng", approx="about", subject="giá trị căn nhà được bàn giao"),
    F("khoảng 1.250 căn", "1.250", 1250, "count", "căn", approx="about", status="forecast",
      subject="căn nhà khởi công thêm", period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("ít nhất 3.500 căn", "3.500", 3500, "count", "căn", approx="at_least", status="target",
      subject="căn nhà hoàn thành", period=P("đến hết năm 2024", end="2024-12-31")),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper, invented): 9 tháng 2024 xóa nhà tạm — starts, plan by beneficiary group, districts, Bộ Công an aid, MTTQ, Q4 plan.",
    "Byline 'Thanh Nga' and bare date '15/10/2024' at the end give published. Distractors: '(BNA)', Quốc lộ 7, 'Lương Văn Tám' (a name with a",
    "number word), Công văn số 2358/UBND-KGVX, 'trước ngày 25 hằng tháng'.",
    "'Kế hoạch năm 2024, tỉnh hỗ trợ … 3.968 hộ, gồm …' -> target, the parts continue the clause (target, total 3.968; 812+2.247+909 = 3.968).",
    "'cao hơn 2,3 lần so với năm 2023' is the change of 62,4 tỷ (unit lần). District items -> location; 'lớn thứ 2 cả nước' is Nghệ An's rank.",
    "'mỗi căn nhà xây mới được hỗ trợ từ 40 đến 60 triệu đồng' keeps unit đồng (no '/căn' written).",
]

if __name__ == "__main__":
    emit("p493-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Nghệ An")
