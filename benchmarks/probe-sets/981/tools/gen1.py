"""p981-1: Hà Giang province portal, 6 months 2024, births at health facilities."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Hà Giang
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.236

Gần 87% phụ nữ sinh con tại cơ sở y tế

6 tháng đầu năm 2024, toàn tỉnh Hà Giang ghi nhận 7.412 trẻ đẻ sống, trong đó có 6.438 trẻ được sinh tại cơ sở y tế, chiếm 86,9%, tăng 3,4 điểm phần trăm so với cùng kỳ năm 2023. Số ca sinh tại nhà là 974 ca, giảm 112 ca so với cùng kỳ; trong số này, 318 ca được cô đỡ thôn bản hỗ trợ, số còn lại chủ yếu do người nhà tự đỡ.

Các huyện có tỷ lệ sinh tại nhà cao nhất vẫn là Mèo Vạc (27,4%), Đồng Văn (23,8%) và Xín Mần (19,6%). Nhiều thôn bản ven Quốc lộ 4C cách trạm y tế xã trên 15 km, đường sá đi lại khó khăn, nhất là vào mùa mưa.

Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần trong thai kỳ đạt 71,2%; tỷ lệ bà mẹ được tiêm phòng uốn ván đủ mũi đạt 93,5%. Trong 6 tháng, toàn tỉnh ghi nhận 1 trường hợp tử vong mẹ, giảm 2 trường hợp so với cùng kỳ.

Tính đến 30/6/2024, toàn tỉnh có 176 cô đỡ thôn bản đang hoạt động tại 11 huyện, thành phố; mỗi cô đỡ được hưởng phụ cấp hằng tháng bằng 0,5 mức lương cơ sở. Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, nguồn vốn Dự án 7 thuộc Chương trình mục tiêu quốc gia 1719 năm 2024 bố trí hơn 4,6 tỷ đồng cho công tác chăm sóc sức khỏe bà mẹ, trẻ em, trong đó 1,2 tỷ đồng dành cho đào tạo lại cô đỡ thôn bản.

Mục tiêu đến năm 2025, tỷ lệ phụ nữ sinh con tại cơ sở y tế của tỉnh đạt trên 90%, tỷ lệ khám thai đủ 4 lần đạt 80%.

Minh Châu (Sở Y tế)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", end="2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Gần 87% phụ nữ", "87", 87, "percent", "%", "phụ nữ sinh con tại cơ sở y tế", approx="nearly"),
    F("ghi nhận 7.412 trẻ đẻ sống", "7.412", 7412, "count", "trẻ", "trẻ đẻ sống", H1),
    F("có 6.438 trẻ được sinh", "6.438", 6438, "count", "trẻ", "trẻ được sinh tại cơ sở y tế", H1,
      total=7412, percent=86.9, change=C("increase", 3.4, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("nhà là 974 ca", "974", 974, "count", "ca", "ca sinh tại nhà", I(H1),
      change=C("decrease", 112, "ca", "cùng kỳ")),
    F("318 ca được cô đỡ", "318", 318, "count", "ca", "ca sinh tại nhà được cô đỡ thôn bản hỗ trợ", I(H1),
      total=974),
    F("Mèo Vạc (27,4%)", "27,4", 27.4, "percent", "%", "tỷ lệ sinh tại nhà", I(H1), location="Mèo Vạc"),
    F("Đồng Văn (23,8%)", "23,8", 23.8, "percent", "%", "tỷ lệ sinh tại nhà", I(H1), location="Đồng Văn"),
    F("Xín Mần (19,6%)", "19,6", 19.6, "percent", "%", "tỷ lệ sinh tại nhà", I(H1), location="Xín Mần"),
    F("trên 15 km", "15", 15, "measure", "km", "khoảng cách từ thôn bản đến trạm y tế xã", approx="over"),
    F("ít nhất 4 lần trong thai kỳ", "4", 4, "count", "lần", "số lần khám thai", approx="at_least",
      optional=True),
    F("đạt 71,2%", "71,2", 71.2, "percent", "%", "tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần trong thai kỳ",
      I(H1)),
    F("đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ bà mẹ được tiêm phòng uốn ván đủ mũi", I(H1)),
    F("ghi nhận 1 trường hợp", "1", 1, "count", "trường hợp", "tử vong mẹ", H1_6,
      change=C("decrease", 2, "trường hợp", "cùng kỳ")),
    F("có 176 cô đỡ", "176", 176, "count", "cô đỡ thôn bản", "cô đỡ thôn bản đang hoạt động", ASOF),
    F("tại 11 huyện, thành phố", "11", 11, "count", "huyện, thành phố", "huyện, thành phố có cô đỡ thôn bản hoạt động",
      ASOF),
    F("bằng 0,5 mức lương cơ sở", "0,5", 0.5, "measure", "mức lương cơ sở", "phụ cấp hằng tháng của cô đỡ thôn bản",
      optional=True),
    F("hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng",
      "vốn Dự án 7 bố trí cho công tác chăm sóc sức khỏe bà mẹ, trẻ em", Y24, approx="over"),
    F("1,2 tỷ đồng dành", "1,2", 1.2e9, "money", "đồng", "vốn dành cho đào tạo lại cô đỡ thôn bản", Y24,
      total=4.6e9),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", TO25, approx="over",
      status="target"),
    F("khám thai đủ 4 lần", "4", 4, "count", "lần", "số lần khám thai", optional=True),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ khám thai đủ 4 lần", TO25, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Hà Giang: births at health facilities, home births, antenatal visits, village midwives (6 months 2024).",
    "Headline percent has no period (nothing dated in the headline). 'ít nhất 4 lần', 'đủ 4 lần' (visit thresholds) and",
    "'0,5 mức lương cơ sở' (allowance coefficient) are optional. Distractors: Lượt xem 1.236, Kế hoạch số 215/KH-UBND,",
    "Dự án 7, Chương trình 1719, Quốc lộ 4C, times and dates.",
]

if __name__ == "__main__":
    write("p981-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Hà Giang")
