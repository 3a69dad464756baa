from lib import F, P, CH, emit

TEXT = """Động đất kích thích quanh các hồ thủy điện: cần giám sát chặt chẽ

Theo Viện Vật lý địa cầu (Viện Hàn lâm Khoa học và Công nghệ Việt Nam), trong quý III/2024, mạng lưới trạm địa chấn quốc gia ghi nhận 64 trận động đất có độ lớn từ 2,5 trở lên trên lãnh thổ và vùng biển Việt Nam, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, 41 trận xảy ra tại khu vực lân cận các hồ thủy điện, chiếm 64,1%.

Bảng: Động đất quanh các hồ chứa thủy điện, quý III/2024
Khu vực hồ chứa\tSố trận\tĐộ lớn lớn nhất (độ richter)
Thượng Kon Tum (Kon Tum)\t29\t5,0
Sông Tranh 2 (Quảng Nam)\t7\t4,1
Huội Quảng (Sơn La)\t3\t3,2
Bản Vẽ (Nghệ An)\t2\t2,8

Đáng chú ý, trận động đất 5,0 độ richter ngày 28/7/2024 tại huyện Kon Plông là trận mạnh nhất tại khu vực Tây Nguyên kể từ khi có quan trắc. Từ năm 2021 đến nay, khu vực này đã xảy ra gần 400 trận, phần lớn có độ lớn dưới 4,0.

Các nhà khoa học cho rằng động đất kích thích thường xuất hiện ở hồ chứa có đập cao trên 100 m hoặc dung tích trên 1 tỷ m³, trong vòng 5-10 năm đầu sau khi tích nước.

Hiện cả nước có 34 trạm địa chấn quốc gia. Theo Đề án hiện đại hóa mạng lưới quan trắc động đất giai đoạn 2021-2025, đến năm 2025 số trạm sẽ được nâng lên 60 trạm, trong đó 12 trạm đặt quanh các hồ thủy điện lớn; tổng kinh phí dự kiến khoảng 350 tỷ đồng. Trong 9 tháng năm 2024, Viện đã phát 156 bản tin động đất, gấp 1,4 lần cùng kỳ. Thông tin động đất được cập nhật tại trang web của Viện và số điện thoại 024.3756.4025.

Theo TTXVN
30/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ghi nhận 64 trận", "64", 64, "count", "trận động đất", "trận động đất có độ lớn từ 2,5 trở lên", Q3,
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("từ 2,5 trở lên", "2,5", 2.5, "measure", "độ richter", approx="at_least", optional=True),
    F("41 trận xảy ra", "41", 41, "count", "trận", "trận động đất tại khu vực lân cận các hồ thủy điện", Q3i, total=64, percent=64.1),
]
rows = [("Thượng Kon Tum", "Kon Tum", "29", "5,0"), ("Sông Tranh 2", "Quảng Nam", "7", "4,1"),
        ("Huội Quảng", "Sơn La", "3", "3,2"), ("Bản Vẽ", "Nghệ An", "2", "2,8")]
for lake, prov, n, m in rows:
    lab = f"{lake} ({prov})"
    FIGS.append(F(f"{lab}\t{n}\t", n, int(n), "count", "trận", f"Số trận động đất khu vực hồ {lake}", Q3i, location=prov))
    FIGS.append(F(f"\t{n}\t{m}", m, float(m.replace(",", ".")), "measure", "độ richter", f"Độ lớn lớn nhất khu vực hồ {lake}",
                  Q3i, location=prov))
FIGS += [
    F("đất 5,0 độ richter", "5,0", 5.0, "measure", "độ richter", "độ lớn trận động đất",
      P("ngày 28/7/2024", "2024-07-28", "2024-07-28"), location="Kon Plông"),
    F("gần 400 trận", "400", 400, "count", "trận", "trận động đất khu vực Kon Plông", P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-30"),
      approx="nearly", location="Kon Plông"),
    F("dưới 4,0", "4,0", 4.0, "measure", "độ richter", approx="under", optional=True),
    F("trên 100 m", "100", 100, "measure", "m", approx="over", optional=True),
    F("trên 1 tỷ m³", "1", 1000000000, "measure", "m³", approx="over", optional=True),
    F("5-10 năm", "5", 5, "measure", "năm", value_max=10, optional=True),
    F("có 34 trạm", "34", 34, "count", "trạm địa chấn quốc gia", "trạm địa chấn quốc gia"),
    F("lên 60 trạm", "60", 60, "count", "trạm", "số trạm địa chấn", T25, status="target"),
    F("12 trạm đặt", "12", 12, "count", "trạm", "trạm đặt quanh các hồ thủy điện lớn", T25, total=60, status="target"),
    F("khoảng 350 tỷ đồng", "350", 350000000000, "money", "đồng", "tổng kinh phí Đề án hiện đại hóa mạng lưới quan trắc động đất",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("phát 156 bản tin", "156", 156, "count", "bản tin động đất", "bản tin động đất", P("9 tháng năm 2024", "2024-01-01", "2024-09-30"),
      change=CH("increase", 1.4, "lần", "cùng kỳ")),
]

COMMENTS = [
    "National press (TTXVN reprint): reservoir-triggered seismicity, Q3/2024. No dateline at the top; the bare date '30/10/2024' at the end is its date.",
    "Tab-flattened table: row label 'Hồ (Tỉnh)': the reservoir goes to the subject, the bracketed province to location; period 'quý III/2024' from",
    "the caption line (inherited). Count cells unit 'trận' (column 'Số trận'); magnitude cells unit from the header '(độ richter)'.",
    "'64 trận …, tăng 18,5% so với cùng kỳ năm 2023' = change; '41 trận …, chiếm 64,1%' after 'Trong đó' = total 64 + percent 64,1.",
    "'khu vực này' = huyện Kon Plông (previous sentence) for 'gần 400 trận'. 'Từ năm 2021 đến nay' ends at the article date.",
    "Criteria 'từ 2,5 trở lên', 'dưới 4,0', 'trên 100 m', 'trên 1 tỷ m³', '5-10 năm' optional. 'đến năm 2025 … sẽ được nâng lên 60 trạm' under an",
    "Đề án = target; '12 trạm' after 'trong đó' total 60. '350 tỷ đồng … dự kiến' = forecast; as the Đề án's total cost it takes 'giai đoạn 2021-2025' (judgment).",
    "'gấp 1,4 lần cùng kỳ' = change of 156 (unit lần). Distractors: 'Sông Tranh 2', phone 024.3756.4025, 'ngày 28/7/2024', 'giai đoạn 2021-2025' label.",
]

emit("p419-8", TEXT, COMMENTS, FIGS, published="2024-10-30", location="Việt Nam")
