"""p1237-4: ministry site (Bộ VHTTDL): national survey of dó paper villages."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Di sản văn hóa

Cả nước còn 14 làng, xóm giữ nghề làm giấy dó thủ công

Ngày đăng: 05/06/2024 | Lượt xem: 1.108

Kết quả khảo sát của Cục Di sản văn hóa cho thấy, tính đến tháng 3/2024, cả nước còn 14 làng, xóm duy trì nghề làm giấy dó, giấy bản thủ công tại 9 tỉnh, thành phố, trong khi năm 2000 có 26 làng. Tổng số hộ làm nghề khoảng 520 hộ với hơn 1.600 lao động, trong đó lao động trên 50 tuổi chiếm 63%. Các địa phương có nhiều hộ làm nghề nhất là Cao Bằng (146 hộ), Bắc Ninh (128 hộ) và Hà Giang (97 hộ).

Năm 2023, tổng sản lượng giấy dó, giấy bản thủ công cả nước ước đạt 14,5 triệu tờ, doanh thu khoảng 52 tỷ đồng; giá trị xuất khẩu sang Nhật Bản, Hàn Quốc và Pháp đạt 410.000 USD, tăng 18% so với năm 2022.

Về nguyên liệu, nhu cầu vỏ dó cho sản xuất khoảng 300 tấn/năm, song diện tích dó mọc tự nhiên suy giảm mạnh; hiện chỉ khoảng 30% nguyên liệu được khai thác từ rừng tự nhiên, phần còn lại lấy từ vùng trồng tại Phú Thọ, Tuyên Quang và Lào Cai.

Theo lãnh đạo Cục Di sản văn hóa, giai đoạn 2024-2030, Bộ sẽ phối hợp với các địa phương kiểm kê, lập hồ sơ khoa học cho nghề làm giấy dó. Mục tiêu đến năm 2030 có ít nhất 10 làng nghề giấy dó được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia và 100% nghệ nhân cao tuổi được hỗ trợ mở lớp truyền nghề. Đến nay, đã có 2 nghề làm giấy thủ công được ghi danh theo Quyết định số 2180/QĐ-BVHTTDL.

Tin cùng chuyên mục:
- Hội thảo khoa học về nghề giấy dó lần thứ hai
- Lễ đón bằng di sản tại Cao Bằng

BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến tháng 3/2024", None, "2024-03-31")
Y00 = P("năm 2000", "2000-01-01", "2000-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
HH = "hộ làm nghề giấy dó, giấy bản"

FIGS = [
    F("Cả nước còn 14 làng", "14", 14, "count", "làng, xóm",
      subject="làng, xóm giữ nghề làm giấy dó thủ công"),
    F("còn 14 làng, xóm duy trì", "14", 14, "count", "làng, xóm",
      subject="làng, xóm duy trì nghề làm giấy dó, giấy bản thủ công", period=ASOF),
    F("tại 9 tỉnh", "9", 9, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố có làng nghề giấy dó, giấy bản", period=ASOF),
    F("có 26 làng", "26", 26, "count", "làng", subject="làng duy trì nghề làm giấy dó, giấy bản", period=Y00),
    F("khoảng 520 hộ", "520", 520, "count", "hộ", approx="about", subject=HH, period=I(ASOF)),
    F("hơn 1.600 lao động", "1.600", 1600, "count", "lao động", approx="over",
      subject="lao động làm nghề giấy dó, giấy bản", period=I(ASOF)),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", approx="over", optional=True,
      subject="tuổi lao động"),
    F("chiếm 63%", "63", 63, "percent", "%", subject="tỷ lệ lao động trên 50 tuổi", period=I(ASOF)),
    F("Cao Bằng (146 hộ)", "146", 146, "count", "hộ", location="Cao Bằng", subject=HH, period=I(ASOF)),
    F("Bắc Ninh (128 hộ)", "128", 128, "count", "hộ", location="Bắc Ninh", subject=HH, period=I(ASOF)),
    F("Hà Giang (97 hộ)", "97", 97, "count", "hộ", location="Hà Giang", subject=HH, period=I(ASOF)),
    F("ước đạt 14,5 triệu", "14,5", 14500000, "count", "tờ", status="estimate",
      subject="tổng sản lượng giấy dó, giấy bản thủ công", period=Y23),
    F("khoảng 52 tỷ", "52", 52000000000, "money", "đồng", approx="about", status="estimate",
      subject="doanh thu giấy dó, giấy bản thủ công", period=Y23),
    F("đạt 410.000 USD", "410.000", 410000, "money", "USD", change=C("increase", 18, "%", "năm 2022"),
      subject="giá trị xuất khẩu giấy dó sang Nhật Bản, Hàn Quốc và Pháp", period=Y23),
    F("khoảng 300 tấn/năm", "300", 300, "measure", "tấn/năm", approx="about",
      subject="nhu cầu vỏ dó cho sản xuất"),
    F("khoảng 30% nguyên liệu", "30", 30, "percent", "%", approx="about",
      subject="tỷ lệ nguyên liệu được khai thác từ rừng tự nhiên"),
    F("ít nhất 10 làng", "10", 10, "count", "làng nghề", approx="at_least", status="target",
      subject="làng nghề giấy dó được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia", period=T30),
    F("và 100% nghệ nhân", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ nghệ nhân cao tuổi được hỗ trợ mở lớp truyền nghề", period=T30),
    F("có 2 nghề", "2", 2, "count", "nghề", subject="nghề làm giấy thủ công được ghi danh"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 05/06/2024 | Lượt xem: 1.108', footer address and phone. National: location Việt Nam,",
    "except the bracketed province list (Cao Bằng, Bắc Ninh, Hà Giang), each item's province is its location; trade partners are not places.",
    "The headline '14 làng' is a figure of its own (no period). 'trên 50 tuổi' defines the group (optional). 26 làng năm 2000 is a",
    "figure of its own with its own period (a comparison point stated as a fact, not written as a change of the 14).",
    "'ước đạt 14,5 triệu tờ, doanh thu khoảng 52 tỷ đồng' -> the estimate cue continues into the doanh thu clause; after ';' the",
    "export value has its own verb 'đạt' (actual). Distractors: Quyết định số 2180/QĐ-BVHTTDL, 'lần thứ hai', 'giai đoạn 2024-2030',",
    "address '51 Ngô Quyền', phone 024.3943.8231, 'Lượt xem: 1.108', 'tháng 3/2024' (as-of date).",
]

if __name__ == "__main__":
    write("p1237-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
