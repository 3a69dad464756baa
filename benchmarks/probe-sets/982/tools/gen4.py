"""p982-4: ministry site (Cục Thủy lợi, Bộ NN&PTNT), national field-canal lining."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY LỢI
Trang chủ » Tin tức » Thủy lợi nội đồng
Đẩy mạnh kiên cố hóa kênh mương gắn với xây dựng nông thôn mới
Ngày đăng: 22/03/2023 | Lượt xem: 1.204

Theo báo cáo của Cục Thủy lợi, cả nước hiện có khoảng 125.000 km kênh mương nội đồng, trong đó đã kiên cố hóa được gần 48.600 km, đạt khoảng 38,9%. Giai đoạn 2016-2020, các địa phương kiên cố hóa hơn 17.000 km kênh mương với tổng vốn khoảng 21.500 tỷ đồng; trong đó vốn ngân sách trung ương khoảng 4.800 tỷ đồng, chiếm 22,3%.

Năm 2022, cả nước kiên cố hóa thêm 3.650 km, tăng 8,4% so với năm 2021. Dẫn đầu là Thanh Hóa, Nghệ An và Thái Bình với lần lượt 412 km, 365 km và 298 km. Tổng chiều dài kênh được kiên cố hóa năm 2022 gấp 1,6 lần năm 2018.

Suất đầu tư bình quân hiện khoảng 1,1-1,4 tỷ đồng/km, tùy quy mô kênh. Đến hết năm 2022, cả nước có 7.685/8.177 xã đạt tiêu chí thủy lợi và phòng, chống thiên tai, chiếm 94%; tỷ lệ diện tích lúa được tưới chủ động đạt khoảng 86%, cây trồng cạn đạt 38%.

Theo Quyết định số 1589/QĐ-TTg, mục tiêu đến năm 2025 tỷ lệ kênh mương nội đồng được kiên cố hóa đạt trên 50%, đến năm 2030 đạt 60%. Để đạt mục tiêu, dự kiến cần khoảng 35.000 tỷ đồng trong giai đoạn 2023-2025.

Cục Thủy lợi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5693
"""

P1620 = P("Giai đoạn 2016-2020", "2016-01-01", "2020-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
E22 = P("Đến hết năm 2022", None, "2022-12-31")
LIST = "kênh mương kiên cố hóa"

FIGS = [
    F("khoảng 125.000 km", "125.000", 125000, "measure", "km", "kênh mương nội đồng", approx="about"),
    F("gần 48.600 km", "48.600", 48600, "measure", "km", "kênh mương nội đồng đã kiên cố hóa",
      approx="nearly", total=125000, percent=38.9),
    F("hơn 17.000 km", "17.000", 17000, "measure", "km", "kênh mương kiên cố hóa", P1620, approx="over"),
    F("khoảng 21.500 tỷ đồng", "21.500", 21500e9, "money", "đồng", "tổng vốn kiên cố hóa kênh mương", P1620,
      approx="about"),
    F("khoảng 4.800 tỷ đồng", "4.800", 4800e9, "money", "đồng", "vốn ngân sách trung ương", P1620,
      approx="about", total=21500e9, percent=22.3),
    F("thêm 3.650 km", "3.650", 3650, "measure", "km", "kênh mương kiên cố hóa thêm", Y22,
      change=C("increase", 8.4, "%", "năm 2021")),
    F("lần lượt 412 km", "412", 412, "measure", "km", LIST, I(Y22), location="Thanh Hóa"),
    F("km, 365 km", "365", 365, "measure", "km", LIST, I(Y22), location="Nghệ An"),
    F("và 298 km", "298", 298, "measure", "km", LIST, I(Y22), location="Thái Bình"),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "tổng chiều dài kênh được kiên cố hóa năm 2022 so với năm 2018",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 1,1-1,4 tỷ đồng/km", "1,1", 1.1e9, "money", "đồng/km", "suất đầu tư bình quân",
      value_max=1.4e9, approx="about"),
    F("7.685/8.177 xã", "7.685", 7685, "count", "xã", "xã đạt tiêu chí thủy lợi và phòng, chống thiên tai", E22,
      total=8177, percent=94),
    F("khoảng 86%", "86", 86, "percent", "%", "tỷ lệ diện tích lúa được tưới chủ động", E22, approx="about"),
    F("đạt 38%", "38", 38, "percent", "%", "tỷ lệ diện tích cây trồng cạn được tưới chủ động", E22),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("khoảng 35.000 tỷ đồng", "35.000", 35000e9, "money", "đồng", "vốn cần để đạt mục tiêu",
      P("giai đoạn 2023-2025", "2023-01-01", "2025-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cục Thủy lợi (Bộ NN&PTNT) page, Ngày đăng 22/03/2023: national field-canal lining, funding, irrigation criterion, targets.",
    "National figures are Việt Nam; the three provinces of the 'lần lượt' list are the locations of their items.",
    "'gấp 1,6 lần năm 2018' stands alone as the claim of its sentence: a multiple figure.",
    "Not figures: 22/03/2023, Lượt xem 1.204, Quyết định số 1589/QĐ-TTg, Số 2 Ngọc Hà, 024.3733.5693, năm 2018/2021 baselines.",
]

write(4, TEXT, FIGS, published="2023-03-22", location="Việt Nam", notes=NOTES)
