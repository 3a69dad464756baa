"""p1134-6: national newspaper: TP Hồ Chí Minh short of public toilets; a toilet on phố đi bộ Nguyễn Huệ (quận 1)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ Sáu, 23/8/2024, 06:00 (GMT+7)

TP HCM mới có hơn 500 nhà vệ sinh công cộng

Thành phố hơn 9 triệu dân nhưng chỉ có 502 nhà vệ sinh công cộng, nhiều nơi xuống cấp, người dân và du khách phải "đi nhờ" quán cà phê, cây xăng.

Theo Sở Xây dựng TP HCM, trong 502 nhà vệ sinh công cộng hiện có, 139 nhà là công trình cố định, 363 nhà là loại di động, lắp ghép. Tính bình quân, thành phố chỉ có khoảng 5,4 nhà vệ sinh công cộng/100.000 dân, thấp hơn nhiều so với Hà Nội. Quận 1, quận 3 và quận 5 có lần lượt 68, 31 và 27 nhà.

Tại phố đi bộ Nguyễn Huệ (quận 1), nhà vệ sinh ngầm cạnh tượng đài Bác Hồ ngày thường phục vụ khoảng 900 lượt, cuối tuần cao gấp ba lần. Chị Lê Thu Hà, 34 tuổi, nhân viên vệ sinh tại đây, cho biết mỗi ca chị dọn buồng vệ sinh 15-20 lần.

Trong quý II, đường dây nóng 1022 tiếp nhận 146 phản ánh về nhà vệ sinh công cộng, tăng 23% so với quý I, chủ yếu về hư hỏng thiết bị và mất vệ sinh. Giá sử dụng tại các nhà do doanh nghiệp khai thác từ 2.000 đến 5.000 đồng/lượt; nhà do ngân sách đầu tư được miễn phí.

Thành phố đặt mục tiêu đến năm 2025 có 1.000 nhà vệ sinh công cộng, tức phải xây thêm gần 500 nhà trong hơn một năm. Sở Xây dựng dự kiến kêu gọi xã hội hóa khoảng 120 tỷ đồng, trong đó ưu tiên 30 vị trí tại các tuyến phố đi bộ, bến xe buýt và công viên.

Hữu Công
"""

Q2 = P("Trong quý II", "2024-04-01", "2024-06-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
Q1 = "Quận 1"

FIGS = [
    F("hơn 500 nhà", "500", 500, "count", "nhà vệ sinh công cộng", approx="over",
      subject="nhà vệ sinh công cộng"),
    F("hơn 9 triệu", "9", 9000000, "count", "dân", approx="over", subject="dân số thành phố"),
    F("chỉ có 502 nhà", "502", 502, "count", "nhà vệ sinh công cộng", subject="nhà vệ sinh công cộng"),
    F("trong 502 nhà", "502", 502, "count", "nhà vệ sinh công cộng", optional=True,
      subject="nhà vệ sinh công cộng hiện có"),
    F("139 nhà", "139", 139, "count", "nhà", total=502, subject="nhà vệ sinh công cộng là công trình cố định"),
    F("363 nhà", "363", 363, "count", "nhà", total=502, subject="nhà vệ sinh công cộng loại di động, lắp ghép"),
    F("khoảng 5,4 nhà", "5,4", 5.4, "measure", "nhà vệ sinh công cộng/100.000 dân", approx="about",
      subject="nhà vệ sinh công cộng bình quân trên 100.000 dân"),
    F("lần lượt 68", "68", 68, "count", "nhà", subject="nhà vệ sinh công cộng", location=Q1),
    F("68, 31", "31", 31, "count", "nhà", subject="nhà vệ sinh công cộng", location="Quận 3"),
    F("và 27 nhà", "27", 27, "count", "nhà", subject="nhà vệ sinh công cộng", location="Quận 5"),
    F("khoảng 900 lượt", "900", 900, "count", "lượt", approx="about",
      subject="lượt sử dụng nhà vệ sinh ngầm phố đi bộ Nguyễn Huệ ngày thường", location=Q1),
    F("gấp ba lần", "ba", 3, "multiple", "lần",
      subject="lượt sử dụng cuối tuần so với ngày thường", location=Q1),
    F("34 tuổi", "34", 34, "measure", "tuổi", optional=True, subject="tuổi chị Lê Thu Hà", location=Q1),
    F("vệ sinh 15-20 lần", "15", 15, "count", "lần", value_max=20,
      subject="số lần dọn buồng vệ sinh mỗi ca", location=Q1),
    F("tiếp nhận 146 phản ánh", "146", 146, "count", "phản ánh",
      change=C("increase", 23, "%", "quý I"), subject="phản ánh về nhà vệ sinh công cộng", period=Q2),
    F("từ 2.000 đến 5.000", "2.000", 2000, "money", "đồng/lượt", value_max=5000,
      subject="giá sử dụng tại các nhà vệ sinh do doanh nghiệp khai thác"),
    F("có 1.000 nhà", "1.000", 1000, "count", "nhà vệ sinh công cộng", status="target",
      subject="nhà vệ sinh công cộng", period=TO25),
    F("gần 500 nhà", "500", 500, "count", "nhà", approx="nearly", status="target",
      subject="nhà vệ sinh công cộng phải xây thêm", period=TO25),
    F("khoảng 120 tỷ", "120", 120000000000, "money", "đồng", approx="about", status="forecast",
      subject="vốn xã hội hóa kêu gọi"),
    F("ưu tiên 30 vị trí", "30", 30, "count", "vị trí", status="forecast",
      subject="vị trí ưu tiên tại các tuyến phố đi bộ, bến xe buýt và công viên"),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 23/8/2024, 06:00 (GMT+7)' (published), byline at the end. Default location TP Hồ Chí Minh.",
    "'trong 502 nhà ... hiện có, 139 nhà ..., 363 nhà' → totals 502 ('trong số N'); the second 502 only refers back (optional).",
    "'5,4 nhà vệ sinh công cộng/100.000 dân' is a rate: 100.000 is part of the unit, not a figure. 'lần lượt 68, 31 và 27 nhà' → Quận 1/3/5 as location.",
    "Passage about the toilet on phố đi bộ Nguyễn Huệ (quận 1): location Quận 1 for its figures; 'cuối tuần cao gấp ba lần' is its own claim → multiple 3;",
    "'mỗi ca chị dọn ... 15-20 lần': a time frame (per shift), not a per-entity denominator → count, unit 'lần' as written; '34 tuổi' optional.",
    "'Trong quý II' (year-less) → 2024; 'so với quý I' is a baseline.",
    "revised after the first run: 15-20 lần was measure 'lần/ca'; made count 'lần' to match the set's rule (per-entity 'mỗi nhà/mỗi khu' or a written '/' → measure;",
    "a time frame alone, 'mỗi ngày', 'mỗi ca', 'ngày thường' → count), as already applied to '900 lượt' here and '2.500 lượt người mỗi ngày' in p1134-5.",
    "'tức phải xây thêm gần 500 nhà' continues the target clause → target; 'trong hơn một năm' is a duration that only locates (no figure).",
    "'khoảng 120 tỷ ... trong đó ưu tiên 30 vị trí': different things (money vs places) → no total; 'dự kiến' → forecast for both.",
    "Distractors: 06:00, (GMT+7), hotline 1022, 'quận 1', 'quận 3', 'quận 5' as names, 'tượng đài Bác Hồ'.",
]

if __name__ == "__main__":
    write("p1134-6", TEXT, NOTES, FIGS, published="2024-08-23", location="TP Hồ Chí Minh")
