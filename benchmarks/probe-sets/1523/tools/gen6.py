"""p1523-6: ministry site (Bộ Công Thương / Tổng cục Quản lý thị trường): inspections of school supplies, summer 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Quản lý thị trường

Gần 1.900 vụ vi phạm về đồ dùng học tập bị xử lý trong hai tháng hè

Ngày đăng: 09/09/2024 | 16:05 | Tổng cục Quản lý thị trường

Thực hiện Kế hoạch số 1459/KH-TCQLTT, từ ngày 1/7 đến ngày 31/8/2024, lực lượng quản lý thị trường cả nước đã kiểm tra 2.135 vụ việc liên quan đến kinh doanh sách giáo khoa, đồ dùng học tập, phát hiện và xử lý 1.874 vụ vi phạm, chiếm 87,8% số vụ kiểm tra. Tổng số tiền xử phạt hành chính và trị giá hàng hóa vi phạm hơn 5,6 tỷ đồng, tăng 23% so với cùng kỳ năm 2023.

Lực lượng chức năng đã tạm giữ 286.400 sản phẩm vi phạm, trong đó bút chì 148.000 chiếc, tẩy 63.500 chiếc và gọt bút chì 21.700 chiếc không rõ nguồn gốc, không ghi nhãn tiếng Việt. Địa phương phát hiện nhiều vụ vi phạm nhất là Hà Nội với 312 vụ, tiếp đến là TP Hồ Chí Minh 268 vụ, Thanh Hóa 97 vụ.

Trong số 45 mẫu bút chì, tẩy được lấy gửi giám định, có 6 mẫu bút chì màu có hàm lượng chì trong lớp sơn vượt giới hạn cho phép từ 2 đến 4 lần. Tổng cục đã chuyển cơ quan điều tra 3 vụ có dấu hiệu tội phạm.

Trong tháng 9, mục tiêu là 100% cơ sở kinh doanh đồ dùng học tập xung quanh trường học được tuyên truyền, ký cam kết không kinh doanh hàng giả, hàng không rõ nguồn gốc. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 1800.1234.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

SUMMER = per("từ ngày 1/7 đến ngày 31/8/2024", "2024-07-01", "2024-08-31")
SEP = per("Trong tháng 9", "2024-09-01", "2024-09-30")

FIGS = [
    fig("Gần 1.900 vụ", "1.900", 1900, "count", "vụ", approx="nearly",
        subject="vụ vi phạm về đồ dùng học tập bị xử lý", period=inh(SUMMER)),
    fig("kiểm tra 2.135 vụ", "2.135", 2135, "count", "vụ việc",
        subject="vụ việc liên quan đến kinh doanh sách giáo khoa, đồ dùng học tập được kiểm tra", period=SUMMER),
    fig("xử lý 1.874 vụ", "1.874", 1874, "count", "vụ", percent=87.8,
        subject="vụ vi phạm phát hiện và xử lý", period=SUMMER),
    fig("hơn 5,6 tỷ", "5,6", 5.6e9, "money", "đồng", approx="over",
        change=chg("increase", 23, "%", "cùng kỳ năm 2023"),
        subject="tổng số tiền xử phạt hành chính và trị giá hàng hóa vi phạm", period=inh(SUMMER)),
    fig("giữ 286.400 sản phẩm", "286.400", 286400, "count", "sản phẩm",
        subject="sản phẩm vi phạm tạm giữ", period=inh(SUMMER)),
    fig("bút chì 148.000 chiếc", "148.000", 148000, "count", "chiếc", total=286400,
        subject="bút chì", period=inh(SUMMER)),
    fig("tẩy 63.500 chiếc", "63.500", 63500, "count", "chiếc", total=286400,
        subject="tẩy", period=inh(SUMMER)),
    fig("gọt bút chì 21.700 chiếc", "21.700", 21700, "count", "chiếc", total=286400,
        subject="gọt bút chì", period=inh(SUMMER)),
    fig("với 312 vụ", "312", 312, "count", "vụ", subject="vụ vi phạm",
        period=inh(SUMMER), location="Hà Nội"),
    fig("Minh 268 vụ", "268", 268, "count", "vụ", subject="vụ vi phạm",
        period=inh(SUMMER), location="TP Hồ Chí Minh"),
    fig("Hóa 97 vụ", "97", 97, "count", "vụ", subject="vụ vi phạm",
        period=inh(SUMMER), location="Thanh Hóa"),
    fig("số 45 mẫu", "45", 45, "count", "mẫu", subject="mẫu bút chì, tẩy được lấy gửi giám định", period=inh(SUMMER)),
    fig("có 6 mẫu", "6", 6, "count", "mẫu", total=45,
        subject="mẫu bút chì màu có hàm lượng chì trong lớp sơn vượt giới hạn cho phép", period=inh(SUMMER)),
    fig("từ 2 đến 4 lần", "2", 2, "multiple", "lần", value_max=4,
        subject="hàm lượng chì trong lớp sơn vượt giới hạn cho phép"),
    fig("điều tra 3 vụ", "3", 3, "count", "vụ", subject="vụ có dấu hiệu tội phạm chuyển cơ quan điều tra", period=inh(SUMMER)),
    fig("là 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh đồ dùng học tập xung quanh trường học được tuyên truyền", period=SEP),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, 'Ngày đăng: 09/09/2024 | 16:05 | Tổng cục Quản lý thị trường', copyright, address and phone footer.",
    "Distractors: 'Kế hoạch số 1459/KH-TCQLTT', dates 1/7 and 31/8/2024, 16:05, hotline 1800.1234, '54 Hai Bà Trưng', 024.2220.2108, 'hai tháng hè' (a duration).",
    "National figures (Việt Nam) except the list 'Hà Nội với 312 vụ, tiếp đến là TP Hồ Chí Minh 268 vụ, Thanh Hóa 97 vụ' (items carry their place).",
    "Headline 'Gần 1.900 vụ' restates 1.874 (nearly): its period stands in the body (inherited). 'chiếm 87,8% số vụ kiểm tra' is the percent attribute of 1.874 (no part-of cue, so no total).",
    "Parts after 'trong đó' (bút chì, tẩy, gọt bút chì in chiếc) take the whole 286.400 sản phẩm: the items are the products counted, and they do not need to add up after 'trong đó'.",
    "'Trong số 45 mẫu ..., có 6 mẫu': total 45. 'vượt giới hạn cho phép từ 2 đến 4 lần' has no base amount: a multiple (range) of its own.",
    "'Trong tháng 9, mục tiêu là 100%': target, September 2024 (year of the nearest earlier date).",
]

if __name__ == "__main__":
    write("p1523-6", TEXT, NOTES, FIGS, published="2024-09-09", location="Việt Nam")
