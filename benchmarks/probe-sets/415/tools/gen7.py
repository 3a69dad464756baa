from lib import F, P, C, T, emit

text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động của Bộ

Phát triển ngành hàng hoa lan theo hướng hàng hóa, gắn với xuất khẩu

(MARD) - Ngày 25/9, tại Đà Lạt, Bộ Nông nghiệp và Phát triển nông thôn phối hợp với UBND tỉnh Lâm Đồng tổ chức Hội nghị phát triển ngành hàng hoa, cây cảnh.

Báo cáo tại hội nghị cho biết, năm 2023, diện tích hoa lan cả nước đạt khoảng 3.100 ha, gấp 2,4 lần năm 2015; sản lượng lan cắt cành đạt 210 triệu cành và 12,5 triệu chậu lan. Các địa phương có diện tích lan lớn là TP Hồ Chí Minh (512 ha), Hà Nội (khoảng 480 ha), Lâm Đồng (trên 400 ha) và Hưng Yên (gần 200 ha).

Giá trị sản xuất hoa lan năm 2023 ước đạt 4.250 tỷ đồng, chiếm khoảng 13% giá trị sản xuất hoa, cây cảnh cả nước. Lợi nhuận từ trồng lan hồ điệp trong nhà kính đạt từ 800 triệu đến 1,2 tỷ đồng/ha/năm.

Quý III/2024, xuất khẩu lan cắt cành đạt 1,35 triệu USD, chủ yếu sang Nhật Bản và Úc; tính từ đầu năm đến hết quý III đạt 3,9 triệu USD, tăng 27% so với cùng kỳ. Tuy vậy, khoảng 70% giống lan vẫn phải nhập khẩu, chủ yếu từ Thái Lan và Đài Loan (Trung Quốc).

Theo Đề án phát triển ngành hoa, cây cảnh giai đoạn 2021-2025, tầm nhìn đến năm 2030 (Quyết định số 1215/QĐ-BNN-TT), đến năm 2025 cả nước phấn đấu đạt 4.000 ha lan, kim ngạch xuất khẩu hoa, cây cảnh đạt 100 triệu USD; đến năm 2030, tỷ lệ diện tích hoa ứng dụng công nghệ cao đạt trên 70%.

Phát biểu kết luận, Thứ trưởng Hoàng Trung đề nghị các địa phương rà soát quy hoạch vùng trồng, hình thành ít nhất 5 trung tâm sản xuất giống hoa chất lượng cao trước năm 2030.

Trung tâm Tin học và Thống kê
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")
DL = "diện tích lan"
figs = [
    F("khoảng 3.100 ha", "3.100", 3100, "measure", "ha", "diện tích hoa lan", Y23, approx="about",
      change=C("increase", 2.4, "lần", "năm 2015")),
    F("đạt 210 triệu cành", "210", 210e6, "count", "cành", "sản lượng lan cắt cành", Y23),
    F("và 12,5 triệu chậu", "12,5", 12.5e6, "count", "chậu", "sản lượng lan chậu", Y23),
    F("(512 ha)", "512", 512, "measure", "ha", DL, Y23i, location="TP Hồ Chí Minh"),
    F("(khoảng 480 ha)", "480", 480, "measure", "ha", DL, Y23i, approx="about", location="Hà Nội"),
    F("(trên 400 ha)", "400", 400, "measure", "ha", DL, Y23i, approx="over", location="Lâm Đồng"),
    F("(gần 200 ha)", "200", 200, "measure", "ha", DL, Y23i, approx="nearly", location="Hưng Yên"),
    F("ước đạt 4.250 tỷ đồng", "4.250", 4250e9, "money", "đồng", "Giá trị sản xuất hoa lan", Y23, percent=13, status="estimate"),
    F("từ 800 triệu", "800", 800e6, "money", "đồng/ha/năm", "Lợi nhuận từ trồng lan hồ điệp trong nhà kính", Y23i, value_max=1.2e9),
    F("đạt 1,35 triệu USD", "1,35", 1.35e6, "money", "USD", "xuất khẩu lan cắt cành", P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("đạt 3,9 triệu USD", "3,9", 3.9e6, "money", "USD", "xuất khẩu lan cắt cành",
      P("từ đầu năm đến hết quý III", "2024-01-01", "2024-09-30"), change=C("increase", 27, "%", "cùng kỳ")),
    F("khoảng 70% giống", "70", 70, "percent", "%", "giống lan phải nhập khẩu", approx="about"),
    F("đạt 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích lan", T25, status="target"),
    F("đạt 100 triệu USD", "100", 100e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh", T25, status="target"),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ diện tích hoa ứng dụng công nghệ cao",
      P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
    F("ít nhất 5 trung tâm", "5", 5, "count", "trung tâm", "trung tâm sản xuất giống hoa chất lượng cao",
      P("trước năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
]

emit("p415-7", text, [
    "Bộ NN&PTNT (ministry site, 'Tin hoạt động của Bộ'): Hội nghị phát triển ngành hàng hoa, cây cảnh at Đà Lạt. No date of its own ('Ngày 25/9' has no year).",
    "Distractors: 'Ngày 25/9', venue 'tại Đà Lạt' (not the place of the national figures: location stays Việt Nam), 'Quyết định số 1215/QĐ-BNN-TT',",
    "'giai đoạn 2021-2025, tầm nhìn đến năm 2030' inside the plan's name, 'năm 2015' (baseline), 'Đài Loan (Trung Quốc)'.",
    "3.100 ha: 'gấp 2,4 lần năm 2015' is its change (2,4 lần, baseline năm 2015). Province list: provinces → location, period năm 2023 inherited.",
    "4.250 tỷ: 'ước đạt' (estimate), 'chiếm khoảng 13%' its percent. Profit range 800 triệu-1,2 tỷ đồng/ha/năm.",
    "'Quý III/2024' and 'từ đầu năm đến hết quý III' (2024-01-01..2024-09-30); 3,9 triệu USD has change 27% vs cùng kỳ.",
    "Targets: 'đến năm 2025 … phấn đấu' (4.000 ha, 100 triệu USD); 'đến năm 2030 … trên 70%'; 'ít nhất 5 trung tâm … trước năm 2030' (target, at_least).",
], figs, location="Việt Nam")
