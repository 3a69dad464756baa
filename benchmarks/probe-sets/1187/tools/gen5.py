"""p1187-5: Party newspaper (Báo Hà Tĩnh): portrait of a village martial arts school in Thạch Hà; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Võ đường giữ lửa võ cổ truyền ở vùng quê Thạch Hà

Hơn 20 năm qua, võ đường Sơn Long ở xã Thạch Long (huyện Thạch Hà) của võ sư Trần Văn Hùng đã đào tạo hơn 1.500 võ sinh, nhiều người trở thành vận động viên đội tuyển tỉnh.

Võ đường được võ sư Hùng mở năm 2003 trên khoảng đất rộng 400 m2 cạnh Tỉnh lộ 26. Hiện võ đường có 3 lớp với 96 võ sinh, trong đó 35 em nữ; võ sinh nhỏ nhất mới 6 tuổi. Học phí mỗi võ sinh 120.000 đồng/tháng, riêng 14 em thuộc hộ nghèo, cận nghèo được miễn hoàn toàn.

Từ năm 2015 đến nay, võ sinh của võ đường đã giành 68 huy chương tại các giải cấp tỉnh và toàn quốc (21 HCV, 19 HCB, 28 HCĐ). Riêng năm 2023, em Nguyễn Thị Lan giành hai HCV tại Giải vô địch trẻ võ cổ truyền quốc gia, được triệu tập vào đội tuyển tỉnh.

Ông Hùng cho biết, mỗi tháng võ đường chi khoảng 8 triệu đồng cho tiền điện, nước và sửa chữa dụng cụ; tiền học phí chỉ bù được khoảng 70% chi phí, phần còn lại do gia đình ông và các võ sinh cũ đóng góp. "Tôi chỉ mong các cháu có sức khỏe, có đạo đức, giữ được bài quyền của cha ông", ông Hùng nói.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh Hà Tĩnh hiện có 74 câu lạc bộ, võ đường võ cổ truyền với gần 4.200 võ sinh. 9 tháng năm 2024, số võ sinh tăng 8,5% so với cùng kỳ; các câu lạc bộ đã tham gia 5 giải cấp tỉnh và quốc gia. Tỉnh phấn đấu đến năm 2025 có 90 câu lạc bộ võ cổ truyền, trong đó mỗi huyện, thị xã, thành phố có ít nhất 5 câu lạc bộ.

THU HÀ
15/10/2024
"""

SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2024-10-15")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
TH = "Thạch Hà"

FIGS = [
    F("Hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True,
      subject="thời gian hoạt động của võ đường Sơn Long", location=TH),
    F("hơn 1.500 võ sinh", "1.500", 1500, "count", "võ sinh", approx="over",
      subject="võ sinh võ đường Sơn Long đã đào tạo", location=TH),
    F("rộng 400 m2", "400", 400, "measure", "m2", subject="diện tích đất võ đường", location=TH),
    F("có 3 lớp", "3", 3, "count", "lớp", subject="lớp của võ đường", location=TH),
    F("với 96 võ sinh", "96", 96, "count", "võ sinh", subject="võ sinh của võ đường", location=TH),
    F("35 em nữ", "35", 35, "count", "em", total=96, subject="võ sinh nữ của võ đường", location=TH),
    F("mới 6 tuổi", "6", 6, "measure", "tuổi", optional=True, subject="tuổi võ sinh nhỏ nhất", location=TH),
    F("120.000 đồng", "120.000", 120000, "money", "đồng/tháng", subject="học phí mỗi võ sinh", location=TH),
    F("riêng 14 em", "14", 14, "count", "em", subject="võ sinh thuộc hộ nghèo, cận nghèo được miễn học phí",
      location=TH),
    F("giành 68 huy chương", "68", 68, "count", "huy chương",
      subject="huy chương võ sinh của võ đường giành tại các giải cấp tỉnh và toàn quốc", period=SINCE, location=TH),
    F("(21 HCV", "21", 21, "count", "HCV", total=68, subject="HCV của võ sinh võ đường", period=SINCE, location=TH),
    F("19 HCB", "19", 19, "count", "HCB", total=68, subject="HCB của võ sinh võ đường", period=SINCE, location=TH),
    F("28 HCĐ", "28", 28, "count", "HCĐ", total=68, subject="HCĐ của võ sinh võ đường", period=SINCE, location=TH),
    F("giành hai HCV", "hai", 2, "count", "HCV",
      subject="HCV của Nguyễn Thị Lan tại Giải vô địch trẻ võ cổ truyền quốc gia", period=Y23, location=TH),
    F("khoảng 8 triệu", "8", 8e6, "money", "đồng", approx="about",
      subject="chi phí tiền điện, nước và sửa chữa dụng cụ mỗi tháng của võ đường", location=TH),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ chi phí được tiền học phí bù", location=TH),
    F("có 74 câu lạc bộ", "74", 74, "count", "câu lạc bộ, võ đường", subject="câu lạc bộ, võ đường võ cổ truyền"),
    F("gần 4.200 võ sinh", "4.200", 4200, "count", "võ sinh", approx="nearly", subject="võ sinh võ cổ truyền"),
    F("tăng 8,5%", "8,5", 8.5, "percent", "%", subject="tăng số võ sinh võ cổ truyền", period=M9),
    F("tham gia 5 giải", "5", 5, "count", "giải", subject="giải cấp tỉnh và quốc gia các câu lạc bộ tham gia",
      period=M9),
    F("có 90 câu lạc bộ", "90", 90, "count", "câu lạc bộ", status="target",
      subject="câu lạc bộ võ cổ truyền", period=TO25),
    F("ít nhất 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", approx="at_least", status="target",
      subject="câu lạc bộ võ cổ truyền mỗi huyện, thị xã, thành phố", period=TO25),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): feature on one village martial arts school; byline 'THU HÀ' and bare date '15/10/2024' at the end.",
    "The school's figures are in huyện Thạch Hà (stated in the lead), also in the following sentences about it; province figures Hà Tĩnh.",
    "Distractors: 'năm 2003' (founding year), 'Tỉnh lộ 26' (road), 'Giải vô địch trẻ' (name). 'Hơn 20 năm qua' is a span (optional), '6 tuổi' an age (optional).",
    "'Từ năm 2015 đến nay' ends at the published date. '(21 HCV, 19 HCB, 28 HCĐ)' adds up to 68: totals. 'riêng 14 em' gets no total (no cue).",
    "'9 tháng năm 2024, số võ sinh tăng 8,5% so với cùng kỳ' is a growth rate with no base amount: a percent figure, no change.",
    "'mỗi tháng võ đường chi khoảng 8 triệu đồng' is written without '/tháng': unit đồng (the monthly frame is in the subject).",
    "'trong đó mỗi huyện … có ít nhất 5 câu lạc bộ' is a per-district norm, not a part of 90: no total.",
]

if __name__ == "__main__":
    write("p1187-5", TEXT, NOTES, FIGS, published="2024-10-15", location="Hà Tĩnh")
