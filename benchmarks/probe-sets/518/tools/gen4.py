from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Hoạt động của Bộ
Năm 2024: Đưa vào khai thác thêm 5 dự án cao tốc dài khoảng 210 km
Đăng ngày: 02/01/2025 - 16:45

Chiều 2/1, tại Hội nghị tổng kết công tác năm 2024, Bộ trưởng Bộ Giao thông vận tải cho biết trong năm qua, ngành đã hoàn thành, đưa vào khai thác 5 dự án cao tốc với tổng chiều dài khoảng 210 km, nâng tổng chiều dài đường cao tốc trên cả nước lên 2.021 km. Ngoài ra, đã thông xe 151 km đường ven biển và 3 nút giao liên thông.

Về giải ngân, năm 2024 Bộ được giao kế hoạch vốn đầu tư công 86.254 tỷ đồng, lớn nhất trong các bộ, ngành. Ước đến hết ngày 31/1/2025 giải ngân đạt 83.500 tỷ đồng, tương đương 96,8% kế hoạch, cao hơn bình quân chung cả nước khoảng 10%.

Đối với Dự án đường bộ cao tốc Bắc – Nam phía Đông giai đoạn 2021 – 2025 gồm 12 dự án thành phần dài 721 km, sản lượng thi công đạt khoảng 62% giá trị hợp đồng. Trong 12 dự án thành phần, có 3 dự án sản lượng vượt 70%. Mặt bằng đã bàn giao 99,6%, riêng hai tỉnh Khánh Hòa và Bình Định lần lượt đạt 98,7% và 99,1%.

Năm 2025, Bộ đặt mục tiêu hoàn thành các dự án thành phần còn lại, phấn đấu đến hết năm 2025 cả nước có trên 3.000 km đường cao tốc và đến năm 2030 đạt 5.000 km. Nhu cầu vốn cho giai đoạn 2026 – 2030 ước khoảng 1,1 triệu tỷ đồng.

Địa chỉ: Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Đường dây nóng: 1900.6074
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NQ = P("trong năm qua", "2024-01-01", "2024-12-31")
BG = "mặt bằng dự án cao tốc Bắc – Nam phía Đông đã bàn giao"

FIGS = [
    F("thêm 5 dự án", "5", 5, "count", "dự án", "dự án cao tốc đưa vào khai thác", Y24),
    F("cao tốc dài khoảng 210", "210", 210, "measure", "km", "chiều dài các dự án cao tốc đưa vào khai thác", Y24,
      approx="about"),
    F("khai thác 5 dự án", "5", 5, "count", "dự án", "dự án cao tốc hoàn thành, đưa vào khai thác", NQ),
    F("chiều dài khoảng 210 km", "210", 210, "measure", "km", "tổng chiều dài các dự án cao tốc đưa vào khai thác", NQ,
      approx="about"),
    F("lên 2.021 km", "2.021", 2021, "measure", "km", "tổng chiều dài đường cao tốc trên cả nước"),
    F("thông xe 151 km", "151", 151, "measure", "km", "đường ven biển thông xe"),
    F("và 3 nút giao", "3", 3, "count", "nút giao", "nút giao liên thông thông xe"),
    F("86.254 tỷ", "86.254", 86254e9, "money", "đồng", "kế hoạch vốn đầu tư công được giao",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 83.500 tỷ", "83.500", 83500e9, "money", "đồng", "vốn đầu tư công giải ngân",
      P("đến hết ngày 31/1/2025", end="2025-01-31"), percent=96.8,
      change=CH("increase", 10, "%", "bình quân chung cả nước", "about"), status="estimate"),
    F("gồm 12 dự án", "12", 12, "count", "dự án thành phần", "dự án thành phần Dự án đường bộ cao tốc Bắc – Nam phía Đông"),
    F("dài 721 km", "721", 721, "measure", "km", "chiều dài Dự án đường bộ cao tốc Bắc – Nam phía Đông"),
    F("khoảng 62%", "62", 62, "percent", "%", "sản lượng thi công so với giá trị hợp đồng", approx="about"),
    F("có 3 dự án", "3", 3, "count", "dự án", "dự án sản lượng vượt 70%", total=12),
    F("vượt 70%", "70", 70, "percent", "%", "sản lượng thi công", approx="over", optional=True),
    F("bàn giao 99,6%", "99,6", 99.6, "percent", "%", BG),
    F("hai tỉnh", "hai", 2, "count", "tỉnh", "tỉnh được nêu riêng về mặt bằng đã bàn giao"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", BG, location="Khánh Hòa"),
    F("và 99,1%", "99,1", 99.1, "percent", "%", BG, location="Bình Định"),
    F("trên 3.000 km", "3.000", 3000, "measure", "km", "đường cao tốc cả nước",
      P("đến hết năm 2025", end="2025-12-31"), approx="over", status="target"),
    F("đạt 5.000 km", "5.000", 5000, "measure", "km", "đường cao tốc cả nước",
      P("đến năm 2030", end="2030-12-31"), status="target"),
    F("khoảng 1,1 triệu tỷ", "1,1", 1.1e15, "money", "đồng", "nhu cầu vốn",
      P("giai đoạn 2026 – 2030", "2026-01-01", "2030-12-31"), approx="about", status="estimate"),
]

COMMENTS = [
    "Cổng TTĐT Bộ GTVT: tổng kết năm 2024 — cao tốc đưa vào khai thác, giải ngân vốn đầu tư công, cao tốc Bắc – Nam phía Đông (invented, set 518).",
    "Headline figures repeat the body's (each is a figure). 'Trong 12 dự án thành phần' restates the 12 as the total of 3: attribute only, not a figure.",
    "'giai đoạn 2021 – 2025' is part of the project's name (no period given). 'cao hơn bình quân chung cả nước khoảng 10%' is the change of 83.500 tỷ.",
    "Distractors: 'Chiều 2/1', 'Số 80 Trần Hưng Đạo', hotline 1900.6074, dateline. Khánh Hòa / Bình Định after 'lần lượt' are locations.",
    "revised: added 'hai tỉnh' (count 2 tỉnh), missed in the first annotation; consistent with '3 huyện' / '4 huyện' counts in p518-5 / p518-7.",
]

if __name__ == "__main__":
    emit("p518-4", TEXT, COMMENTS, FIGS, published="2025-01-02", location="Việt Nam")
