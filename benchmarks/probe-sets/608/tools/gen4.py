from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ NỘI VỤ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Tổ chức bộ máy, biên chế

Giai đoạn 2021-2023, cả nước giảm 57.315 biên chế

15/03/2024 | 10:25

Ngày 14/3, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị sơ kết 3 năm thực hiện Kết luận số 40-KL/TW về nâng cao hiệu quả công tác quản lý biên chế. Báo cáo tại hội nghị cho biết, giai đoạn 2021-2023, các bộ, ngành, địa phương đã giảm 57.315 biên chế, trong đó có 5.792 biên chế công chức và 51.523 người làm việc hưởng lương từ ngân sách nhà nước trong đơn vị sự nghiệp công lập.

So với năm 2015, biên chế công chức đã giảm 10,01%, vượt mục tiêu đề ra là 10%; số người làm việc trong đơn vị sự nghiệp công lập hưởng lương từ ngân sách giảm 11,67%.

Về tổ chức bộ máy, cả nước đã giảm 8 tổng cục và tổ chức tương đương, 145 vụ, cục thuộc bộ, 2.159 phòng thuộc sở và 7.932 đơn vị sự nghiệp công lập. Theo kế hoạch sắp xếp đơn vị hành chính giai đoạn 2023-2025, dự kiến cả nước giảm 49 đơn vị hành chính cấp huyện và 1.247 đơn vị hành chính cấp xã.

Tính đến ngày 31/12/2023, tổng số cán bộ, công chức, viên chức cả nước khoảng 2,05 triệu người; trong đó viên chức khoảng 1,76 triệu người, chiếm 85,9%.

Năm 2024, Bộ Nội vụ đặt mục tiêu tuyển dụng khoảng 27.000 giáo viên trong tổng số 27.850 biên chế giáo viên bổ sung còn lại, đồng thời tổ chức 3 kỳ thi nâng ngạch công chức với hơn 4.500 chỉ tiêu. Hiện nay, 61/63 tỉnh, thành phố đã hoàn thành phê duyệt đề án vị trí việc làm.

Địa chỉ: Số 8 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.6282.1020
"""

P2123 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
P2325 = P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")

FIGS = [
    F("cả nước giảm 57.315 biên chế", "57.315", 57315, "count", "biên chế", "biên chế giảm",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("đã giảm 57.315 biên chế", "57.315", 57315, "count", "biên chế", "biên chế các bộ, ngành, địa phương đã giảm",
      P2123),
    F("có 5.792 biên chế", "5.792", 5792, "count", "biên chế", "biên chế công chức giảm", P2123, total=57315),
    F("và 51.523 người", "51.523", 51523, "count", "người",
      "người làm việc hưởng lương từ ngân sách nhà nước trong đơn vị sự nghiệp công lập giảm", P2123, total=57315),
    F("giảm 10,01%", "10,01", 10.01, "percent", "%", "biên chế công chức giảm so với năm 2015",
      target=TG(10, met=True)),
    F("giảm 11,67%", "11,67", 11.67, "percent", "%",
      "số người làm việc trong đơn vị sự nghiệp công lập hưởng lương từ ngân sách giảm so với năm 2015"),
    F("giảm 8 tổng cục", "8", 8, "count", "tổng cục", "tổng cục và tổ chức tương đương giảm"),
    F("145 vụ", "145", 145, "count", "vụ, cục", "vụ, cục thuộc bộ giảm"),
    F("2.159 phòng", "2.159", 2159, "count", "phòng", "phòng thuộc sở giảm"),
    F("và 7.932 đơn vị", "7.932", 7932, "count", "đơn vị sự nghiệp công lập", "đơn vị sự nghiệp công lập giảm"),
    F("giảm 49 đơn vị", "49", 49, "count", "đơn vị hành chính cấp huyện", "đơn vị hành chính cấp huyện giảm", P2325,
      status="forecast"),
    F("và 1.247 đơn vị", "1.247", 1247, "count", "đơn vị hành chính cấp xã", "đơn vị hành chính cấp xã giảm", P2325,
      status="forecast"),
    F("khoảng 2,05 triệu người", "2,05", 2.05e6, "count", "người", "cán bộ, công chức, viên chức cả nước", ASOF,
      approx="about"),
    F("khoảng 1,76 triệu người", "1,76", 1.76e6, "count", "người", "viên chức", ASOF,
      approx="about", total=2.05e6, percent=85.9),
    F("khoảng 27.000 giáo viên", "27.000", 27000, "count", "giáo viên", "giáo viên tuyển dụng", Y24,
      approx="about", total=27850, status="target"),
    F("3 kỳ thi", "3", 3, "count", "kỳ thi", "kỳ thi nâng ngạch công chức", Y24, status="target"),
    F("hơn 4.500 chỉ tiêu", "4.500", 4500, "count", "chỉ tiêu", "chỉ tiêu thi nâng ngạch công chức", Y24,
      approx="over", status="target"),
    F("61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố đã hoàn thành phê duyệt đề án vị trí việc làm",
      total=63),
]

COMMENTS = [
    "Cổng TTĐT Bộ Nội vụ: sơ kết quản lý biên chế giai đoạn 2021-2023 (ministry site, breadcrumb, '15/03/2024 | 10:25'). National: Việt Nam.",
    "'3 năm' (duration), 'Kết luận số 40-KL/TW', 'Ngày 14/3', address and phone are not figures.",
    "5.792 + 51.523 = 57.315 after 'trong đó': total. 'giảm 10,01%' / 'giảm 11,67%' are rates as the claim (percent, no change);",
    "'vượt mục tiêu đề ra là 10%' is the target of 10,01%. 'trong tổng số 27.850' is the total of 27.000 only (an attribute, not a figure).",
    "'Theo kế hoạch …, dự kiến' → forecast. '61/63 tỉnh, thành phố' → total 63; 'Hiện nay' gives no period.",
]

if __name__ == "__main__":
    emit("p608-4", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Việt Nam")
