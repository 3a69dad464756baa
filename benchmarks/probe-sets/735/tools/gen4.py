"""p735-4: ministry site (Bộ NN&PTNT, Cục KTHT&PTNT), craft villages and rattan/bamboo/sedge exports, national."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Tin tức > Ngành nghề nông thôn
22/04/2024 08:30

Làng nghề mây tre đan, cói, lục bình: Kim ngạch quý I tăng hơn 21%

Theo số liệu tổng hợp của Cục Kinh tế hợp tác và Phát triển nông thôn, cả nước hiện có khoảng 5.400 làng nghề, trong đó 1.951 làng nghề được công nhận, thu hút khoảng 11 triệu lao động. Nhóm làng nghề mây tre đan, cói, lục bình có 1.018 làng, chiếm 18,9% tổng số làng nghề, tập trung tại Hà Nội (286 làng), Thái Bình (119 làng), Thanh Hóa (64 làng) và Ninh Bình (41 làng).

Năm 2023, kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm đạt 765,4 triệu USD, giảm 18,1% so với năm 2022 do nhu cầu tại các thị trường lớn suy giảm. Sang quý I/2024, kim ngạch đạt 206,7 triệu USD, tăng 21,4% so với cùng kỳ năm 2023; trong đó Hoa Kỳ 68,3 triệu USD, Nhật Bản 31,2 triệu USD, Đức 14,6 triệu USD.

Cũng trong năm 2023, các địa phương đã đào tạo nghề thủ công mỹ nghệ cho hơn 42.000 lao động nông thôn; tỷ lệ có việc làm sau đào tạo đạt 82%.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg), phấn đấu đến năm 2030 có thêm 300 làng nghề được công nhận; tốc độ tăng trưởng giá trị sản xuất bình quân 8-10%/năm; thu nhập bình quân của lao động làng nghề tăng ít nhất 2,5 lần so với năm 2020; 100% làng nghề được công nhận có mô hình liên kết sản xuất.

Cục Kinh tế hợp tác và Phát triển nông thôn - Nhà B9, số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3843.8793.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_LANG = "làng nghề mây tre đan, cói, lục bình"
SUBJ_XK = "kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm sang "

FIGS = [
    F("quý I tăng hơn 21%", "21", 21, "percent", "%", approx="over",
      subject="kim ngạch làng nghề mây tre đan, cói, lục bình",
      period=P("quý I", "2024-01-01", "2024-03-31")),
    F("khoảng 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", approx="about", subject="làng nghề"),
    F("1.951 làng nghề", "1.951", 1951, "count", "làng nghề", total=5400, subject="làng nghề được công nhận"),
    F("khoảng 11 triệu lao động", "11", 11e6, "count", "lao động", approx="about",
      subject="lao động làm việc tại làng nghề"),
    F("có 1.018 làng", "1.018", 1018, "count", "làng", percent=18.9, subject=SUBJ_LANG),
    F("Hà Nội (286 làng)", "286", 286, "count", "làng", subject=SUBJ_LANG, location="Hà Nội"),
    F("Thái Bình (119 làng)", "119", 119, "count", "làng", subject=SUBJ_LANG, location="Thái Bình"),
    F("Thanh Hóa (64 làng)", "64", 64, "count", "làng", subject=SUBJ_LANG, location="Thanh Hóa"),
    F("Ninh Bình (41 làng)", "41", 41, "count", "làng", subject=SUBJ_LANG, location="Ninh Bình"),
    F("đạt 765,4 triệu USD", "765,4", 765.4e6, "money", "USD",
      change=CH("decrease", 18.1, baseline="năm 2022"),
      subject="kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm", period=Y23),
    F("đạt 206,7 triệu USD", "206,7", 206.7e6, "money", "USD",
      change=CH("increase", 21.4, baseline="cùng kỳ năm 2023"),
      subject="kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm", period=Q1),
    F("Hoa Kỳ 68,3 triệu USD", "68,3", 68.3e6, "money", "USD", total=206.7e6, subject=SUBJ_XK + "Hoa Kỳ", period=Q1),
    F("Nhật Bản 31,2 triệu USD", "31,2", 31.2e6, "money", "USD", total=206.7e6, subject=SUBJ_XK + "Nhật Bản",
      period=Q1),
    F("Đức 14,6 triệu USD", "14,6", 14.6e6, "money", "USD", total=206.7e6, subject=SUBJ_XK + "Đức", period=Q1),
    F("hơn 42.000 lao động", "42.000", 42000, "count", "lao động", approx="over",
      subject="lao động nông thôn được đào tạo nghề thủ công mỹ nghệ",
      period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 82%", "82", 82, "percent", "%", subject="tỷ lệ có việc làm sau đào tạo",
      period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 300 làng nghề", "300", 300, "count", "làng nghề", status="target",
      subject="làng nghề được công nhận thêm", period=T30),
    F("8-10%/năm", "8", 8, "percent", "%", value_max=10, status="target",
      subject="tốc độ tăng trưởng giá trị sản xuất bình quân", period=T30),
    F("ít nhất 2,5 lần", "2,5", 2.5, "multiple", "lần", approx="at_least", status="target",
      subject="thu nhập bình quân của lao động làng nghề so với năm 2020", period=T30),
    F("100% làng nghề", "100", 100, "percent", "%", status="target",
      subject="làng nghề được công nhận có mô hình liên kết sản xuất", period=T30),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục KTHT&PTNT), '22/04/2024 08:30': làng nghề, xuất khẩu mây tre cói thảm 2023 và quý I/2024, mục tiêu 2030.",
    "National article: location Việt Nam; provinces with their own bracketed counts are those figures' locations (no total: no cue, no sum).",
    "Headline 'quý I tăng hơn 21%' is a growth rate as the claim: percent, over, no change; 'quý I' takes 2024 from the dateline.",
    "'trong đó 1.951 làng nghề' → total 5.400; 'chiếm 18,9% tổng số làng nghề' → percent of 1.018 (no N after tổng số, so no total).",
    "'trong đó Hoa Kỳ …, Nhật Bản …, Đức …' → parts of 206,7 triệu USD; trade partners are not places (subject, location Việt Nam).",
    "Targets after 'phấn đấu đến năm 2030' (one sentence with ';'): 300 làng nghề, 8-10%/năm (unit %), 'tăng ít nhất 2,5 lần so với năm 2020'",
    "standing alone as the claim → multiple, at_least; 100% → percent. Not figures: Quyết định số 801/QĐ-TTg, giai đoạn 2021-2030,",
    "Nhà B9, số 2 Ngọc Hà, phone 024.3843.8793, the dateline.",
    "revised after first scoring: headline subject lost the added word 'xuất khẩu' (the headline says only 'Kim ngạch').",
]

if __name__ == "__main__":
    emit("p735-4", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")
