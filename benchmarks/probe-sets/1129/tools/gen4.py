"""p1129-4: ministry site (Bộ NN&PTNT), national guava area, leading provinces, exports, growing-area codes, targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Trồng trọt | Bảo vệ thực vật
Ngày đăng: 05/06/2023 | Lượt xem: 1.047

Cả nước có khoảng 18.000 ha ổi, xuất khẩu sang 15 thị trường

Theo Cục Trồng trọt, tính đến tháng 5/2023, diện tích ổi cả nước khoảng 18.000 ha, sản lượng năm 2022 đạt trên 390.000 tấn. Vùng Đồng bằng sông Cửu Long chiếm gần 60% diện tích; các tỉnh có diện tích lớn lần lượt là Tiền Giang (3.650 ha), Hải Dương (3.200 ha), Đồng Tháp (2.400 ha) và Long An (1.900 ha).

Năm 2022, kim ngạch xuất khẩu ổi tươi và sản phẩm chế biến từ ổi đạt khoảng 42 triệu USD, tăng 18% so với năm 2021; ổi Việt Nam đã có mặt tại 15 thị trường, trong đó có các thị trường khó tính như Nhật Bản, Hàn Quốc, EU. Cả nước đã cấp 126 mã số vùng trồng ổi với tổng diện tích 4.850 ha, chiếm khoảng 27% diện tích.

Theo khảo sát của Cục tại 6 tỉnh, lợi nhuận trồng ổi bình quân đạt 150-200 triệu đồng/ha/năm, cao hơn trồng lúa từ 3 đến 4 lần. Tuy nhiên, giá ổi lê Đài Loan tại vườn ở Tiền Giang hiện chỉ còn 7.000-10.000 đồng/kg, giảm khoảng 20% so với cùng kỳ do nguồn cung tăng.

Cục Trồng trọt đặt mục tiêu đến năm 2030 ổn định diện tích ổi khoảng 20.000 ha, trong đó trên 50% diện tích sản xuất theo VietGAP hoặc tương đương; sản lượng đạt 450.000 tấn, kim ngạch xuất khẩu đạt 100 triệu USD.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = per("tính đến tháng 5/2023", None, "2023-05-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y22b = per("Năm 2022", "2022-01-01", "2022-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TOP = "diện tích ổi"

FIGS = [
    fig("có khoảng 18.000 ha", "18.000", 18000, "measure", "ha", approx="about", subject="diện tích ổi cả nước"),
    fig("sang 15 thị trường", "15", 15, "count", "thị trường", subject="thị trường xuất khẩu ổi"),
    fig("nước khoảng 18.000 ha", "18.000", 18000, "measure", "ha", approx="about",
        subject="diện tích ổi cả nước", period=ASOF),
    fig("trên 390.000 tấn", "390.000", 390000, "measure", "tấn", approx="over", subject="sản lượng ổi", period=Y22),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="tỷ trọng diện tích ổi của vùng Đồng bằng sông Cửu Long", period=inh(ASOF)),
    fig("Tiền Giang (3.650 ha)", "3.650", 3650, "measure", "ha", subject=TOP, location="Tiền Giang", period=inh(ASOF)),
    fig("Hải Dương (3.200 ha)", "3.200", 3200, "measure", "ha", subject=TOP, location="Hải Dương", period=inh(ASOF)),
    fig("Đồng Tháp (2.400 ha)", "2.400", 2400, "measure", "ha", subject=TOP, location="Đồng Tháp", period=inh(ASOF)),
    fig("Long An (1.900 ha)", "1.900", 1900, "measure", "ha", subject=TOP, location="Long An", period=inh(ASOF)),
    fig("khoảng 42 triệu USD", "42", 42000000, "money", "USD", approx="about",
        change=chg("increase", 18, "%", "năm 2021"),
        subject="kim ngạch xuất khẩu ổi tươi và sản phẩm chế biến từ ổi", period=Y22b),
    fig("tại 15 thị trường", "15", 15, "count", "thị trường", subject="thị trường ổi Việt Nam có mặt",
        period=Y22b),
    fig("cấp 126 mã số", "126", 126, "count", "mã số vùng trồng", subject="mã số vùng trồng ổi đã cấp"),
    fig("tổng diện tích 4.850 ha", "4.850", 4850, "measure", "ha", percent=27,
        subject="tổng diện tích vùng trồng ổi được cấp mã số"),
    fig("tại 6 tỉnh", "6", 6, "count", "tỉnh", optional=True, subject="tỉnh được khảo sát"),
    fig("đạt 150-200", "150", 150000000, "money", "đồng/ha/năm", value_max=200000000,
        change=chg("increase", 3, "lần", "trồng lúa"), subject="lợi nhuận trồng ổi bình quân"),
    fig("còn 7.000-10.000", "7.000", 7000, "money", "đồng/kg", value_max=10000,
        change=chg("decrease", 20, "%", "cùng kỳ", approx="about"),
        subject="giá ổi lê Đài Loan tại vườn", location="Tiền Giang"),
    fig("khoảng 20.000 ha", "20.000", 20000, "measure", "ha", approx="about", status="target",
        subject="diện tích ổi", period=T30),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="target",
        subject="tỷ lệ diện tích ổi sản xuất theo VietGAP hoặc tương đương", period=T30),
    fig("đạt 450.000 tấn", "450.000", 450000, "measure", "tấn", status="target", subject="sản lượng ổi", period=T30),
    fig("đạt 100 triệu USD", "100", 100000000, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu ổi", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): 'Ngày đăng: 05/06/2023 | Lượt xem: 1.047' (published), copyright/address footer. National: location Việt Nam.",
    "The headline repeats the lead's 18.000 ha and the 15 markets: each occurrence is a figure (headline without period).",
    "'lần lượt là Tiền Giang (3.650 ha) ...' list items: subject 'diện tích ổi', location the province; period from the previous",
    "sentence (inherited). 'gần 60%' describes the Mekong Delta region (not a province): location Việt Nam (national article).",
    "'cao hơn trồng lúa từ 3 đến 4 lần' after the profit range: change, value 3 (first end of the range).",
    "Tiền Giang price in a national article: location Tiền Giang. 'tại 6 tỉnh' (survey scope) optional. Japan/Korea/EU are partners, not places.",
    "'đặt mục tiêu đến năm 2030 ...' → target for every figure of the sentence (continuing after ';').",
    "Distractors: 'Lượt xem: 1.047', 'Số 2 Ngọc Hà', phone 024.3846.8161.",
]

if __name__ == "__main__":
    write("p1129-4", TEXT, NOTES, FIGS, published="2023-06-05", location="Việt Nam")
