"""p1374-1: province portal (Thanh Hóa): auction of mining rights for 6 limestone quarries, licences in force."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Đấu giá quyền khai thác 6 mỏ đá, thu hơn 148 tỷ đồng

Cập nhật: 18/06/2024 10:35 | Lượt xem: 1.286

Ngày 17/6, Sở Tài nguyên và Môi trường phối hợp với Công ty Đấu giá hợp danh Lam Sơn tổ chức phiên đấu giá quyền khai thác khoáng sản đối với 6 mỏ đá vôi làm vật liệu xây dựng thông thường theo Quyết định số 1456/QĐ-UBND ngày 10/4/2024 của UBND tỉnh.

Phiên đấu giá thu hút 27 doanh nghiệp tham gia, trong đó 11 doanh nghiệp ngoài tỉnh. Kết quả, tất cả các mỏ đều có người trúng với tổng số tiền trúng đấu giá 148,6 tỷ đồng, cao gấp 3,2 lần tổng giá khởi điểm.

Mỏ có giá trúng cao nhất nằm tại xã Hà Tân, huyện Hà Trung, diện tích 12,5 ha, trữ lượng khoảng 4,2 triệu m3, được Công ty TNHH Đá Trường Sơn 68 trúng với giá 41,3 tỷ đồng. Mỏ đá tại xã Thành Vân, huyện Thạch Thành trúng 36 tỷ đồng, tăng 28,4 tỷ đồng so với giá khởi điểm.

Từ năm 2021 đến nay, tỉnh đã tổ chức 9 phiên đấu giá quyền khai thác khoáng sản với 52 mỏ, thu gần 620 tỷ đồng. Hiện toàn tỉnh có 186 giấy phép khai thác khoáng sản còn hiệu lực, trong đó 104 giấy phép khai thác đá làm vật liệu xây dựng thông thường và 35 giấy phép khai thác cát, sỏi lòng sông.

Năm 2024, tỉnh phấn đấu thu tiền cấp quyền khai thác khoáng sản đạt 350 tỷ đồng; 5 tháng đầu năm đã thu được 162 tỷ đồng, bằng 46,3% kế hoạch.

Tin liên quan:
- Thanh Hóa: Kiểm tra các mỏ đá dọc Quốc lộ 217
- Hội nghị triển khai Luật Đất đai năm 2024
"""

DAY = per("Ngày 17/6", "2024-06-17", "2024-06-17")
SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-06-18")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
HT, TT = "Hà Trung", "Thạch Thành"

FIGS = [
    fig("quyền khai thác 6 mỏ đá, thu", "6", 6, "count", "mỏ", subject="mỏ đá đấu giá quyền khai thác"),
    fig("thu hơn 148 tỷ", "148", 148e9, "money", "đồng", approx="over",
        subject="tiền thu từ đấu giá quyền khai thác mỏ đá"),
    fig("đối với 6 mỏ đá vôi", "6", 6, "count", "mỏ",
        subject="mỏ đá vôi làm vật liệu xây dựng thông thường đấu giá quyền khai thác", period=DAY),
    fig("thu hút 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia phiên đấu giá", period=inh(DAY)),
    fig("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp ngoài tỉnh tham gia phiên đấu giá", period=inh(DAY)),
    fig("đấu giá 148,6 tỷ", "148,6", 148.6e9, "money", "đồng",
        change=chg("increase", 3.2, "lần", "tổng giá khởi điểm"),
        subject="tổng số tiền trúng đấu giá", period=inh(DAY)),
    fig("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha",
        subject="diện tích mỏ có giá trúng cao nhất", location=HT),
    fig("khoảng 4,2 triệu m3", "4,2", 4.2e6, "measure", "m3", approx="about",
        subject="trữ lượng mỏ có giá trúng cao nhất", location=HT),
    fig("giá 41,3 tỷ", "41,3", 41.3e9, "money", "đồng",
        subject="giá trúng đấu giá mỏ đá tại xã Hà Tân", location=HT),
    fig("trúng 36 tỷ", "36", 36e9, "money", "đồng",
        change=chg("increase", 28.4e9, "đồng", "giá khởi điểm"),
        subject="giá trúng đấu giá mỏ đá tại xã Thành Vân", location=TT),
    fig("tổ chức 9 phiên", "9", 9, "count", "phiên",
        subject="phiên đấu giá quyền khai thác khoáng sản", period=SINCE),
    fig("với 52 mỏ", "52", 52, "count", "mỏ", subject="mỏ đấu giá quyền khai thác khoáng sản", period=SINCE),
    fig("thu gần 620 tỷ", "620", 620e9, "money", "đồng", approx="nearly",
        subject="tiền thu từ đấu giá quyền khai thác khoáng sản", period=SINCE),
    fig("có 186 giấy phép", "186", 186, "count", "giấy phép",
        subject="giấy phép khai thác khoáng sản còn hiệu lực"),
    fig("trong đó 104 giấy phép", "104", 104, "count", "giấy phép", total=186,
        subject="giấy phép khai thác đá làm vật liệu xây dựng thông thường"),
    fig("và 35 giấy phép", "35", 35, "count", "giấy phép", total=186,
        subject="giấy phép khai thác cát, sỏi lòng sông"),
    fig("đạt 350 tỷ", "350", 350e9, "money", "đồng", status="target",
        subject="thu tiền cấp quyền khai thác khoáng sản", period=Y24),
    fig("được 162 tỷ", "162", 162e9, "money", "đồng", percent=46.3,
        subject="tiền cấp quyền khai thác khoáng sản đã thu", period=M5),
]

NOTES = [
    "Province portal (Thanh Hóa): auction of mining rights for 6 limestone quarries; licences in force; 2024 plan.",
    "Distractors: 'Cập nhật: 18/06/2024 10:35', 'Lượt xem: 1.286', 'Ngày 17/6', 'Quyết định số 1456/QĐ-UBND ngày 10/4/2024',",
    "'Công ty TNHH Đá Trường Sơn 68', 'Quốc lộ 217', 'Luật Đất đai năm 2024' in a related link.",
    "Headline figures have no period. 'Ngày 17/6' is a one-day period (as 'Ngày 10/10/2022' in the shared gold); the next sentence inherits it.",
    "'cao gấp 3,2 lần tổng giá khởi điểm' → change in lần; 'tăng 28,4 tỷ đồng so với giá khởi điểm' → change in đồng.",
    "'Từ năm 2021 đến nay' ends at the dateline; 'Hiện' gives no period; 'Trong đó' parts get total 186.",
    "'phấn đấu' governs only its clause; after ';' the 5-month result (own verb 'đã thu được') is actual, 'bằng 46,3% kế hoạch' its percent.",
]

if __name__ == "__main__":
    write("p1374-1", TEXT, NOTES, FIGS, published="2024-06-18", location="Thanh Hóa")
