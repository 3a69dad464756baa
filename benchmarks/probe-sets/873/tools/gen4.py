"""p873-4: Bộ VHTTDL (ministry site), national review of the 2023 spring festival season and votive-paper burning."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin tức - Sự kiện » Văn hóa
20/03/2023 15:10

Mùa lễ hội Xuân Quý Mão: đốt vàng mã tại di tích giảm rõ rệt

Theo báo cáo của Cục Văn hóa cơ sở, tính đến ngày 15/3/2023 đã có 58/63 tỉnh, thành phố gửi báo cáo về công tác quản lý và tổ chức lễ hội đầu năm. Cả nước hiện có 8.097 lễ hội, trong đó 7.039 lễ hội dân gian, 582 lễ hội tôn giáo, 476 lễ hội lịch sử, văn hóa.

Tình trạng đốt vàng mã tràn lan tại di tích đã giảm. Năm 2022, có 41 tỉnh, thành phố ban hành văn bản hạn chế đốt vàng mã, tăng 6 địa phương so với năm 2021. Nhiều địa phương bố trí lò hóa vàng tập trung, nhiều nhất là Hà Nội (1.126 lò), Nam Định (415 lò), Bắc Ninh (392 lò) và Thái Bình (287 lò). Tại các lễ hội lớn như Chùa Hương, Yên Tử, Bà Chúa Xứ núi Sam, lượng vàng mã đốt giảm từ 30 đến 50%.

Theo ước tính của cơ quan chức năng, mỗi năm người Việt chi khoảng 4.000 tỷ đồng cho vàng mã, riêng dịp Tết và Rằm tháng Bảy chiếm trên 60%. Lượng giấy tiêu tốn cho sản xuất hàng mã ước khoảng 50.000 tấn/năm.

Tại Hội nghị lần thứ 3 của Ban Chỉ đạo, lãnh đạo Bộ đề nghị các địa phương tiếp tục thực hiện Thông tư số 04/2011/TT-BVHTTDL và Nghị định số 110/2018/NĐ-CP quy định về quản lý và tổ chức lễ hội. Mục tiêu đến năm 2025, 100% di tích quốc gia đặc biệt không đốt vàng mã ngoài nơi quy định và 80% lễ hội cấp tỉnh đưa nội dung hạn chế đốt vàng mã vào quy chế.

Cục Văn hóa cơ sở - Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội - Điện thoại: 024.3943.8231
Lượt xem: 1.204
"""

VN = "Việt Nam"
ASOF = P("tính đến ngày 15/3/2023", None, "2023-03-15")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "lò hóa vàng tập trung"

FIGS = [
    F("có 58/63 tỉnh, thành phố", "58", 58, "count", "tỉnh, thành phố",
      "tỉnh, thành phố gửi báo cáo về công tác quản lý và tổ chức lễ hội", total=63, period=ASOF),
    F("có 8.097 lễ hội", "8.097", 8097, "count", "lễ hội", "lễ hội"),
    F("7.039 lễ hội dân gian", "7.039", 7039, "count", "lễ hội", "lễ hội dân gian", total=8097),
    F("582 lễ hội tôn giáo", "582", 582, "count", "lễ hội", "lễ hội tôn giáo", total=8097),
    F("476 lễ hội lịch sử", "476", 476, "count", "lễ hội", "lễ hội lịch sử, văn hóa", total=8097),
    F("có 41 tỉnh, thành phố", "41", 41, "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành văn bản hạn chế đốt vàng mã",
      change=C("increase", 6, "địa phương", "năm 2021"), period=Y22),
    F("Hà Nội (1.126 lò)", "1.126", 1126, "count", "lò", LIST, location="Hà Nội"),
    F("Nam Định (415 lò)", "415", 415, "count", "lò", LIST, location="Nam Định"),
    F("Bắc Ninh (392 lò)", "392", 392, "count", "lò", LIST, location="Bắc Ninh"),
    F("Thái Bình (287 lò)", "287", 287, "count", "lò", LIST, location="Thái Bình"),
    F("từ 30 đến 50%", "30", 30, "percent", "%", "lượng vàng mã đốt giảm tại các lễ hội lớn", value_max=50),
    F("khoảng 4.000 tỷ đồng", "4.000", 4e12, "money", "đồng", "chi tiêu cho vàng mã mỗi năm",
      approx="about", status="estimate"),
    F("chiếm trên 60%", "60", 60, "percent", "%", "tỷ trọng chi tiêu vàng mã dịp Tết và Rằm tháng Bảy",
      approx="over", status="estimate"),
    F("ước khoảng 50.000 tấn/năm", "50.000", 50000, "measure", "tấn/năm", "giấy tiêu tốn cho sản xuất hàng mã",
      approx="about", status="estimate"),
    F("2025, 100% di tích", "100", 100, "percent", "%", "di tích quốc gia đặc biệt không đốt vàng mã ngoài nơi quy định",
      status="target", period=T25),
    F("và 80% lễ hội", "80", 80, "percent", "%", "lễ hội cấp tỉnh đưa nội dung hạn chế đốt vàng mã vào quy chế",
      status="target", period=T25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL, Cục Văn hóa cơ sở): 2023 spring festival season; dateline '20/03/2023 15:10'. National: location Việt Nam.",
    "List 'nhiều nhất là Hà Nội (1.126 lò), ...' shares the indicator 'lò hóa vàng tập trung'; each item's province is its location.",
    "The three festival types add up to 8.097 (trong đó): total 8097. '58/63': total 63.",
    "'riêng dịp Tết và Rằm tháng Bảy chiếm trên 60%' is the share of a part with no number of its own: a percent figure, estimate (continues 'Theo ước tính').",
    "'mỗi năm ... chi khoảng 4.000 tỷ đồng': unit đồng (the 'mỗi năm' stands before the verb; in the subject); '50.000 tấn/năm' keeps its written rate.",
    "Not figures: 15:10, Lượt xem 1.204, Hội nghị lần thứ 3, Thông tư số 04/2011/TT-BVHTTDL, Nghị định số 110/2018/NĐ-CP, 51 Ngô Quyền, phone, Quý Mão.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2023-03-20", location=VN)
