"""p1571-4: ministry site (Bộ Công Thương): national glass packaging 2024, provinces list, ASEAN rank, trade, recycling target."""
from lib import F, P, year, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp

Ngành bao bì thủy tinh năm 2024: sản lượng tăng, tỷ lệ tái chế còn thấp

12/03/2025 | 09:20 | Vụ Công nghiệp

Theo báo cáo của Vụ Công nghiệp, năm 2024 sản lượng bao bì thủy tinh cả nước ước đạt khoảng 1,2 triệu tấn, tăng 5,6% so với năm 2023. Cả nước hiện có 21 doanh nghiệp sản xuất chai lọ thủy tinh với khoảng 40 lò nấu, tổng công suất thiết kế hơn 4.200 tấn/ngày; hiệu suất sử dụng bình quân mới đạt 78%.

Các địa phương có sản lượng lớn nhất lần lượt là Bình Dương (285.000 tấn), Bắc Ninh (210.000 tấn) và Đồng Nai (168.000 tấn). Với sản lượng này, Việt Nam đứng thứ 3 trong khu vực ASEAN, sau Thái Lan và Indonesia.

Năm 2024, kim ngạch xuất khẩu sản phẩm thủy tinh đạt 1,05 tỷ USD, tăng 9,3% so với năm 2023, trong đó chai lọ và bao bì chiếm 23%; nhập khẩu khoảng 312 triệu USD, riêng thị trường Trung Quốc chiếm khoảng 58%.

Theo các doanh nghiệp, chi phí năng lượng hiện chiếm từ 25-30% giá thành sản phẩm do lò nấu phải duy trì nhiệt độ khoảng 1.550 độ C.

Theo Quyết định số 687/QĐ-TTg, mục tiêu đến năm 2030 tỷ lệ thu gom, tái chế bao bì thủy tinh đạt 60%, trong khi hiện nay tỷ lệ này mới đạt khoảng 35%. Bộ Công Thương phấn đấu đến năm 2027 hình thành ít nhất 6 cơ sở tái chế thủy tinh quy mô công nghiệp tại các vùng kinh tế trọng điểm.

Tin cùng chuyên mục:
- Hội nghị triển khai nhiệm vụ năm 2025 của Vụ Công nghiệp
- Góp ý dự thảo Nghị định sửa đổi Nghị định số 08/2022/NĐ-CP

BỘ CÔNG THƯƠNG - Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
T27 = P("đến năm 2027", None, "2027-12-31")
LIST = "sản lượng bao bì thủy tinh"

FIGS = [
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "tấn", approx="about", status="estimate",
      change=chg("increase", 5.6, "%", "năm 2023"), subject="sản lượng bao bì thủy tinh cả nước", period=Y24),
    F("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất chai lọ thủy tinh"),
    F("khoảng 40 lò nấu", "40", 40, "count", "lò nấu", approx="about", subject="lò nấu"),
    F("hơn 4.200 tấn/ngày", "4.200", 4200, "measure", "tấn/ngày", approx="over", subject="tổng công suất thiết kế"),
    F("mới đạt 78%", "78", 78, "percent", "%", subject="hiệu suất sử dụng bình quân"),
    F("Bình Dương (285.000 tấn)", "285.000", 285000, "measure", "tấn", subject=LIST, location="Bình Dương",
      period=inh(Y24)),
    F("Bắc Ninh (210.000 tấn)", "210.000", 210000, "measure", "tấn", subject=LIST, location="Bắc Ninh",
      period=inh(Y24)),
    F("Đồng Nai (168.000 tấn)", "168.000", 168000, "measure", "tấn", subject=LIST, location="Đồng Nai",
      period=inh(Y24)),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng bao bì thủy tinh trong khu vực ASEAN", period=inh(Y24)),
    F("đạt 1,05 tỷ", "1,05", 1.05e9, "money", "USD", change=chg("increase", 9.3, "%", "năm 2023"),
      subject="kim ngạch xuất khẩu sản phẩm thủy tinh", period=Y24b),
    F("bao bì chiếm 23%", "23", 23, "percent", "%", subject="chai lọ và bao bì trong kim ngạch xuất khẩu", period=Y24b),
    F("khoảng 312 triệu", "312", 312e6, "money", "USD", approx="about", subject="nhập khẩu sản phẩm thủy tinh",
      period=Y24b),
    F("chiếm khoảng 58%", "58", 58, "percent", "%", approx="about", subject="nhập khẩu từ thị trường Trung Quốc",
      period=Y24b),
    F("từ 25-30%", "25", 25, "percent", "%", value_max=30, subject="chi phí năng lượng trong giá thành sản phẩm"),
    F("khoảng 1.550 độ", "1.550", 1550, "measure", "độ C", approx="about", subject="nhiệt độ lò nấu"),
    F("đạt 60%", "60", 60, "percent", "%", status="target", subject="tỷ lệ thu gom, tái chế bao bì thủy tinh",
      period=T30),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="tỷ lệ thu gom, tái chế bao bì thủy tinh"),
    F("ít nhất 6 cơ sở", "6", 6, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở tái chế thủy tinh quy mô công nghiệp", period=T27),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '12/03/2025 | 09:20 | Vụ Công nghiệp' (published), related links, address footer. National: Việt Nam.",
    "'ước đạt khoảng 1,2 triệu tấn' → estimate and approx about; 'hiện có' figures get no period.",
    "'hiệu suất sử dụng bình quân mới đạt 78%' names its own indicator after ';': a percent figure of its own, not a share of 4.200 tấn/ngày.",
    "'lần lượt là Bình Dương (285.000 tấn), ...' list: subject = the list's indicator, the province → location; year stands in the previous paragraph (inherited).",
    "'Việt Nam đứng thứ 3 trong khu vực ASEAN' → rank, location Việt Nam.",
    "'trong đó chai lọ và bao bì chiếm 23%', 'riêng thị trường Trung Quốc chiếm khoảng 58%' are shares of parts: own percent figures (Trung Quốc is a partner).",
    "'từ 25-30%' range; 'khoảng 1.550 độ C' furnace temperature is a measure. 'mục tiêu đến năm 2030 ... 60%' target; 'hiện nay ... khoảng 35%' actual.",
    "Distractors: Quyết định số 687/QĐ-TTg, Nghị định số 08/2022/NĐ-CP, 'nhiệm vụ năm 2025', address 54 Hai Bà Trưng, time 09:20.",
]

if __name__ == "__main__":
    write("p1571-4", TEXT, NOTES, FIGS, published="2025-03-12", location="Việt Nam")
