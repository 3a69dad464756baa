from lib import F, P, C, T, build

TEXT = """UBND HUYỆN KRÔNG PẮC - CỔNG THÔNG TIN ĐIỆN TỬ
Thứ Tư, 16/10/2024 - 09:45

Phòng giao dịch NHCSXH huyện Krông Pắc: nâng cao chất lượng hoạt động tổ tiết kiệm và vay vốn

Những năm qua, Phòng giao dịch Ngân hàng Chính sách xã hội (NHCSXH) huyện đã phối hợp chặt chẽ với các tổ chức hội nhận ủy thác, đưa nguồn vốn ưu đãi đến tận tay người dân tại 16 điểm giao dịch xã, thị trấn.

Đến ngày 30/9/2024, toàn huyện có 214 tổ tiết kiệm và vay vốn (TK&VV) đang hoạt động với 8.936 tổ viên, trong đó 187 tổ xếp loại tốt (chiếm 87,4%), 21 tổ loại khá, 6 tổ loại trung bình, không có tổ loại yếu. Số dư tiền gửi tiết kiệm của tổ viên đạt 14,72 tỷ đồng, bình quân khoảng 1,6 triệu đồng/tổ viên.

Tổng dư nợ ủy thác qua 4 tổ chức chính trị - xã hội đạt 612,4 tỷ đồng, tăng 41,3 tỷ đồng so với đầu năm, gồm: Hội Nông dân 198,7 tỷ đồng, Hội Liên hiệp Phụ nữ 231,5 tỷ đồng, Hội Cựu chiến binh 104,6 tỷ đồng và Đoàn Thanh niên 77,6 tỷ đồng.

Tại các điểm giao dịch xã, trong quý III, Phòng giao dịch đã tổ chức 48 phiên giao dịch, giải ngân 63,8 tỷ đồng và thu nợ 29,5 tỷ đồng; doanh số giao dịch tại xã chiếm 96% tổng doanh số của đơn vị. Tỷ lệ nợ quá hạn toàn huyện chỉ còn 0,08%, thấp hơn mức bình quân toàn tỉnh Đắk Lắk (0,12%).

Chương trình tín dụng học sinh, sinh viên hiện có dư nợ 38,6 tỷ đồng với 1.042 học sinh, sinh viên đang vay vốn.

Ông Y Bhiăng Niê, Giám đốc Phòng giao dịch cho biết, đơn vị đặt mục tiêu đến cuối năm 2024 có trên 90% số tổ xếp loại tốt, không còn tổ loại trung bình. Người dân cần tư vấn có thể liên hệ trụ sở tại số 218 đường Giải Phóng, thị trấn Phước An hoặc qua số điện thoại 0262.3525.117.

Hoàng Yến
"""

HEADER = """District portal (UBND huyện Krông Pắc, Đắk Lắk); dateline 'Thứ Tư, 16/10/2024 - 09:45', byline at the end.
Distractors: address 'số 218 đường Giải Phóng', phone 0262.3525.117, person's name, 'quý III' only as a period.
'214 tổ ... với 8.936 tổ viên, trong đó 187 tổ ..., 21 tổ ..., 6 tổ ...': the parts count tổ, so their whole is 214 tổ (not the nearer 8.936 tổ viên).
'(chiếm 87,4%)' is 187's percent. 612,4 tỷ: change +41,3 tỷ; the 'gồm:' items (organisations, not places) are parts with total 612,4 tỷ and
subject the list's indicator. '4 tổ chức chính trị - xã hội' is structure: optional. '(0,12%)' is the provincial average, a figure of its own
with location Đắk Lắk (it is the level compared with, not a gap: no change on 0,08%). 'Hiện' gives no period."""

D = P("Đến ngày 30/9/2024", None, "2024-09-30")
Di = P("Đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Q3i = P("quý III", "2024-07-01", "2024-09-30", inherited=True)
S_DN = "dư nợ ủy thác"

FIGS = [
    F("tại 16 điểm giao dịch", "16", 16, "count", "điểm giao dịch", "điểm giao dịch xã, thị trấn"),
    F("có 214 tổ", "214", 214, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn đang hoạt động", period=D),
    F("8.936 tổ viên", "8.936", 8936, "count", "tổ viên", "tổ viên tổ tiết kiệm và vay vốn", period=D),
    F("187 tổ", "187", 187, "count", "tổ", "tổ xếp loại tốt", total=214, percent=87.4, period=D),
    F("21 tổ loại khá", "21", 21, "count", "tổ", "tổ loại khá", total=214, period=D),
    F("6 tổ loại trung bình", "6", 6, "count", "tổ", "tổ loại trung bình", total=214, period=D),
    F("đạt 14,72 tỷ đồng", "14,72", 14.72e9, "money", "đồng", "số dư tiền gửi tiết kiệm của tổ viên", period=Di),
    F("khoảng 1,6 triệu đồng/tổ viên", "1,6", 1.6e6, "money", "đồng/tổ viên", "số dư tiền gửi tiết kiệm bình quân",
      approx="about", period=Di),
    F("qua 4 tổ chức", "4", 4, "count", "tổ chức chính trị - xã hội", "tổ chức chính trị - xã hội nhận ủy thác",
      optional=True),
    F("đạt 612,4 tỷ đồng", "612,4", 612.4e9, "money", "đồng", "tổng dư nợ ủy thác qua 4 tổ chức chính trị - xã hội",
      change=C("increase", 41.3e9, "đồng", "đầu năm"), period=Di),
    F("Hội Nông dân 198,7 tỷ đồng", "198,7", 198.7e9, "money", "đồng", S_DN, total=612.4e9, period=Di),
    F("Phụ nữ 231,5 tỷ đồng", "231,5", 231.5e9, "money", "đồng", S_DN, total=612.4e9, period=Di),
    F("chiến binh 104,6 tỷ đồng", "104,6", 104.6e9, "money", "đồng", S_DN, total=612.4e9, period=Di),
    F("Thanh niên 77,6 tỷ đồng", "77,6", 77.6e9, "money", "đồng", S_DN, total=612.4e9, period=Di),
    F("tổ chức 48 phiên", "48", 48, "count", "phiên giao dịch", "phiên giao dịch tại các điểm giao dịch xã", period=Q3),
    F("giải ngân 63,8 tỷ đồng", "63,8", 63.8e9, "money", "đồng", "giải ngân tại các điểm giao dịch xã", period=Q3),
    F("thu nợ 29,5 tỷ đồng", "29,5", 29.5e9, "money", "đồng", "thu nợ tại các điểm giao dịch xã", period=Q3),
    F("chiếm 96%", "96", 96, "percent", "%", "doanh số giao dịch tại xã trong tổng doanh số của đơn vị", period=Q3),
    F("chỉ còn 0,08%", "0,08", 0.08, "percent", "%", "tỷ lệ nợ quá hạn toàn huyện", period=Q3i),
    F("(0,12%)", "0,12", 0.12, "percent", "%", "tỷ lệ nợ quá hạn bình quân toàn tỉnh", location="Đắk Lắk", period=Q3i),
    F("dư nợ 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "dư nợ chương trình tín dụng học sinh, sinh viên"),
    F("1.042 học sinh", "1.042", 1042, "count", "học sinh, sinh viên", "học sinh, sinh viên đang vay vốn"),
    F("trên 90%", "90", 90, "percent", "%", "số tổ xếp loại tốt", approx="over", status="target",
      period=P("đến cuối năm 2024", None, "2024-12-31")),
]

build("p239-2", TEXT, HEADER, FIGS, published="2024-10-16", location="Krông Pắc")
