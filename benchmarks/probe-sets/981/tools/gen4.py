"""p981-4: Bộ Y tế portal, national: maternal mortality, village midwives, antenatal care (2023)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của Bộ Y tế
Ngày đăng: 05/03/2024 | Lượt xem: 2.184

Giảm tử vong mẹ ở miền núi: tiếp tục củng cố mạng lưới cô đỡ thôn bản

Theo Vụ Sức khỏe Bà mẹ - Trẻ em (Bộ Y tế), năm 2023 tỷ số tử vong mẹ của cả nước khoảng 46/100.000 trẻ đẻ sống, giảm mạnh so với mức 233/100.000 của năm 1990. Tuy nhiên, tại nhiều huyện vùng cao, tỷ số này vẫn cao gấp 2-4 lần so với vùng đồng bằng.

Cả nước hiện có 2.986 cô đỡ thôn bản đang hoạt động tại 33 tỉnh, thành phố. Ba địa phương có số cô đỡ thôn bản nhiều nhất lần lượt là Điện Biên, Lai Châu và Hà Giang với 312, 212 và 176 người. Trong số cô đỡ đang hoạt động, 2.540 người đã được đào tạo đủ 6 tháng theo chương trình chuẩn của Bộ Y tế, chiếm 85,1%.

Năm 2023, tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần trong thai kỳ trên toàn quốc đạt 78,3%, nhưng ở các huyện nghèo chỉ đạt khoảng 55%. Tỷ lệ phụ nữ sinh con tại cơ sở y tế toàn quốc đạt 95,2%; tỷ lệ sinh con có nhân viên y tế đỡ đạt 96,8%.

Theo Chiến lược quốc gia về dân số, mục tiêu đến năm 2030 tỷ số tử vong mẹ giảm xuống dưới 42 ca/100.000 trẻ đẻ sống, tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần đạt trên 90%.

Bộ Y tế đề nghị các địa phương bố trí ngân sách chi trả phụ cấp cho cô đỡ thôn bản theo Thông tư số 07/2013/TT-BYT, ưu tiên đào tạo cô đỡ là người dân tộc thiểu số tại chỗ; đồng thời triển khai Quyết định số 1898/QĐ-BYT về chăm sóc sức khỏe sinh sản vùng dân tộc thiểu số.

Văn phòng Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
Y90 = P("năm 1990", "1990-01-01", "1990-12-31")
TO30 = P("đến năm 2030", end="2030-12-31")
MMR = "ca/100.000 trẻ đẻ sống"

FIGS = [
    F("khoảng 46/100.000", "46", 46, "measure", MMR, "tỷ số tử vong mẹ", Y23, approx="about"),
    F("mức 233/100.000", "233", 233, "measure", MMR, "tỷ số tử vong mẹ", Y90),
    F("gấp 2-4 lần", "2", 2, "multiple", "lần", "tỷ số tử vong mẹ tại nhiều huyện vùng cao so với vùng đồng bằng",
      value_max=4),
    F("có 2.986 cô đỡ", "2.986", 2986, "count", "cô đỡ thôn bản", "cô đỡ thôn bản đang hoạt động"),
    F("tại 33 tỉnh", "33", 33, "count", "tỉnh, thành phố", "tỉnh, thành phố có cô đỡ thôn bản hoạt động"),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", "địa phương có số cô đỡ thôn bản nhiều nhất", optional=True),
    F("với 312,", "312", 312, "count", "người", "cô đỡ thôn bản", location="Điện Biên"),
    F("312, 212 và", "212", 212, "count", "người", "cô đỡ thôn bản", location="Lai Châu"),
    F("và 176 người", "176", 176, "count", "người", "cô đỡ thôn bản", location="Hà Giang"),
    F("2.540 người", "2.540", 2540, "count", "người", "cô đỡ thôn bản đã được đào tạo đủ 6 tháng theo chương trình chuẩn",
      total=2986, percent=85.1),
    F("đủ 6 tháng", "6", 6, "measure", "tháng", "thời gian đào tạo cô đỡ thôn bản", optional=True),
    F("ít nhất 4 lần trong thai kỳ", "4", 4, "count", "lần", "số lần khám thai", approx="at_least", optional=True),
    F("đạt 78,3%", "78,3", 78.3, "percent", "%", "tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần trong thai kỳ", Y23b),
    F("khoảng 55%", "55", 55, "percent", "%", "tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần ở các huyện nghèo", Y23b,
      approx="about"),
    F("đạt 95,2%", "95,2", 95.2, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", I(Y23b)),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ sinh con có nhân viên y tế đỡ", I(Y23b)),
    F("dưới 42 ca", "42", 42, "measure", MMR, "tỷ số tử vong mẹ", TO30, approx="under", status="target"),
    F("ít nhất 4 lần đạt", "4", 4, "count", "lần", "số lần khám thai", approx="at_least", optional=True),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần", TO30, approx="over",
      status="target"),
]

NOTES = [
    "Bộ Y tế portal, national (Việt Nam): maternal mortality ratio, village midwives, antenatal care (2023), 2030 targets.",
    "'46/100.000 trẻ đẻ sống' and '233/100.000' are rates: the denominator is part of the unit (no total, not a figure);",
    "the count noun left implicit is written 'ca' as in '42 ca/100.000 trẻ đẻ sống' later in the article.",
    "'gấp 2-4 lần' stands as the claim (multiple, range). 'lần lượt là Điện Biên, Lai Châu và Hà Giang với 312, 212 và",
    "176 người' gives each number the place in the same position; a province listed after a national count keeps its own",
    "figure's location. Optional: 'Ba địa phương' (group of the ranking list), visit thresholds, 'đủ 6 tháng' (training length).",
    "Distractors: Thông tư số 07/2013/TT-BYT, Quyết định số 1898/QĐ-BYT, 138A Giảng Võ, Lượt xem: 2.184.",
]

if __name__ == "__main__":
    write("p981-4", TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
