"""p1494-4: ministry site (Bộ NN&PTNT, Cục Kinh tế hợp tác và PTNT): làng nghề rèn, đúc cả nước."""
from lib import F, period, year, inherit, change, target, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Phát triển nông thôn

Cả nước có 112 làng nghề rèn, đúc được công nhận

Ngày đăng: 12/06/2024 | Cục Kinh tế hợp tác và Phát triển nông thôn

Theo số liệu tổng hợp của Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến ngày 31/5/2024, cả nước có 112 làng nghề rèn, đúc kim loại được công nhận, chiếm khoảng 5,6% tổng số làng nghề. Các làng nghề này thu hút trên 46 nghìn lao động, trong đó khoảng 70% là lao động thường xuyên.

Năm 2023, giá trị sản xuất của nhóm làng nghề rèn, đúc đạt khoảng 7.800 tỷ đồng, tăng 4,1% so với năm 2022. Dao, kéo và dụng cụ nhà bếp chiếm 38% giá trị; nông cụ cầm tay chiếm 27%. Kim ngạch xuất khẩu dao, kéo thủ công năm 2023 đạt 23,5 triệu USD, gấp 1,8 lần năm 2020, chủ yếu sang Lào, Campuchia và Nhật Bản.

Làng nghề rèn tập trung nhiều nhất ở vùng đồng bằng sông Hồng với 41 làng, tiếp đến là Bắc Trung Bộ 26 làng và trung du miền núi phía Bắc 19 làng. Hà Nội, Nam Định và Thanh Hóa lần lượt đứng thứ nhất, thứ hai và thứ ba về số làng nghề rèn.

Tuy nhiên, thu nhập của thợ rèn còn thấp, bình quân chỉ khoảng 6,8 triệu đồng/tháng; gần 45% số cơ sở vẫn dùng lò than thủ công. Theo Chương trình phát triển ngành nghề nông thôn giai đoạn 2021-2030, mục tiêu đến năm 2030 có ít nhất 80% làng nghề rèn đạt tiêu chí về môi trường, mỗi tỉnh có làng nghề rèn có tối thiểu 1 sản phẩm OCOP 4 sao trở lên.

Cục Kinh tế hợp tác và PTNT - Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
"""

ASOF = period("tính đến ngày 31/5/2024", None, "2024-05-31")
Y23 = year("Năm 2023", 2023)
Y23b = year("năm 2023", 2023)
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Cả nước có 112", "112", 112, "count", "làng nghề", subject="làng nghề rèn, đúc được công nhận"),
    F("cả nước có 112", "112", 112, "count", "làng nghề", percent=5.6,
      subject="làng nghề rèn, đúc kim loại được công nhận", per=ASOF),
    F("trên 46 nghìn", "46", 46000, "count", "lao động", approx="over",
      subject="lao động các làng nghề rèn, đúc thu hút", per=inherit(ASOF)),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ lao động thường xuyên", per=inherit(ASOF)),
    F("khoảng 7.800 tỷ", "7.800", 7800e9, "money", "đồng", approx="about",
      change=change("increase", 4.1, "%", "năm 2022"),
      subject="giá trị sản xuất của nhóm làng nghề rèn, đúc", per=Y23),
    F("chiếm 38%", "38", 38, "percent", "%",
      subject="tỷ trọng dao, kéo và dụng cụ nhà bếp trong giá trị sản xuất", per=inherit(Y23)),
    F("chiếm 27%", "27", 27, "percent", "%",
      subject="tỷ trọng nông cụ cầm tay trong giá trị sản xuất", per=inherit(Y23)),
    F("đạt 23,5 triệu", "23,5", 23.5e6, "money", "USD",
      change=change("increase", 1.8, "lần", "năm 2020"),
      subject="kim ngạch xuất khẩu dao, kéo thủ công", per=Y23b),
    F("với 41 làng", "41", 41, "count", "làng", subject="làng nghề rèn vùng đồng bằng sông Hồng"),
    F("Bộ 26 làng", "26", 26, "count", "làng", subject="làng nghề rèn Bắc Trung Bộ"),
    F("Bắc 19 làng", "19", 19, "count", "làng", subject="làng nghề rèn trung du miền núi phía Bắc"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="số làng nghề rèn", location="Hà Nội"),
    F("thứ hai và", "hai", 2, "rank", "hạng", subject="số làng nghề rèn", location="Nam Định"),
    F("thứ ba về", "ba", 3, "rank", "hạng", subject="số làng nghề rèn", location="Thanh Hóa"),
    F("khoảng 6,8 triệu", "6,8", 6.8e6, "money", "đồng/tháng", approx="about",
      subject="thu nhập bình quân của thợ rèn"),
    F("gần 45%", "45", 45, "percent", "%", approx="nearly",
      subject="tỷ lệ cơ sở vẫn dùng lò than thủ công"),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ làng nghề rèn đạt tiêu chí về môi trường", per=T30),
    F("tối thiểu 1 sản phẩm", "1", 1, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm OCOP 4 sao trở lên của mỗi tỉnh có làng nghề rèn", per=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Ngày đăng: 12/06/2024 | Cục ...' (published), address footer.",
    "National figures: location Việt Nam. Ranked provinces in 'Hà Nội, Nam Định và Thanh Hóa lần lượt đứng thứ nhất, thứ hai và thứ ba'",
    "take their province as location (ordinal words nhất/hai/ba are the rank numbers). Regions (đồng bằng sông Hồng, Bắc Trung Bộ, ...) are",
    "not provinces: they go into the subject, and the location stays Việt Nam.",
    "'chiếm khoảng 5,6% tổng số làng nghề' → percent attribute of 112. 'trong đó khoảng 70%' → percent figure of its own.",
    "'gấp 1,8 lần năm 2020' after 23,5 triệu USD → change increase 1.8 lần. Trade partners (Lào, Campuchia, Nhật Bản) are not places.",
    "Distractors: 'giai đoạn 2021-2030', 'OCOP 4 sao', 'Số 2 Ngọc Hà', the dateline.",
]

if __name__ == "__main__":
    write("p1494-4", TEXT, NOTES, FIGS, published="2024-06-12", location="Việt Nam")
