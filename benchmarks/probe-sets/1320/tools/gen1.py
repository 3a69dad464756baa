"""p1320-1: province portal (Sơn La): cold stores for fruit as of 30/9/2024, a cooperative in Mai Sơn, targets to 2025."""
from lib import F, period, inherited, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sơn La có 52 kho lạnh bảo quản nông sản

Cập nhật: 15/10/2024 09:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh có 52 kho lạnh, kho mát bảo quản nông sản với tổng sức chứa khoảng 8.600 tấn, tăng 11 kho so với cuối năm 2023. Trong đó, 31 kho của doanh nghiệp, 21 kho của hợp tác xã. Các kho lạnh tập trung chủ yếu ở huyện Mai Sơn (17 kho), huyện Yên Châu (9 kho) và TP Sơn La (8 kho).

Năm 2024, sản lượng xoài của tỉnh ước đạt 92.000 tấn, nhãn 175.000 tấn, mận hậu 98.500 tấn. Nhờ hệ thống kho lạnh, khoảng 35% sản lượng trái cây được sơ chế, bảo quản trước khi tiêu thụ; thời gian bảo quản xoài kéo dài 25-30 ngày, thay vì 7-10 ngày như trước.

Tại huyện Mai Sơn, Hợp tác xã Nông nghiệp Tiến Thành (bản Nà Sản, Km 19 Quốc lộ 6) đã đầu tư hai kho lạnh sức chứa 300 tấn với tổng kinh phí gần 4,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 40%. Mỗi vụ, hợp tác xã bảo quản và xuất khẩu khoảng 1.200 tấn xoài sang Trung Quốc, Australia, giá bán cao hơn từ 3.000 đến 5.000 đồng/kg so với xoài không qua bảo quản.

Mục tiêu đến năm 2025, toàn tỉnh có ít nhất 70 kho lạnh, tổng sức chứa trên 12.000 tấn; tỷ lệ tổn thất sau thu hoạch đối với rau quả giảm xuống dưới 15%.

Tin liên quan:
- Sơn La tổ chức Tuần lễ xoài và nông sản an toàn lần thứ 2
- Hướng dẫn cấp mã số vùng trồng xuất khẩu năm 2024
"""

ASOF = period("tính đến ngày 30/9/2024", end="2024-09-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", end="2025-12-31")
MS = "Mai Sơn"

FIGS = [
    F("Sơn La có 52 kho", "52", 52, "count", "kho lạnh", subject="kho lạnh bảo quản nông sản"),
    F("toàn tỉnh có 52 kho", "52", 52, "count", "kho", per=ASOF,
      change=change("increase", 11, "kho", "cuối năm 2023"),
      subject="kho lạnh, kho mát bảo quản nông sản"),
    F("khoảng 8.600 tấn", "8.600", 8600, "measure", "tấn", approx="about", per=ASOF,
      subject="tổng sức chứa kho lạnh, kho mát"),
    F("31 kho của doanh nghiệp", "31", 31, "count", "kho", total=52, per=inherited(ASOF),
      subject="kho của doanh nghiệp"),
    F("21 kho của hợp tác xã", "21", 21, "count", "kho", total=52, per=inherited(ASOF),
      subject="kho của hợp tác xã"),
    F("(17 kho)", "17", 17, "count", "kho", per=inherited(ASOF), subject="kho lạnh", location=MS),
    F("(9 kho)", "9", 9, "count", "kho", per=inherited(ASOF), subject="kho lạnh", location="Yên Châu"),
    F("(8 kho)", "8", 8, "count", "kho", per=inherited(ASOF), subject="kho lạnh", location="TP Sơn La"),
    F("ước đạt 92.000 tấn", "92.000", 92000, "measure", "tấn", status="estimate", per=Y24,
      subject="sản lượng xoài"),
    F("nhãn 175.000 tấn", "175.000", 175000, "measure", "tấn", status="estimate", per=Y24,
      subject="sản lượng nhãn"),
    F("mận hậu 98.500 tấn", "98.500", 98500, "measure", "tấn", status="estimate", per=Y24,
      subject="sản lượng mận hậu"),
    F("khoảng 35% sản lượng", "35", 35, "percent", "%", approx="about", per=inherited(Y24),
      subject="sản lượng trái cây được sơ chế, bảo quản trước khi tiêu thụ"),
    F("kéo dài 25-30 ngày", "25", 25, "measure", "ngày", value_max=30,
      subject="thời gian bảo quản xoài"),
    F("thay vì 7-10 ngày", "7", 7, "measure", "ngày", value_max=10,
      subject="thời gian bảo quản xoài như trước"),
    F("đầu tư hai kho lạnh", "hai", 2, "count", "kho lạnh",
      subject="kho lạnh Hợp tác xã Nông nghiệp Tiến Thành đầu tư", location=MS),
    F("sức chứa 300 tấn", "300", 300, "measure", "tấn", subject="sức chứa kho lạnh", location=MS),
    F("gần 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="nearly",
      subject="tổng kinh phí đầu tư kho lạnh", location=MS),
    F("hỗ trợ 40%", "40", 40, "percent", "%", subject="ngân sách tỉnh hỗ trợ", location=MS),
    F("khoảng 1.200 tấn xoài", "1.200", 1200, "measure", "tấn/vụ", approx="about",
      subject="xoài hợp tác xã bảo quản và xuất khẩu", location=MS),
    F("từ 3.000 đến 5.000", "3.000", 3000, "money", "đồng/kg", value_max=5000,
      subject="giá bán cao hơn so với xoài không qua bảo quản", location=MS),
    F("ít nhất 70 kho", "70", 70, "count", "kho lạnh", approx="at_least", status="target", per=T25,
      subject="kho lạnh"),
    F("trên 12.000 tấn", "12.000", 12000, "measure", "tấn", approx="over", status="target", per=T25,
      subject="tổng sức chứa kho lạnh"),
    F("dưới 15%", "15", 15, "percent", "%", approx="under", status="target", per=T25,
      subject="tỷ lệ tổn thất sau thu hoạch đối với rau quả"),
]

NOTES = [
    "Province portal (Sơn La): cold stores for farm produce as of 30/9/2024; breadcrumb, 'Cập nhật: 15/10/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, 'Lượt xem: 1.386', 'Km 19 Quốc lộ 6', 'lần thứ 2', 'năm 2024' in a related link, baseline 'cuối năm 2023'.",
    "'tăng 11 kho so với cuối năm 2023' stands after the capacity clause but counts kho: the change belongs to 52 kho.",
    "'Trong đó' parts after a sentence break: total 52; the district list in brackets does not add up to 52: no total.",
    "'giá bán cao hơn từ 3.000 đến 5.000 đồng/kg' has no base price: a money figure of its own (a difference that is the claim), no change.",
    "'trong đó ngân sách tỉnh hỗ trợ 40%': a share with no amount of its own: percent figure.",
    "Mai Sơn passage: location Mai Sơn. 'Mục tiêu đến năm 2025' governs the whole sentence (three targets).",
]

if __name__ == "__main__":
    write("p1320-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Sơn La")
