"""p684-4: Ministry (Bộ GD&ĐT) site — Nghị định 97/2023: tuition frozen for 2023-2024, university fee ceilings."""
from lib import *

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tức » Tin tổng hợp

Giữ ổn định học phí năm học 2023-2024, điều chỉnh lộ trình học phí đại học

05/01/2024 15:20

Chính phủ vừa ban hành Nghị định số 97/2023/NĐ-CP ngày 31/12/2023 sửa đổi, bổ sung một số điều của Nghị định số 81/2021/NĐ-CP. Theo đó, học phí mầm non, phổ thông công lập năm học 2023-2024 giữ ổn định bằng mức thu năm học 2021-2022.

Đối với giáo dục đại học, mức trần học phí năm học 2023-2024 của cơ sở công lập chưa tự chủ chi thường xuyên từ 1,25 triệu đến 2,45 triệu đồng/sinh viên/tháng; năm học 2024-2025 từ 1,41 triệu đến 3,05 triệu đồng/sinh viên/tháng tùy khối ngành. Cụ thể, năm học 2024-2025, khối ngành Khoa học giáo dục và đào tạo giáo viên là 1,41 triệu đồng/tháng, khối ngành Y dược là 3,05 triệu đồng/tháng.

Cơ sở giáo dục đại học công lập tự bảo đảm chi thường xuyên được thu học phí tối đa bằng 2 lần mức trần; cơ sở tự bảo đảm chi thường xuyên và chi đầu tư được thu tối đa 2,5 lần.

Theo Bộ GD&ĐT, việc giữ ổn định học phí năm học 2023-2024 giúp khoảng 23 triệu học sinh, sinh viên giảm gánh nặng chi phí; ngân sách nhà nước ước bố trí thêm khoảng 8.500 tỷ đồng để bù phần chênh lệch cho các địa phương, các trường.

Cả nước hiện có 242 cơ sở giáo dục đại học, trong đó 172 cơ sở công lập; quy mô đạt khoảng 210 sinh viên/vạn dân. Bộ trưởng Nguyễn Kim Sơn cho biết lộ trình nhằm bảo đảm đến năm học 2026-2027 học phí tính đúng, tính đủ chi phí đào tạo; phấn đấu đến năm 2030 đạt 260 sinh viên/vạn dân. Các trường phải dành tối thiểu 8% nguồn thu học phí để cấp học bổng cho sinh viên.

Bộ GD&ĐT, số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội; Đường dây nóng: 024.3869.4985
"""

NH23 = NH("năm học 2023-2024", 2023)
NH24 = NH("năm học 2024-2025", 2024)

FIGS = [
    F("từ 1,25 triệu", "1,25", 1250000, "money", "đồng/sinh viên/tháng",
      "mức trần học phí cơ sở giáo dục đại học công lập chưa tự chủ chi thường xuyên", NH23, value_max=2450000),
    F("từ 1,41 triệu đến", "1,41", 1410000, "money", "đồng/sinh viên/tháng",
      "mức trần học phí cơ sở giáo dục đại học công lập chưa tự chủ chi thường xuyên", NH24, value_max=3050000),
    F("là 1,41 triệu đồng/tháng", "1,41", 1410000, "money", "đồng/tháng",
      "mức trần học phí khối ngành Khoa học giáo dục và đào tạo giáo viên", NH24),
    F("là 3,05 triệu đồng/tháng", "3,05", 3050000, "money", "đồng/tháng",
      "mức trần học phí khối ngành Y dược", NH24),
    F("tối đa bằng 2 lần", "2", 2, "multiple", "lần",
      "học phí cơ sở giáo dục đại học công lập tự bảo đảm chi thường xuyên so với mức trần", approx="at_most"),
    F("tối đa 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "học phí cơ sở tự bảo đảm chi thường xuyên và chi đầu tư so với mức trần", approx="at_most"),
    F("khoảng 23 triệu", "23", 23000000, "count", "học sinh, sinh viên",
      "học sinh, sinh viên giảm gánh nặng chi phí nhờ giữ ổn định học phí", NH23, approx="about"),
    F("khoảng 8.500 tỷ đồng", "8.500", 8500000000000, "money", "đồng",
      "ngân sách nhà nước bố trí thêm để bù phần chênh lệch học phí", NH23, approx="about", status="estimate"),
    F("có 242 cơ sở", "242", 242, "count", "cơ sở giáo dục đại học", "cơ sở giáo dục đại học"),
    F("172 cơ sở", "172", 172, "count", "cơ sở", "cơ sở giáo dục đại học công lập", total=242),
    F("khoảng 210 sinh viên/vạn dân", "210", 210, "measure", "sinh viên/vạn dân",
      "quy mô sinh viên", approx="about"),
    F("đạt 260 sinh viên/vạn dân", "260", 260, "measure", "sinh viên/vạn dân",
      "quy mô sinh viên", ASOF("đến năm 2030", "2030-12-31"), status="target"),
    F("tối thiểu 8%", "8", 8, "percent", "%",
      "nguồn thu học phí các trường phải dành để cấp học bổng cho sinh viên", approx="at_least"),
]

COMMENTS = [
    "Bộ GD&ĐT site (breadcrumb, bare date-time line 05/01/2024 15:20): Nghị định 97/2023/NĐ-CP, học phí 2023-2024 and university fee ceilings.",
    "Ranges 'từ 1,25 triệu đến 2,45 triệu' give value/value_max; each range's own school year stands in its clause of the same sentence.",
    "'tối đa bằng 2 lần mức trần' / 'tối đa 2,5 lần' are multiples (at_most). 'ngân sách … ước bố trí thêm khoảng' is an estimate (about).",
    "Rates per 'vạn dân' keep the denominator in the unit. 'năm học 2026-2027' carries no figure. National figures: Việt Nam.",
    "Distractors: NĐ 97/2023/NĐ-CP ngày 31/12/2023, NĐ 81/2021/NĐ-CP, năm học 2021-2022/2026-2027, số 35 Đại Cồ Việt, hotline.",
]

if __name__ == "__main__":
    emit("p684-4", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Việt Nam")
