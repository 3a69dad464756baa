from lib import F, P, C, T, inh, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế - Xã hội

Thanh Hóa: 44,2% người hưởng lương hưu nhận qua tài khoản cá nhân
Cập nhật: 14/10/2024 09:32 | Lượt xem: 3.417

(Cổng TTĐT) - Theo Bảo hiểm xã hội tỉnh Thanh Hóa, 9 tháng năm 2024, toàn tỉnh đã chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng cho 118.426 người với tổng số tiền 6.842,5 tỷ đồng, tăng 9,7% so với cùng kỳ năm 2023. Trong đó, chi từ nguồn ngân sách nhà nước 1.905 tỷ đồng; chi từ quỹ bảo hiểm xã hội 4.937,5 tỷ đồng.

Số người nhận lương hưu, trợ cấp qua tài khoản cá nhân là 52.380 người, chiếm 44,2% tổng số người hưởng, tăng 6,3 điểm phần trăm so với cuối năm 2023. Tại khu vực đô thị, tỷ lệ này đạt hơn 96%; riêng thành phố Thanh Hóa đạt 98,4%, thị xã Nghi Sơn đạt 91,7%. Số người nhận trực tiếp tại 635 điểm chi trả của Bưu điện tỉnh là 66.046 người; trong đó gần 4.800 người già yếu, ốm đau được nhân viên bưu điện chi trả tại nhà.

Cũng trong 9 tháng, BHXH tỉnh đã giải quyết mới 3.615 hồ sơ hưởng lương hưu, trợ cấp hằng tháng và 41.280 lượt hưởng trợ cấp ốm đau, thai sản, dưỡng sức. Mức lương hưu bình quân trên địa bàn khoảng 5,6 triệu đồng/người/tháng; mức hưởng thấp nhất là 2,1 triệu đồng, cao nhất hơn 42 triệu đồng.

Thực hiện Đề án 06 và Quyết định số 2187/QĐ-UBND của UBND tỉnh, năm 2024 BHXH tỉnh phấn đấu tỷ lệ người hưởng nhận qua tài khoản đạt từ 50% trở lên; đến năm 2025 đạt ít nhất 60% tại khu vực đô thị. Người dân cần hỗ trợ có thể liên hệ tổng đài 1900 9068 hoặc trụ sở BHXH tỉnh tại số 17 đường Hạc Thành, phường Điện Biên.

Lê Hà
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = inh(N9)
N9b = P("trong 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Thanh Hóa: 44,2%", "44,2", 44.2, "percent", "%", "người hưởng lương hưu nhận qua tài khoản cá nhân"),
    F("cho 118.426 người", "118.426", 118426, "count", "người",
      "người được chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", N9),
    F("tiền 6.842,5 tỷ đồng", "6.842,5", 6842.5e9, "money", "đồng",
      "tổng số tiền chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", N9,
      change=C("increase", 9.7, baseline="cùng kỳ năm 2023")),
    F("nước 1.905 tỷ đồng", "1.905", 1905e9, "money", "đồng", "chi từ nguồn ngân sách nhà nước", N9i,
      total=6842.5e9),
    F("hội 4.937,5 tỷ đồng", "4.937,5", 4937.5e9, "money", "đồng", "chi từ quỹ bảo hiểm xã hội", N9i,
      total=6842.5e9),
    F("là 52.380 người", "52.380", 52380, "count", "người",
      "người nhận lương hưu, trợ cấp qua tài khoản cá nhân", N9i, percent=44.2,
      change=C("increase", 6.3, unit="điểm phần trăm", baseline="cuối năm 2023")),
    F("đạt hơn 96%", "96", 96, "percent", "%",
      "tỷ lệ nhận lương hưu, trợ cấp qua tài khoản cá nhân tại khu vực đô thị", N9i, approx="over"),
    F("Thanh Hóa đạt 98,4%", "98,4", 98.4, "percent", "%",
      "tỷ lệ nhận lương hưu, trợ cấp qua tài khoản cá nhân", N9i),
    F("Nghi Sơn đạt 91,7%", "91,7", 91.7, "percent", "%",
      "tỷ lệ nhận lương hưu, trợ cấp qua tài khoản cá nhân", N9i, location="Nghi Sơn"),
    F("tại 635 điểm", "635", 635, "count", "điểm chi trả", "điểm chi trả của Bưu điện tỉnh", N9i),
    F("là 66.046 người", "66.046", 66046, "count", "người",
      "người nhận trực tiếp tại điểm chi trả của Bưu điện tỉnh", N9i),
    F("gần 4.800 người", "4.800", 4800, "count", "người",
      "người già yếu, ốm đau được chi trả tại nhà", N9i, approx="nearly", total=66046),
    F("mới 3.615 hồ sơ", "3.615", 3615, "count", "hồ sơ",
      "hồ sơ hưởng lương hưu, trợ cấp hằng tháng giải quyết mới", N9b),
    F("và 41.280 lượt", "41.280", 41280, "count", "lượt",
      "lượt hưởng trợ cấp ốm đau, thai sản, dưỡng sức", N9b),
    F("khoảng 5,6 triệu đồng", "5,6", 5600000, "money", "đồng/người/tháng",
      "mức lương hưu bình quân", N9i, approx="about"),
    F("là 2,1 triệu đồng", "2,1", 2100000, "money", "đồng", "mức hưởng thấp nhất", N9i),
    F("hơn 42 triệu đồng", "42", 42000000, "money", "đồng", "mức hưởng cao nhất", N9i, approx="over"),
    F("từ 50% trở lên", "50", 50, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản", Y24,
      approx="at_least", status="target"),
    F("ít nhất 60%", "60", 60, "percent", "%", "tỷ lệ người hưởng nhận qua tài khoản tại khu vực đô thị",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

emit("p410-1", TEXT, [
    "Provincial portal (Cổng TTĐT tỉnh Thanh Hóa): lương hưu, trợ cấp BHXH chi trả 9 tháng năm 2024; 'Cập nhật:' dateline + view counter.",
    "Distractors: 'Lượt xem: 3.417', 'Đề án 06', 'Quyết định số 2187/QĐ-UBND', hotline '1900 9068', address 'số 17 đường Hạc Thành'.",
    "1.905 + 4.937,5 = 6.842,5 tỷ ('Trong đó' in the next sentence): totals. 52.380 + 66.046 = 118.426 but no part-of cue: no total.",
    "'chiếm 44,2% tổng số người hưởng' is 52.380's percent; its 'tăng 6,3 điểm phần trăm' is that figure's change (unit điểm phần trăm).",
    "'gần 4.800 người' follows 'trong đó' after 66.046 người: total. City 'thành phố Thanh Hóa' normalises to the province name.",
    "The headline percent has no period in its own line (not scored). Targets: 'năm 2024' and 'đến năm 2025' (end only).",
], FIGS, published="2024-10-14", location="Thanh Hóa")
