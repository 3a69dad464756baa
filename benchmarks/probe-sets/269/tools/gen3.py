from lib import F, P, build
T = """Bắc Giang: Hơn 94% cơ sở giáo dục công lập thu học phí không dùng tiền mặt
THU HƯƠNG 07:30, 14/11/2024

BGĐT - Tính đến ngày 31/10/2024, toàn tỉnh có 1.032/1.090 cơ sở giáo dục công lập (đạt 94,7%) đã triển khai thu học phí và các khoản thu khác bằng hình thức không dùng tiền mặt, đứng thứ 5 trong 63 tỉnh, thành phố. Trong đó, khối mầm non có 356 trường, tiểu học 298 trường, trung học cơ sở 262 trường, trung học phổ thông và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên 116 đơn vị.

Theo Sở Giáo dục và Đào tạo, có khoảng 318 nghìn học sinh có phụ huynh thanh toán qua ứng dụng ngân hàng hoặc quét mã QR, chiếm 83,5% tổng số học sinh toàn tỉnh. Từ đầu năm đến nay, tổng số tiền thu qua ngân hàng ước đạt 186,4 tỷ đồng, gấp gần 1,5 lần cùng kỳ năm trước.

Tại các địa phương, thành phố Bắc Giang là đơn vị đầu tiên đạt 100% trường học triển khai; huyện Lục Ngạn đạt 85,2%, huyện Sơn Động thấp nhất với 78,6%. Nhiều trường như Trường THCS Lê Quý Đôn, Trường Tiểu học Hoàng Hoa Thám đã dùng mã QR riêng cho từng lớp, từ lớp 1A1 đến lớp 9A2.

Tuy nhiên, vẫn còn 58 cơ sở, chủ yếu ở vùng đặc biệt khó khăn, chưa triển khai do thiếu điểm giao dịch ngân hàng và phụ huynh chưa có điện thoại thông minh. Năm 2025, ngành Giáo dục tỉnh phấn đấu 100% cơ sở giáo dục công lập thu học phí không dùng tiền mặt, tỷ lệ học sinh thanh toán trực tuyến đạt từ 90% trở lên.

Theo Công văn số 2345/SGDĐT-KHTC, phụ huynh cần hỗ trợ liên hệ số điện thoại 0204.3854.111.
"""
p31 = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
p31i = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
pyt = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
p25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S = "tỷ lệ trường học triển khai thu học phí không dùng tiền mặt"
figs = [
 F("Hơn 94%", "94", 94, "percent", "%", "cơ sở giáo dục công lập thu học phí không dùng tiền mặt", approx="over"),
 F("1.032/1.090", "1.032", 1032, "count", "cơ sở giáo dục công lập", "cơ sở giáo dục công lập triển khai thu học phí và các khoản thu khác bằng hình thức không dùng tiền mặt",
   total=1090, percent=94.7, period=p31),
 F("đứng thứ 5 trong 63", "5", 5, "rank", "hạng", "cơ sở giáo dục công lập thu học phí không dùng tiền mặt", total=63, period=p31),
 F("có 356 trường", "356", 356, "count", "trường", "trường mầm non triển khai thu không dùng tiền mặt", total=1032, period=p31i),
 F("tiểu học 298 trường", "298", 298, "count", "trường", "trường tiểu học triển khai thu không dùng tiền mặt", total=1032, period=p31i),
 F("trung học cơ sở 262 trường", "262", 262, "count", "trường", "trường trung học cơ sở triển khai thu không dùng tiền mặt", total=1032, period=p31i),
 F("116 đơn vị", "116", 116, "count", "đơn vị", "trung học phổ thông và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên triển khai thu không dùng tiền mặt",
   total=1032, period=p31i),
 F("khoảng 318 nghìn học sinh", "318", 318000, "count", "học sinh", "học sinh có phụ huynh thanh toán qua ứng dụng ngân hàng hoặc quét mã QR",
   approx="about", percent=83.5, period=p31i),
 F("ước đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "tổng số tiền thu qua ngân hàng", status="estimate",
   change={"direction": "increase", "value": 1.5, "unit": "lần", "approx": "nearly", "baseline": "cùng kỳ năm trước"}, period=pyt),
 F("đạt 100% trường học", "100", 100, "percent", "%", S, period=p31i, location="Bắc Giang"),
 F("Lục Ngạn đạt 85,2%", "85,2", 85.2, "percent", "%", S, period=p31i, location="Lục Ngạn"),
 F("với 78,6%", "78,6", 78.6, "percent", "%", S, period=p31i, location="Sơn Động"),
 F("còn 58 cơ sở", "58", 58, "count", "cơ sở", "cơ sở giáo dục chưa triển khai thu không dùng tiền mặt", period=p31i),
 F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở giáo dục công lập thu học phí không dùng tiền mặt", status="target", period=p25),
 F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ học sinh thanh toán trực tuyến", approx="at_least", status="target", period=p25),
]
C = ["Báo Bắc Giang (Party newspaper, tag BGĐT): thu học phí không dùng tiền mặt. Byline + time dateline 'THU HƯƠNG 07:30, 14/11/2024'.",
     "Distractors: class names 'lớp 1A1', 'lớp 9A2' (not a range), 'Công văn số 2345/SGDĐT-KHTC', phone 0204.3854.111, school names.",
     "'1.032/1.090 ... (đạt 94,7%)': total and percent; 'đứng thứ 5 trong 63 tỉnh, thành phố': rank with total 63 (as in probe 205).",
     "The four school levels after 'Trong đó' (sentence break) add up to 1.032: total 1032, period inherited from 31/10/2024.",
     "'Từ đầu năm đến nay' takes the year of 31/10/2024 and ends at the dateline. 'gấp gần 1,5 lần cùng kỳ năm trước': change, unit lần, approx nearly.",
     "Title 'Hơn 94%' is a figure with no period. '58 cơ sở' chưa triển khai has no cue for a whole: no total. City 'thành phố Bắc Giang' → location 'Bắc Giang'."]
build(3, T, figs, C, published="2024-11-14", location="Bắc Giang")
