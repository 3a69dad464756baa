"""p557-8: Báo Quảng Ngãi, HĐND tỉnh thông qua dự toán ngân sách năm 2025 (byline + dateline at top)."""
from lib import F, P, I, CH, TG, B, emit

TEXT = """HĐND tỉnh Quảng Ngãi thông qua dự toán thu ngân sách năm 2025 hơn 31.000 tỷ đồng

Thanh Phương
13/12/2024 16:45

(Baoquangngai.vn) - Chiều 12/12, tại Kỳ họp thứ 28, HĐND tỉnh khóa XIII đã thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2025.

Theo đó, dự toán tổng thu ngân sách nhà nước trên địa bàn năm 2025 là 31.245 tỷ đồng, tăng 7,3% so với ước thực hiện năm 2024. Trong đó, thu nội địa 28.180 tỷ đồng (trong đó thu từ Nhà máy lọc dầu Dung Quất khoảng 17.500 tỷ đồng); thu từ hoạt động xuất nhập khẩu 3.065 tỷ đồng.

Tổng chi ngân sách địa phương năm 2025 dự kiến 24.850 tỷ đồng, gồm chi đầu tư phát triển 8.210 tỷ đồng, chiếm 33% tổng chi; chi thường xuyên 15.940 tỷ đồng; dự phòng ngân sách 472 tỷ đồng.

Báo cáo tại kỳ họp cho thấy, thu ngân sách năm 2024 ước đạt 29.120 tỷ đồng, vượt 12,6% dự toán. Riêng thu tiền sử dụng đất năm 2024 chỉ đạt 710/1.400 tỷ đồng kế hoạch. Thu ngân sách bình quân đầu người năm 2024 ước đạt khoảng 23,4 triệu đồng/người. Quy mô thu ngân sách của Quảng Ngãi hiện đứng thứ 2 khu vực duyên hải Nam Trung Bộ, sau Khánh Hòa.

Nghị quyết đặt mục tiêu đến năm 2025 tỷ lệ nợ thuế dưới 5% tổng thu nội địa; tỷ trọng chi thường xuyên giảm còn khoảng 60% tổng chi ngân sách địa phương. Năm 2024, các huyện miền núi Ba Tơ, Minh Long, Sơn Tây đã được bổ sung có mục tiêu lần lượt 86 tỷ đồng, 64 tỷ đồng và 71 tỷ đồng để thực hiện chương trình mục tiêu quốc gia.

Nghị quyết số 97/NQ-HĐND có hiệu lực từ ngày 01/01/2025.
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24N = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", end="2025-12-31")
TOT = B(31245)
CHI = B(24850)
SUBJ_B = "bổ sung có mục tiêu"

FIGS = [
    F("hơn 31.000 tỷ đồng", "31.000", B(31000), "money", "đồng", "dự toán thu ngân sách", Y25, approx="over",
      status="target"),
    F("là 31.245 tỷ đồng", "31.245", TOT, "money", "đồng", "dự toán tổng thu ngân sách nhà nước trên địa bàn", Y25,
      change=CH("increase", 7.3, baseline="ước thực hiện năm 2024"), status="target"),
    F("thu nội địa 28.180 tỷ", "28.180", B(28180), "money", "đồng", "thu nội địa", I(Y25), total=TOT, status="target"),
    F("khoảng 17.500 tỷ đồng", "17.500", B(17500), "money", "đồng", "thu từ Nhà máy lọc dầu Dung Quất", I(Y25),
      approx="about", total=B(28180), status="target"),
    F("xuất nhập khẩu 3.065 tỷ", "3.065", B(3065), "money", "đồng", "thu từ hoạt động xuất nhập khẩu", I(Y25),
      total=TOT, status="target"),
    F("dự kiến 24.850 tỷ đồng", "24.850", CHI, "money", "đồng", "tổng chi ngân sách địa phương", Y25, status="forecast"),
    F("chi đầu tư phát triển 8.210 tỷ", "8.210", B(8210), "money", "đồng", "chi đầu tư phát triển", Y25,
      total=CHI, percent=33, status="forecast"),
    F("chi thường xuyên 15.940 tỷ", "15.940", B(15940), "money", "đồng", "chi thường xuyên", Y25,
      total=CHI, status="forecast"),
    F("ngân sách 472 tỷ", "472", B(472), "money", "đồng", "dự phòng ngân sách", Y25, total=CHI, status="forecast"),
    F("ước đạt 29.120 tỷ đồng", "29.120", B(29120), "money", "đồng", "thu ngân sách", Y24,
      change=CH("increase", 12.6, baseline="dự toán"), status="estimate"),
    F("đạt 710/1.400", "710", B(710), "money", "đồng", "thu tiền sử dụng đất", Y24, target=TG(B(1400), "đồng")),
    F("khoảng 23,4 triệu", "23,4", 23_400_000, "money", "đồng/người", "thu ngân sách bình quân đầu người", Y24,
      approx="about", status="estimate"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "quy mô thu ngân sách"),
    F("dưới 5% tổng thu", "5", 5, "percent", "%", "tỷ lệ nợ thuế trên tổng thu nội địa", TO25, approx="under",
      status="target"),
    F("khoảng 60% tổng chi", "60", 60, "percent", "%", "tỷ trọng chi thường xuyên trong tổng chi ngân sách địa phương",
      TO25, approx="about", status="target"),
    F("lần lượt 86 tỷ", "86", B(86), "money", "đồng", SUBJ_B, Y24N, location="Ba Tơ"),
    F("86 tỷ đồng, 64 tỷ", "64", B(64), "money", "đồng", SUBJ_B, Y24N, location="Minh Long"),
    F("và 71 tỷ đồng", "71", B(71), "money", "đồng", SUBJ_B, Y24N, location="Sơn Tây"),
]

COMMENTS = [
    "Báo Quảng Ngãi: HĐND tỉnh thông qua dự toán NSNN năm 2025; byline + '13/12/2024 16:45' under the headline (invented).",
    "Dự toán (plan) figures -> status target; 'dự kiến' spending -> forecast, continuing into the 'gồm' parts (total = 24.850 tỷ).",
    "'(trong đó … khoảng 17.500 tỷ đồng)' is a part of thu nội địa 28.180 tỷ. 'đạt 710/1.400 tỷ đồng kế hoạch' -> target 1.400 tỷ.",
    "'vượt 12,6% dự toán' gap to plan = change. 'sau Khánh Hòa' does not move the rank's location. 'đến năm 2025' targets: end only.",
    "Districts in the 'lần lượt' list are the items' locations; 'bổ sung có mục tiêu' / 'chương trình mục tiêu quốc gia' are names, not target cues. Distractors: Kỳ họp thứ 28, khóa XIII, Nghị quyết số 97/NQ-HĐND,",
    "revised after the first run: rank subject loses the scope 'khu vực duyên hải Nam Trung Bộ' (as in shared h04/001/h18).",
    "'Chiều 12/12', 'từ ngày 01/01/2025'.",
]

if __name__ == "__main__":
    emit("p557-8", TEXT, COMMENTS, FIGS, published="2024-12-13", location="Quảng Ngãi")
