"""p851-4: Bộ GD&ĐT (ministry site), national figures on deaf pupils, inclusive-education centres, sign language."""
from lib import F, P, I, CH, TG, write_set

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tổng hợp
Ngày đăng: 06/03/2025 | Lượt xem: 2.418

Hơn 52.000 học sinh khuyết tật nghe được đến trường

Theo báo cáo của Vụ Giáo dục Tiểu học, năm học 2024-2025 cả nước có hơn 52.000 học sinh khuyết tật nghe đang học ở các cấp học, trong đó 41.300 em học hòa nhập, chiếm khoảng 79%; số còn lại học tại 104 cơ sở giáo dục chuyên biệt. Các địa phương có nhiều học sinh khuyết tật nghe nhất lần lượt là Hà Nội (3.420 em), TP Hồ Chí Minh (3.150 em), Thanh Hóa (1.980 em) và Nghệ An (1.640 em).

Đến hết năm 2024, đã có 55/63 tỉnh, thành phố thành lập Trung tâm Hỗ trợ phát triển giáo dục hòa nhập, tăng 9 tỉnh so với năm 2020. Trong năm học 2023-2024, các trung tâm đã can thiệp sớm cho khoảng 18.500 trẻ khiếm thính, gấp 2,5 lần so với năm học 2019-2020.

Năm 2024, Bộ đã tổ chức bồi dưỡng ngôn ngữ ký hiệu cho 4.200 cán bộ quản lý, giáo viên, đạt 105% kế hoạch. So với năm 2021, số giáo viên được bồi dưỡng gấp 3 lần. Tuy vậy, tỷ lệ giáo viên dạy hòa nhập sử dụng thành thạo ngôn ngữ ký hiệu hiện mới đạt khoảng 18%, thấp hơn 2 điểm phần trăm so với mục tiêu đề ra.

Thực hiện Quyết định số 1438/QĐ-TTg, Bộ đang hoàn thiện bộ từ điển ngôn ngữ ký hiệu Việt Nam với khoảng 4.000 ký hiệu, dự kiến ban hành trong quý III/2025.

Mục tiêu đến năm 2030, 100% tỉnh, thành phố có trung tâm hỗ trợ phát triển giáo dục hòa nhập và ít nhất 50% giáo viên dạy trẻ khuyết tật nghe sử dụng được ngôn ngữ ký hiệu. Bộ dự kiến năm 2025 bồi dưỡng thêm 5.000 giáo viên.

Cổng thông tin điện tử Bộ Giáo dục và Đào tạo - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội
"""

SY = P("năm học 2024-2025", "2024-09-01", "2025-05-31")
SY23 = P("Trong năm học 2023-2024", "2023-09-01", "2024-05-31")
END24 = P("Đến hết năm 2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "học sinh khuyết tật nghe"

FIGS = [
    F("Hơn 52.000 học sinh khuyết tật nghe được", "52.000", 52000, "count", "học sinh",
      "học sinh khuyết tật nghe được đến trường", approx="over"),
    F("có hơn 52.000 học sinh", "52.000", 52000, "count", "học sinh", "học sinh khuyết tật nghe đang học ở các cấp học", SY,
      approx="over"),
    F("41.300 em", "41.300", 41300, "count", "em", "học sinh khuyết tật nghe học hòa nhập", SY, total=52000, percent=79),
    F("tại 104 cơ sở", "104", 104, "count", "cơ sở", "cơ sở giáo dục chuyên biệt", SY),
    F("Hà Nội (3.420 em)", "3.420", 3420, "count", "em", LIST, I(SY), location="Hà Nội"),
    F("TP Hồ Chí Minh (3.150 em)", "3.150", 3150, "count", "em", LIST, I(SY), location="Hồ Chí Minh"),
    F("Thanh Hóa (1.980 em)", "1.980", 1980, "count", "em", LIST, I(SY), location="Thanh Hóa"),
    F("Nghệ An (1.640 em)", "1.640", 1640, "count", "em", LIST, I(SY), location="Nghệ An"),
    F("55/63 tỉnh", "55", 55, "count", "tỉnh, thành phố",
      "tỉnh, thành phố thành lập Trung tâm Hỗ trợ phát triển giáo dục hòa nhập", END24, total=63,
      change=CH("increase", 9, "tỉnh", "năm 2020")),
    F("khoảng 18.500 trẻ", "18.500", 18500, "count", "trẻ khiếm thính", "trẻ khiếm thính được can thiệp sớm", SY23,
      approx="about", change=CH("increase", 2.5, "lần", "năm học 2019-2020")),
    F("cho 4.200 cán bộ", "4.200", 4200, "count", "cán bộ quản lý, giáo viên",
      "cán bộ quản lý, giáo viên được bồi dưỡng ngôn ngữ ký hiệu", Y24, percent=105),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số giáo viên được bồi dưỡng so với năm 2021"),
    F("khoảng 18%", "18", 18, "percent", "%", "tỷ lệ giáo viên dạy hòa nhập sử dụng thành thạo ngôn ngữ ký hiệu",
      approx="about", change=CH("decrease", 2, "điểm phần trăm", "mục tiêu đề ra")),
    F("khoảng 4.000 ký hiệu", "4.000", 4000, "count", "ký hiệu", "ký hiệu trong bộ từ điển ngôn ngữ ký hiệu Việt Nam",
      approx="about"),
    F("2030, 100% tỉnh", "100", 100, "percent", "%",
      "tỉnh, thành phố có trung tâm hỗ trợ phát triển giáo dục hòa nhập", T30, status="target"),
    F("ít nhất 50% giáo viên", "50", 50, "percent", "%", "giáo viên dạy trẻ khuyết tật nghe sử dụng được ngôn ngữ ký hiệu",
      T30, approx="at_least", status="target"),
    F("thêm 5.000 giáo viên", "5.000", 5000, "count", "giáo viên", "giáo viên được bồi dưỡng thêm", Y25, status="forecast"),
]

NOTES = [
    "Cổng TTĐT Bộ GD&ĐT: học sinh khuyết tật nghe, trung tâm hỗ trợ phát triển giáo dục hòa nhập, ngôn ngữ ký hiệu (national).",
    "Distractors: 'Ngày đăng: 06/03/2025', 'Lượt xem: 2.418', 'Quyết định số 1438/QĐ-TTg', 'quý III/2025' (a release schedule),",
    "'năm học 2019-2020' / 'năm 2021' / 'năm 2020' (baselines), address '35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội' (does not localise).",
    "'gấp 2,5 lần so với …' after a count is its change (unit lần); 'gấp 3 lần' standing alone as the claim is a multiple.",
    "'thấp hơn 2 điểm phần trăm so với mục tiêu đề ra' is a gap to plan: a change of the 18%. 'hiện' gives no period.",
    "The 4.000 signs stand in the 'đang hoàn thiện' clause; 'dự kiến' governs only its own clause (the release), so the 4.000 is actual.",
]

if __name__ == "__main__":
    write_set(4, TEXT, FIGS, NOTES, published="2025-03-06", location="Việt Nam")
