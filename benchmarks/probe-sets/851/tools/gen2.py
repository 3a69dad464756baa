"""p851-2: huyện Cam Lâm (Khánh Hòa) district portal: hearing screening, sign-language class for parents."""
from lib import F, P, I, CH, TG, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAM LÂM
Tin tức - Sự kiện > Văn hóa - Xã hội
Thứ Hai, 20/11/2023 - 14:10

Cam Lâm quan tâm phát hiện sớm và hỗ trợ trẻ khiếm thính

Từ đầu năm đến nay, Trung tâm Y tế huyện Cam Lâm đã sàng lọc thính lực cho 1.326 trẻ sơ sinh, đạt 92,4% số trẻ sinh ra trên địa bàn; phát hiện 7 trẻ nghi ngờ giảm thính lực, đã chuyển lên Bệnh viện Đa khoa tỉnh Khánh Hòa để chẩn đoán.

Trong 10 tháng năm 2023, ngành giáo dục huyện phối hợp khám sàng lọc cho 3.870 trẻ tại 24 trường mầm non, phát hiện 19 trẻ khiếm thính, tăng 5 trẻ so với cùng kỳ năm 2022. Số trẻ khiếm thính tập trung nhiều ở các xã Cam Hải Tây (6 trẻ), Cam Thành Bắc (5 trẻ) và thị trấn Cam Đức (4 trẻ).

Để giúp gia đình giao tiếp với con, Hội Người khuyết tật huyện phối hợp Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh mở 2 lớp ngôn ngữ ký hiệu cơ bản với 50 học viên tại Nhà văn hóa thôn 3, xã Cam Hải Tây. Mỗi khóa học kéo dài 3 tháng. Kinh phí mở lớp hơn 60 triệu đồng do Quỹ Bảo trợ trẻ em tỉnh hỗ trợ.

Hiện toàn huyện có 312 người khuyết tật nghe, nói đang hưởng trợ cấp xã hội hằng tháng theo Nghị định số 20/2021/NĐ-CP, với mức từ 540.000 đến 720.000 đồng/người/tháng.

Năm 2024, huyện đặt mục tiêu 100% trẻ sơ sinh được sàng lọc thính lực và 100% trẻ khiếm thính trong độ tuổi được đến trường; dự kiến mở thêm 3 lớp ngôn ngữ ký hiệu cho phụ huynh.

Minh Châu (Phòng Văn hóa - Thông tin huyện)

Trụ sở: Quốc lộ 1A, thị trấn Cam Đức, huyện Cam Lâm, tỉnh Khánh Hòa. ĐT: 0258.3983.110
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-20")
M10 = P("Trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 1.326 trẻ sơ sinh", "1.326", 1326, "count", "trẻ sơ sinh", "trẻ sơ sinh được sàng lọc thính lực", YTD,
      percent=92.4),
    F("phát hiện 7 trẻ", "7", 7, "count", "trẻ", "trẻ nghi ngờ giảm thính lực", YTD),
    F("cho 3.870 trẻ", "3.870", 3870, "count", "trẻ", "trẻ được khám sàng lọc tại trường mầm non", M10),
    F("tại 24 trường mầm non", "24", 24, "count", "trường mầm non", "trường mầm non được khám sàng lọc", M10),
    F("phát hiện 19 trẻ khiếm thính", "19", 19, "count", "trẻ khiếm thính", "trẻ khiếm thính được phát hiện", M10,
      change=CH("increase", 5, "trẻ", "cùng kỳ năm 2022")),
    F("Cam Hải Tây (6 trẻ)", "6", 6, "count", "trẻ", "trẻ khiếm thính được phát hiện", I(M10)),
    F("Cam Thành Bắc (5 trẻ)", "5", 5, "count", "trẻ", "trẻ khiếm thính được phát hiện", I(M10)),
    F("Cam Đức (4 trẻ)", "4", 4, "count", "trẻ", "trẻ khiếm thính được phát hiện", I(M10)),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp ngôn ngữ ký hiệu cơ bản"),
    F("với 50 học viên", "50", 50, "count", "học viên", "học viên lớp ngôn ngữ ký hiệu cơ bản"),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", "thời gian mỗi khóa học ngôn ngữ ký hiệu"),
    F("hơn 60 triệu đồng", "60", 60_000_000, "money", "đồng", "kinh phí mở lớp", approx="over"),
    F("có 312 người", "312", 312, "count", "người", "người khuyết tật nghe, nói hưởng trợ cấp xã hội hằng tháng"),
    F("từ 540.000 đến 720.000", "540.000", 540_000, "money", "đồng/người/tháng", "mức trợ cấp xã hội hằng tháng",
      value_max=720_000),
    F("mục tiêu 100% trẻ sơ sinh", "100", 100, "percent", "%", "trẻ sơ sinh được sàng lọc thính lực", Y24, status="target"),
    F("và 100% trẻ khiếm thính", "100", 100, "percent", "%", "trẻ khiếm thính trong độ tuổi được đến trường", Y24,
      status="target"),
    F("thêm 3 lớp", "3", 3, "count", "lớp", "lớp ngôn ngữ ký hiệu cho phụ huynh mở thêm", Y24, status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Cam Lâm (Khánh Hòa): sàng lọc thính lực trẻ sơ sinh và mầm non, lớp ngôn ngữ ký hiệu cho phụ huynh.",
    "Distractors: 'Thứ Hai, 20/11/2023 - 14:10', 'thôn 3', 'Nghị định số 20/2021/NĐ-CP', 'Quốc lộ 1A', 'ĐT: 0258.3983.110'.",
    "Location is the district (Cam Lâm) throughout; communes/thị trấn in the list lie in it and are not provinces, cities or districts.",
    "The 7 children referred to the provincial hospital are still Cam Lâm's figure. The commune list (6+5+4=15) does not add up to 19: no total.",
    "'Mỗi khóa học kéo dài 3 tháng' is the course length (measure, cf. '35 phút'), not a period. 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write_set(2, TEXT, FIGS, NOTES, published="2023-11-20", location="Cam Lâm")
