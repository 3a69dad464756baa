"""p1568-2: district portal (huyện Đức Hòa, Long An): an instant-noodle company in KCN Hải Sơn."""
from lib import F, P, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ » Tin tức » Kinh tế - Công nghiệp

Doanh nghiệp mì ăn liền ở Khu công nghiệp Hải Sơn mở rộng sản xuất

22/02/2024 - 08:40

Năm 2023, Công ty TNHH Thực phẩm Sao Phương Nam (Khu công nghiệp Hải Sơn, xã Đức Hòa Hạ) sản xuất 385 triệu gói mì, tăng 11% so với năm 2022; doanh thu đạt 1.240 tỷ đồng, vượt 4% kế hoạch; nộp ngân sách hơn 62 tỷ đồng.

Ông Trần Minh Khải, Giám đốc công ty, cho biết công ty đang vận hành năm dây chuyền mì chiên và hai dây chuyền mì không chiên, mỗi ngày xuất xưởng khoảng 1,2 triệu gói. Công ty có 1.150 công nhân, trong đó 820 lao động nữ; thu nhập bình quân năm 2023 đạt 8,6 triệu đồng/người/tháng, cao hơn 7% so với năm trước. Dịp Tết Giáp Thìn, mỗi công nhân được thưởng từ 1 đến 2,5 tháng lương.

Trong 2 tháng đầu năm 2024, công ty tiêu thụ 64 triệu gói, trong đó thị trường xuất khẩu chiếm khoảng 22%. Năm 2024, công ty phấn đấu sản xuất 420 triệu gói; dự kiến tuyển thêm từ 150 đến 200 lao động khi dây chuyền mì ly mới đi vào hoạt động.

Theo Phòng Kinh tế huyện, trên địa bàn hiện có 7 cơ sở chế biến lương thực, thực phẩm khô, gồm 3 doanh nghiệp sản xuất mì, phở ăn liền và 4 cơ sở sản xuất bánh tráng, bún khô; năm 2023 các cơ sở này giải quyết việc làm cho gần 2.000 lao động. Huyện phấn đấu đến năm 2025 thu hút thêm ít nhất 2 dự án chế biến nông sản.

Tin khác:
- Đức Hòa: Ra quân thu gom rác thải dọc Quốc lộ N2
- Hội nghị đối thoại với doanh nghiệp năm 2024

Địa chỉ: Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa | ĐT: 0272.3850.214
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
M2 = P("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("sản xuất 385 triệu", "385", 385e6, "count", "gói", change=chg("increase", 11, "%", "năm 2022"),
      subject="gói mì Công ty TNHH Thực phẩm Sao Phương Nam sản xuất", period=Y23),
    F("đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", change=chg("increase", 4, "%", "kế hoạch"),
      subject="doanh thu của Công ty TNHH Thực phẩm Sao Phương Nam", period=Y23),
    F("hơn 62 tỷ", "62", 62e9, "money", "đồng", approx="over",
      subject="nộp ngân sách của Công ty TNHH Thực phẩm Sao Phương Nam", period=Y23),
    F("vận hành năm dây chuyền", "năm", 5, "count", "dây chuyền", subject="dây chuyền mì chiên công ty vận hành"),
    F("hai dây chuyền mì không chiên", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền mì không chiên công ty vận hành"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "gói/ngày", approx="about",
      subject="gói mì công ty xuất xưởng mỗi ngày"),
    F("có 1.150 công nhân", "1.150", 1150, "count", "công nhân", subject="công nhân của công ty"),
    F("820 lao động nữ", "820", 820, "count", "lao động", total=1150, subject="lao động nữ"),
    F("đạt 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
      change=chg("increase", 7, "%", "năm trước"), subject="thu nhập bình quân của công nhân", period=Y23b),
    F("từ 1 đến 2,5 tháng", "1", 1, "measure", "tháng lương", value_max=2.5,
      subject="tiền thưởng Tết của mỗi công nhân"),
    F("tiêu thụ 64 triệu", "64", 64e6, "count", "gói", subject="gói mì công ty tiêu thụ", period=M2),
    F("chiếm khoảng 22%", "22", 22, "percent", "%", approx="about",
      subject="thị trường xuất khẩu trong sản lượng tiêu thụ", period=M2),
    F("sản xuất 420 triệu", "420", 420e6, "count", "gói", status="target",
      subject="gói mì công ty sản xuất", period=Y24),
    F("từ 150 đến 200", "150", 150, "count", "lao động", value_max=200, status="forecast",
      subject="lao động công ty tuyển thêm", period=Y24),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", location="Đức Hòa",
      subject="cơ sở chế biến lương thực, thực phẩm khô trên địa bàn"),
    F("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7,
      subject="doanh nghiệp sản xuất mì, phở ăn liền"),
    F("và 4 cơ sở", "4", 4, "count", "cơ sở", total=7, subject="cơ sở sản xuất bánh tráng, bún khô"),
    F("gần 2.000 lao động", "2.000", 2000, "count", "lao động", approx="nearly",
      subject="việc làm các cơ sở giải quyết", period=Y23b),
    F("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
      subject="dự án chế biến nông sản thu hút thêm", period=T25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner with the district, breadcrumb, '22/02/2024 - 08:40' under the headline, 'Tin khác', address footer.",
    "Distractors: 08:40, 'Tết Giáp Thìn', 'Quốc lộ N2', 'Khu phố 3', phone 0272.3850.214, 'năm 2024' in a link title.",
    "Number words: 'năm dây chuyền' (5, not the word 'year'), 'hai dây chuyền' (2).",
    "'vượt 4% kế hoạch' is a gap to a plan: change +4 % with baseline 'kế hoạch' (spec: Result against plan).",
    "'1.150 công nhân, trong đó 820 lao động nữ' → total 1150. 'gồm 3 doanh nghiệp ... và 4 cơ sở' → total 7.",
    "'trong đó thị trường xuất khẩu chiếm khoảng 22%' is a percent figure in its own right (the whole is 64 triệu gói).",
    "'Năm 2024, công ty phấn đấu ...; dự kiến tuyển thêm ...' → 420 triệu target, 150-200 forecast, both năm 2024 (same sentence).",
    "'2 tháng đầu năm 2024' ends 2024-02-29 (leap year). 'đến năm 2025' (target) → start null, end 2025-12-31.",
    "All figures in huyện Đức Hòa: location Đức Hòa.",
]

if __name__ == "__main__":
    write("p1568-2", TEXT, NOTES, FIGS, published="2024-02-22", location="Đức Hòa")
