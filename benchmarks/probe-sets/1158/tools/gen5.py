"""p1158-5: Party newspaper (Báo Điện Biên Phủ), Lễ hội Hoa Ban 2024; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Báo Điện Biên Phủ > Văn hóa - Du lịch

Lễ hội Hoa Ban 2024: Hơn 120.000 lượt khách đến Điện Biên

Trong 5 ngày diễn ra Lễ hội Hoa Ban lần thứ IX (từ ngày 8 đến 12/3), tỉnh Điện Biên đón khoảng 126.000 lượt khách, tăng 35% so với lễ hội năm 2023; trong đó khách lưu trú 48.500 lượt, chiếm 38,5%. Doanh thu từ hoạt động du lịch ước đạt 315 tỷ đồng, gấp 1,6 lần lễ hội năm trước. Chương trình lễ hội gồm 25 hoạt động văn hóa, thể thao, du lịch, trong đó 6 hoạt động lần đầu được tổ chức.

Tại bản Him Lam 2, phường Him Lam, TP Điện Biên Phủ, homestay của chị Lò Thị Hương có 8 phòng nghỉ và một nhà sàn tập thể, phục vụ được 40 khách. Dịp lễ hội, homestay kín phòng cả 5 đêm, doanh thu khoảng 60 triệu đồng, gấp đôi tháng trước. Chị Hương thuê thêm hai lao động là người Thái trong bản để nấu ăn, phục vụ khách.

Từ năm 2021 đến nay, TP Điện Biên Phủ đã trồng mới hơn 5.000 cây hoa ban trên các tuyến phố, công viên, đạt 83% mục tiêu của Đề án "Thành phố hoa ban". Toàn tỉnh hiện có trên 3.200 ha rừng có cây ban mọc tự nhiên.

Năm 2024, Điện Biên đặt mục tiêu đón 1,5 triệu lượt khách, tổng thu từ du lịch đạt 3.000 tỷ đồng. Dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024), tỉnh dự kiến đón từ 150.000 đến 200.000 lượt khách.

QUANG HƯNG
16/3/2024
"""

FEST = P("từ ngày 8 đến 12/3", "2024-03-08", "2024-03-12")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-03-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DBP = {"location": "Điện Biên Phủ"}

FIGS = [
    F("Hơn 120.000 lượt", "120.000", 120000, "count", "lượt khách", approx="over",
      subject="lượt khách đến Điện Biên dịp Lễ hội Hoa Ban"),
    F("khoảng 126.000 lượt", "126.000", 126000, "count", "lượt khách", approx="about",
      change=C("increase", 35, "%", "lễ hội năm 2023"), subject="lượt khách dịp Lễ hội Hoa Ban", period=FEST),
    F("khách lưu trú 48.500 lượt", "48.500", 48500, "count", "lượt", total=126000, percent=38.5,
      subject="lượt khách lưu trú", period=FEST),
    F("ước đạt 315 tỷ", "315", 315e9, "money", "đồng", status="estimate",
      change=C("increase", 1.6, "lần", "lễ hội năm trước"), subject="doanh thu từ hoạt động du lịch",
      period=I(FEST)),
    F("gồm 25 hoạt động", "25", 25, "count", "hoạt động", subject="hoạt động văn hóa, thể thao, du lịch của lễ hội"),
    F("trong đó 6 hoạt động", "6", 6, "count", "hoạt động", total=25, subject="hoạt động lần đầu được tổ chức"),
    F("có 8 phòng", "8", 8, "count", "phòng nghỉ", subject="phòng nghỉ của homestay chị Lò Thị Hương", **DBP),
    F("và một nhà sàn", "một", 1, "count", "nhà sàn tập thể", subject="nhà sàn tập thể của homestay", **DBP),
    F("được 40 khách", "40", 40, "count", "khách", subject="khách homestay phục vụ được", **DBP),
    F("cả 5 đêm", "5", 5, "measure", "đêm", optional=True, subject="số đêm homestay kín phòng", **DBP),
    F("khoảng 60 triệu", "60", 60e6, "money", "đồng", approx="about",
      change=C("increase", 2, "lần", "tháng trước"), subject="doanh thu của homestay dịp lễ hội",
      period=I(FEST), **DBP),
    F("thêm hai lao động", "hai", 2, "count", "lao động", subject="lao động homestay thuê thêm",
      period=I(FEST), **DBP),
    F("hơn 5.000 cây", "5.000", 5000, "count", "cây hoa ban", approx="over", percent=83,
      subject="cây hoa ban trồng mới", period=SINCE, **DBP),
    F("trên 3.200 ha", "3.200", 3200, "measure", "ha", approx="over",
      subject="diện tích rừng có cây ban mọc tự nhiên"),
    F("đón 1,5 triệu", "1,5", 1.5e6, "count", "lượt khách", status="target", subject="lượt khách đón", period=Y24),
    F("đạt 3.000 tỷ", "3.000", 3000e9, "money", "đồng", status="target", subject="tổng thu từ du lịch", period=Y24),
    F("từ 150.000 đến 200.000", "150.000", 150000, "count", "lượt khách", value_max=200000, status="forecast",
      subject="lượt khách dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"),
]

NOTES = [
    "Party newspaper (Báo Điện Biên Phủ): Lễ hội Hoa Ban 2024. Byline 'QUANG HƯNG' and bare date '16/3/2024' at the end (published).",
    "Distractors: 'Trong 5 ngày' (duration), 'lần thứ IX', 'Lễ hội Hoa Ban 2024', 'bản Him Lam 2', 'Đề án \"Thành phố hoa ban\"',",
    "'70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)' (anniversary and dates).",
    "'(từ ngày 8 đến 12/3)' takes 2024 from the headline / published date. 48.500 after '; trong đó' is part of 126.000, 'chiếm 38,5%' its percent.",
    "'gấp 1,6 lần', 'gấp đôi' after an amount are its change (lần). The homestay passage is in TP Điện Biên Phủ: location Điện Biên Phủ",
    "for its sentences; 'kín phòng cả 5 đêm' is optional. 'Từ năm 2021 đến nay' ends at published. Number words: 'một nhà sàn', 'hai lao động'.",
]

if __name__ == "__main__":
    write("p1158-5", TEXT, NOTES, FIGS, published="2024-03-16", location="Điện Biên")
