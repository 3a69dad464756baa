"""p981-5: Báo Điện Biên Phủ feature, Mường Nhé (Điện Biên): village midwife, home births; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Vượt núi đưa sản phụ về trạm y tế

Xã Sín Thầu, huyện Mường Nhé nằm ở cực Tây của Tổ quốc, cách trung tâm huyện khoảng 80 km. Xã có 412 hộ với hơn 2.100 nhân khẩu, chủ yếu là đồng bào Hà Nhì, Mông.

Năm 2023, Trạm Y tế xã quản lý 64 phụ nữ mang thai, nhưng chỉ 37 người sinh con tại trạm hoặc bệnh viện; 27 ca còn lại sinh tại nhà, trong đó 19 ca có cô đỡ thôn bản hỗ trợ.

Chị Lỳ Thị Sáu (sinh năm 1986), cô đỡ ở bản Tá Miếu 2, đã gắn bó với nghề 12 năm và đỡ khoảng 150 ca sinh an toàn. Có những ca đẻ khó, chị cùng người nhà phải cáng sản phụ đi bộ gần 5 giờ qua đường rừng để ra trạm. "Mỗi lần đi đỡ đẻ, nhà sản phụ thường biếu con gà, chứ phụ cấp hơn 1,1 triệu đồng/tháng không đủ tiền xăng xe", chị Sáu chia sẻ.

Theo Trung tâm Y tế huyện Mường Nhé, 6 tháng đầu năm 2024, tỷ lệ phụ nữ sinh con tại cơ sở y tế của huyện đạt 74,8%, tăng so với mức 68,2% của cùng kỳ; tỷ lệ khám thai đủ 4 lần mới đạt 52,6%. Toàn huyện hiện có 31 cô đỡ thôn bản, trong đó 9 người đã ngoài 50 tuổi.

Ông Giàng A Dế, Phó Giám đốc Trung tâm Y tế huyện cho biết, huyện phấn đấu đến năm 2025 có 80% sản phụ sinh con tại cơ sở y tế; dự kiến trong năm nay sẽ tuyển chọn thêm 6 học viên là người Hà Nhì, Mông tham gia lớp đào tạo cô đỡ thôn bản 6 tháng do Sở Y tế tổ chức tại thành phố Điện Biên Phủ.

Để sản phụ vùng cao được “mẹ tròn con vuông”, bên cạnh việc đầu tư cho trạm y tế, rất cần quan tâm hơn nữa tới đội ngũ cô đỡ thôn bản, những người đang âm thầm bám bản.

QUÀNG HƯƠNG
22/8/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1prev = P("cùng kỳ", "2023-01-01", "2023-06-30")
TO25 = P("đến năm 2025", end="2025-12-31")
Y24 = P("trong năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 80 km", "80", 80, "measure", "km", "khoảng cách từ xã Sín Thầu đến trung tâm huyện", approx="about"),
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ của xã Sín Thầu"),
    F("hơn 2.100 nhân khẩu", "2.100", 2100, "count", "nhân khẩu", "nhân khẩu của xã Sín Thầu", approx="over"),
    F("quản lý 64 phụ nữ", "64", 64, "count", "phụ nữ", "phụ nữ mang thai được Trạm Y tế xã Sín Thầu quản lý", Y23),
    F("chỉ 37 người", "37", 37, "count", "người", "phụ nữ sinh con tại trạm hoặc bệnh viện", Y23),
    F("27 ca còn lại", "27", 27, "count", "ca", "ca sinh tại nhà", Y23),
    F("19 ca có cô đỡ", "19", 19, "count", "ca", "ca sinh tại nhà có cô đỡ thôn bản hỗ trợ", Y23, total=27),
    F("nghề 12 năm", "12", 12, "measure", "năm", "thời gian làm cô đỡ thôn bản của chị Lỳ Thị Sáu"),
    F("khoảng 150 ca", "150", 150, "count", "ca", "ca sinh an toàn do chị Lỳ Thị Sáu đỡ", approx="about"),
    F("gần 5 giờ", "5", 5, "measure", "giờ", "thời gian cáng sản phụ đi bộ qua đường rừng ra trạm", approx="nearly"),
    F("hơn 1,1 triệu đồng/tháng", "1,1", 1.1e6, "money", "đồng/tháng", "phụ cấp cô đỡ thôn bản", approx="over"),
    F("đạt 74,8%", "74,8", 74.8, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", H1),
    F("mức 68,2%", "68,2", 68.2, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", H1prev),
    F("đủ 4 lần mới", "4", 4, "count", "lần", "số lần khám thai", optional=True),
    F("đạt 52,6%", "52,6", 52.6, "percent", "%", "tỷ lệ khám thai đủ 4 lần", H1),
    F("có 31 cô đỡ", "31", 31, "count", "cô đỡ thôn bản", "cô đỡ thôn bản"),
    F("9 người đã", "9", 9, "count", "người", "cô đỡ thôn bản đã ngoài 50 tuổi", total=31),
    F("ngoài 50 tuổi", "50", 50, "measure", "tuổi", "tuổi của cô đỡ thôn bản", approx="over", optional=True),
    F("có 80% sản phụ", "80", 80, "percent", "%", "sản phụ sinh con tại cơ sở y tế", TO25, status="target"),
    F("thêm 6 học viên", "6", 6, "count", "học viên", "học viên tham gia lớp đào tạo cô đỡ thôn bản", Y24,
      status="forecast"),
    F("thôn bản 6 tháng", "6", 6, "measure", "tháng", "thời gian lớp đào tạo cô đỡ thôn bản", optional=True),
]

NOTES = [
    "Báo Điện Biên Phủ feature: Sín Thầu commune, Mường Nhé district (Điện Biên); byline 'QUÀNG HƯƠNG' and bare date at the end.",
    "Location = Mường Nhé (district) throughout; the commune's figures (km, hộ, nhân khẩu, pregnant women) lie in it.",
    "'chỉ 37 người' and '27 ca còn lại' have no part-of cue, so no total; '19 ca' after 'trong đó' -> total 27;",
    "'9 người' after 'trong đó' -> total 31. 'mức 68,2% của cùng kỳ' is a figure of its own (period = 6 months of 2023),",
    "no change value is stated for 74,8%. 'trong năm nay' = 2024 (published). Optional: 'đủ 4 lần', 'ngoài 50 tuổi'",
    "(age threshold), course length '6 tháng'. Distractors: 'sinh năm 1986', 'bản Tá Miếu 2', name 'Lỳ Thị Sáu', 'A Dế'.",
]

if __name__ == "__main__":
    write("p981-5", TEXT, FIGS, NOTES, published="2024-08-22", location="Mường Nhé")
