"""p1550-4: ministry site (Bộ Công Thương): national kettle market 2024, production, imports, exports, localisation."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Thị trường ấm siêu tốc năm 2024: hàng nội chiếm lĩnh phân khúc phổ thông

Ngày đăng: 20/12/2024 | Tác giả: Vụ Thị trường trong nước

Theo số liệu tổng hợp của Bộ Công Thương, năm 2024 cả nước có khoảng 40 doanh nghiệp sản xuất, lắp ráp ấm đun nước điện, tổng sản lượng ước đạt 18,6 triệu chiếc, tăng 7,5% so với năm 2023. Các địa phương có sản lượng lớn nhất lần lượt là Bình Dương (4,8 triệu chiếc), Bắc Ninh (4,5 triệu chiếc) và Đồng Nai (2,9 triệu chiếc).

Nhu cầu tiêu dùng trong nước năm 2024 khoảng 14 triệu chiếc, trong đó hàng sản xuất trong nước đáp ứng hơn 60%. Tuy vậy, kim ngạch nhập khẩu ấm siêu tốc 11 tháng năm 2024 vẫn đạt 96,4 triệu USD, tăng 21,3% so với cùng kỳ; riêng Trung Quốc chiếm tới 78% kim ngạch.

Về xuất khẩu, Việt Nam hiện đứng thứ 3 trong khu vực ASEAN về xuất khẩu ấm đun nước điện, sau Thái Lan và Malaysia. Giá trị xuất khẩu 11 tháng đạt 142 triệu USD, gấp 1,6 lần cùng kỳ năm 2022.

Năm 2024, lực lượng quản lý thị trường cả nước đã kiểm tra, xử lý 1.215 vụ vi phạm về đồ điện gia dụng, trong đó 186 vụ liên quan đến ấm siêu tốc.

Theo định hướng phát triển ngành điện tử, điện gia dụng, mục tiêu đến năm 2030 tỷ lệ nội địa hóa của ấm đun nước điện đạt ít nhất 60%, hiện mới khoảng 35-40%. Bộ Công Thương đề nghị rà soát, sửa đổi TCVN 5699-2-15:2013 về an toàn đối với thiết bị đun chất lỏng.

Bản quyền thuộc Bộ Công Thương
Giấy phép số 187/GP-TTĐT
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("Năm 2024", "2024-01-01", "2024-12-31")
M11 = period("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11s = period("11 tháng", "2024-01-01", "2024-11-30")
T2030 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất, lắp ráp ấm đun nước điện", per=Y24),
    F("ước đạt 18,6 triệu", "18,6", 18.6e6, "count", "chiếc", status="estimate",
      change=change("increase", 7.5, "%", "năm 2023"), subject="tổng sản lượng ấm đun nước điện", per=Y24),
    F("Bình Dương (4,8 triệu", "4,8", 4.8e6, "count", "chiếc", subject="sản lượng ấm đun nước điện",
      per=inherit(Y24), location="Bình Dương"),
    F("Bắc Ninh (4,5 triệu", "4,5", 4.5e6, "count", "chiếc", subject="sản lượng ấm đun nước điện",
      per=inherit(Y24), location="Bắc Ninh"),
    F("Đồng Nai (2,9 triệu", "2,9", 2.9e6, "count", "chiếc", subject="sản lượng ấm đun nước điện",
      per=inherit(Y24), location="Đồng Nai"),
    F("khoảng 14 triệu", "14", 14e6, "count", "chiếc", approx="about",
      subject="nhu cầu tiêu dùng ấm siêu tốc trong nước", per=Y24),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ lệ nhu cầu trong nước hàng sản xuất trong nước đáp ứng", per=Y24),
    F("đạt 96,4 triệu", "96,4", 96.4e6, "money", "USD",
      change=change("increase", 21.3, "%", "cùng kỳ"), subject="kim ngạch nhập khẩu ấm siêu tốc", per=M11),
    F("tới 78%", "78", 78, "percent", "%",
      subject="tỷ trọng Trung Quốc trong kim ngạch nhập khẩu ấm siêu tốc", per=M11),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="xuất khẩu ấm đun nước điện trong khu vực ASEAN"),
    F("đạt 142 triệu", "142", 142e6, "money", "USD",
      change=change("increase", 1.6, "lần", "cùng kỳ năm 2022"),
      subject="giá trị xuất khẩu ấm đun nước điện", per=M11s),
    F("xử lý 1.215 vụ", "1.215", 1215, "count", "vụ",
      subject="vụ vi phạm về đồ điện gia dụng bị kiểm tra, xử lý", per=Y24b),
    F("186 vụ", "186", 186, "count", "vụ", total=1215,
      subject="vụ vi phạm liên quan đến ấm siêu tốc", per=Y24b),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nội địa hóa của ấm đun nước điện", per=T2030),
    F("khoảng 35-40%", "35", 35, "percent", "%", value_max=40, approx="about",
      subject="tỷ lệ nội địa hóa của ấm đun nước điện"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Ngày đăng: 20/12/2024 | Tác giả: …', copyright and licence footer.",
    "Distractors: 'TCVN 5699-2-15:2013', 'Giấy phép số 187/GP-TTĐT', baseline years 2022/2023, 'Thái Lan và Malaysia' (no numbers).",
    "National figures: location Việt Nam; the 'lần lượt' list gives three figures located in Bình Dương, Bắc Ninh, Đồng Nai, subject the",
    "list's indicator; the list sentence has no status cue (actual) and no period of its own (inherited năm 2024).",
    "'trong đó hàng sản xuất trong nước đáp ứng hơn 60%' is a percent figure of its own. 'riêng Trung Quốc chiếm tới 78%': a trade partner,",
    "location stays Việt Nam; 'tới' is emphasis (exact). 'đứng thứ 3 trong khu vực ASEAN' → rank 3, location Việt Nam, no period ('hiện').",
    "'gấp 1,6 lần cùng kỳ năm 2022' → change +1,6 lần of the export value; year-less '11 tháng' takes 2024.",
    "'trong đó 186 vụ' → total 1.215. 'mục tiêu đến năm 2030 … ít nhất 60%' → target; 'hiện mới khoảng 35-40%' is its own actual clause, no period.",
]

if __name__ == "__main__":
    write("p1550-4", TEXT, NOTES, FIGS, published="2024-12-20", location="Việt Nam")
