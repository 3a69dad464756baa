"""p889-2: district portal (huyện Gia Lộc, Hải Dương) — ký cam kết, rà soát, kiểm tra dạy thêm."""
from lib import F, P, CH, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LỘC - TỈNH HẢI DƯƠNG
Tin tức > Giáo dục - Đào tạo

Gia Lộc siết chặt quản lý dạy thêm, học thêm

Thứ Hai, 06/11/2023 - 15:20

Trong tháng 10/2023, Phòng Giáo dục và Đào tạo huyện đã chỉ đạo 100% trường tiểu học và THCS tổ chức cho giáo viên ký cam kết không dạy thêm, học thêm trái quy định. Toàn huyện có 614 giáo viên ký cam kết, gồm 289 giáo viên tiểu học và 325 giáo viên THCS.

Hiện Gia Lộc có 23 trường tiểu học, 21 trường THCS với hơn 19.800 học sinh. Qua rà soát, trên địa bàn có 17 cơ sở dạy thêm ngoài nhà trường được UBND huyện cấp phép, tập trung tại thị trấn Gia Lộc (9 cơ sở), xã Gia Tân (5 cơ sở) và xã Gia Khánh (3 cơ sở). Mức thu phổ biến 25.000 - 40.000 đồng/buổi.

Ngày 2/11, đoàn kiểm tra liên ngành của huyện đã kiểm tra đột xuất 6 cơ sở tại thị trấn và dọc Quốc lộ 37, phát hiện 2 cơ sở vi phạm do dạy vượt sĩ số 45 học sinh/lớp và chưa niêm yết học phí; yêu cầu khắc phục trong 15 ngày.

Năm học 2022-2023, huyện đã xử lý 3 trường hợp giáo viên dạy thêm trái quy định, giảm 4 trường hợp so với năm học trước. Năm học 2023-2024, Phòng phấn đấu kiểm tra 100% cơ sở dạy thêm được cấp phép, giảm ít nhất 50% số trường hợp vi phạm so với năm học 2022-2023.

"Chúng tôi công khai số điện thoại đường dây nóng 0220.3715.226 để phụ huynh phản ánh; mọi trường hợp sai phạm sẽ bị xử lý nghiêm", ông Nguyễn Văn Ba, Trưởng phòng Giáo dục và Đào tạo huyện cho biết.

Văn phòng HĐND và UBND huyện
"""

OCT = P("Trong tháng 10/2023", "2023-10-01", "2023-10-31")
OCT_I = P("Trong tháng 10/2023", "2023-10-01", "2023-10-31", inherited=True)
DAY = P("Ngày 2/11", "2023-11-02", "2023-11-02")
SY22 = P("Năm học 2022-2023", "2022-09-01", "2023-05-31")
SY23 = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
SUBJ = "cơ sở dạy thêm ngoài nhà trường được cấp phép"

FIGS = [
    F("chỉ đạo 100%", "100", "percent", "%", "trường tiểu học và THCS tổ chức cho giáo viên ký cam kết", period=OCT),
    F("có 614 giáo viên", "614", "count", "giáo viên", "giáo viên ký cam kết", period=OCT_I),
    F("gồm 289 giáo viên", "289", "count", "giáo viên", "giáo viên tiểu học ký cam kết", total=614, period=OCT_I),
    F("và 325 giáo viên", "325", "count", "giáo viên", "giáo viên THCS ký cam kết", total=614, period=OCT_I),
    F("có 23 trường", "23", "count", "trường", "trường tiểu học"),
    F("21 trường THCS", "21", "count", "trường", "trường THCS"),
    F("hơn 19.800 học sinh", "19.800", "count", "học sinh", "học sinh tiểu học và THCS", approx="over"),
    F("có 17 cơ sở", "17", "count", "cơ sở", SUBJ),
    F("(9 cơ sở)", "9", "count", "cơ sở", SUBJ, total=17),
    F("(5 cơ sở)", "5", "count", "cơ sở", SUBJ, total=17),
    F("(3 cơ sở)", "3", "count", "cơ sở", SUBJ, total=17),
    F("25.000 - 40.000 đồng/buổi", "25.000", "money", "đồng/buổi", "mức thu học phí dạy thêm phổ biến", value_max=40000),
    F("đột xuất 6 cơ sở", "6", "count", "cơ sở", "cơ sở được kiểm tra đột xuất", period=DAY),
    F("phát hiện 2 cơ sở", "2", "count", "cơ sở", "cơ sở vi phạm", period=DAY),
    F("sĩ số 45 học sinh/lớp", "45", "measure", "học sinh/lớp", "sĩ số tối đa", optional=True),
    F("trong 15 ngày", "15", "measure", "ngày", "thời hạn khắc phục", optional=True),
    F("xử lý 3 trường hợp", "3", "count", "trường hợp", "trường hợp giáo viên dạy thêm trái quy định bị xử lý",
      change=CH("decrease", 4, "trường hợp", "năm học trước"), period=SY22),
    F("kiểm tra 100%", "100", "percent", "%", "cơ sở dạy thêm được cấp phép được kiểm tra", status="target", period=SY23),
    F("ít nhất 50%", "50", "percent", "%", "giảm số trường hợp vi phạm", approx="at_least", status="target", period=SY23),
]

NOTES = [
    "Cổng TTĐT huyện Gia Lộc (Hải Dương): ký cam kết, rà soát và kiểm tra dạy thêm, học thêm. Dateline 'Thứ Hai, 06/11/2023 - 15:20'.",
    "Commune/thị trấn items (thị trấn Gia Lộc, xã Gia Tân, xã Gia Khánh) keep the district 'Gia Lộc' (FIGURES.md: province, city or district);",
    "they add up to the 17 before them (9+5+3): total 17. 'Hiện' gives no period. A school year 'năm học 2022-2023' = 2022-09-01..2023-05-31.",
    "'Quốc lộ 37', the hotline, 'Nguyễn Văn Ba' and 'Ngày 2/11' are not figures; the class-size cap and the 15-day deadline are optional.",
    "'giảm ít nhất 50% … so với năm học 2022-2023' is a target rate standing as the claim: a percent figure, no change object.",
]

if __name__ == "__main__":
    build("p889-2", TEXT, FIGS, published="2023-11-06", location="Gia Lộc", notes=NOTES)
