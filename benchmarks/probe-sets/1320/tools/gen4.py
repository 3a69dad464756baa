"""p1320-4: ministry site (Bộ NN&PTNT): national cold-storage capacity, losses, fruit exports, cold-chain targets to 2030."""
from lib import F, period, inherited, change, target, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chế biến, thương mại nông sản

Chuỗi cung ứng lạnh: Kho lạnh mới đáp ứng khoảng 60% nhu cầu

18/06/2024 | 14:10 | Cục Chế biến và Phát triển thị trường nông sản

Theo Cục Chế biến và Phát triển thị trường nông sản, cả nước hiện có khoảng 1.380 kho lạnh với tổng sức chứa hơn 1,2 triệu tấn, nhưng mới đáp ứng khoảng 60% nhu cầu bảo quản nông sản, thủy sản. Các địa phương có sức chứa kho lạnh lớn nhất là TP Hồ Chí Minh (khoảng 380.000 tấn), Bình Dương (175.000 tấn), Long An (140.000 tấn) và Cần Thơ (96.000 tấn).

Tỷ lệ tổn thất sau thu hoạch của rau quả hiện ở mức 20-25%, thủy sản 15-20%, cao gấp 2-3 lần các nước phát triển. Chi phí logistics chiếm khoảng 30-40% giá thành nông sản. Về quy mô kho lạnh, Việt Nam đứng thứ 4 khu vực Đông Nam Á, sau Thái Lan, Indonesia và Malaysia.

Năm 2023, kim ngạch xuất khẩu rau quả đạt 5,69 tỷ USD, tăng 68,4% so với năm 2022; trong đó sầu riêng đạt 2,24 tỷ USD, chiếm 39,4%. 5 tháng đầu năm 2024, xuất khẩu rau quả ước đạt 2,84 tỷ USD, tăng 27,3% so với cùng kỳ.

Theo Đề án phát triển chuỗi cung ứng lạnh đối với nông sản giai đoạn 2024-2030 (Quyết định số 1425/QĐ-BNN-CBTTNS), mục tiêu đến năm 2030 tổng sức chứa kho lạnh đạt khoảng 2,5 triệu tấn; tỷ lệ tổn thất sau thu hoạch giảm xuống dưới 10%; ít nhất 30% sản lượng rau quả xuất khẩu được bảo quản, vận chuyển bằng chuỗi lạnh. Dự kiến tổng vốn cần huy động khoảng 45.000 tỷ đồng.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T30 = period("đến năm 2030", end="2030-12-31")

FIGS = [
    F("mới đáp ứng khoảng 60% nhu cầu\n", "60", 60, "percent", "%", approx="about",
      subject="nhu cầu được kho lạnh đáp ứng"),
    F("khoảng 1.380 kho", "1.380", 1380, "count", "kho lạnh", approx="about", subject="kho lạnh"),
    F("hơn 1,2 triệu", "1,2", 1.2e6, "measure", "tấn", approx="over", subject="tổng sức chứa kho lạnh"),
    F("khoảng 60% nhu cầu bảo quản", "60", 60, "percent", "%", approx="about",
      subject="nhu cầu bảo quản nông sản, thủy sản được đáp ứng"),
    F("(khoảng 380.000 tấn)", "380.000", 380000, "measure", "tấn", approx="about",
      subject="sức chứa kho lạnh", location="TP Hồ Chí Minh"),
    F("(175.000 tấn)", "175.000", 175000, "measure", "tấn", subject="sức chứa kho lạnh", location="Bình Dương"),
    F("(140.000 tấn)", "140.000", 140000, "measure", "tấn", subject="sức chứa kho lạnh", location="Long An"),
    F("(96.000 tấn)", "96.000", 96000, "measure", "tấn", subject="sức chứa kho lạnh", location="Cần Thơ"),
    F("mức 20-25%", "20", 20, "percent", "%", value_max=25,
      subject="tỷ lệ tổn thất sau thu hoạch của rau quả"),
    F("thủy sản 15-20%", "15", 15, "percent", "%", value_max=20,
      change=change("increase", 2, "lần", "các nước phát triển"),
      subject="tỷ lệ tổn thất sau thu hoạch của thủy sản"),
    F("khoảng 30-40%", "30", 30, "percent", "%", value_max=40, approx="about",
      subject="chi phí logistics trong giá thành nông sản"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", subject="quy mô kho lạnh"),
    F("đạt 5,69 tỷ", "5,69", 5.69e9, "money", "USD", per=Y23,
      change=change("increase", 68.4, "%", "năm 2022"), subject="kim ngạch xuất khẩu rau quả"),
    F("đạt 2,24 tỷ", "2,24", 2.24e9, "money", "USD", total=5.69e9, percent=39.4, per=Y23,
      subject="kim ngạch xuất khẩu sầu riêng"),
    F("ước đạt 2,84 tỷ", "2,84", 2.84e9, "money", "USD", status="estimate", per=M5,
      change=change("increase", 27.3, "%", "cùng kỳ"), subject="xuất khẩu rau quả"),
    F("khoảng 2,5 triệu", "2,5", 2.5e6, "measure", "tấn", approx="about", status="target", per=T30,
      subject="tổng sức chứa kho lạnh"),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", status="target", per=T30,
      subject="tỷ lệ tổn thất sau thu hoạch"),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target", per=T30,
      subject="sản lượng rau quả xuất khẩu được bảo quản, vận chuyển bằng chuỗi lạnh"),
    F("khoảng 45.000 tỷ", "45.000", 45000e9, "money", "đồng", approx="about", status="forecast",
      per=inherited(T30), subject="tổng vốn cần huy động"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '18/06/2024 | 14:10 | Cục Chế biến và Phát triển thị trường nông sản', address footer.",
    "Distractors: 14:10, 'giai đoạn 2024-2030' in the plan's name, Quyết định số 1425/QĐ-BNN-CBTTNS, 'Số 2 Ngọc Hà', baselines 'năm 2022', 'cùng kỳ'.",
    "National figures: location Việt Nam; the list of provinces with the largest capacity gives each item its province as location.",
    "'mới đáp ứng khoảng 60% nhu cầu': 'đáp ứng' is not a share cue of the contract, so 60% is a percent figure of its own (headline and body).",
    "'thủy sản 15-20%, cao gấp 2-3 lần các nước phát triển': the comparison attaches to the figure before it as a change (lần, lower end 2). Borderline.",
    "'đứng thứ 4 khu vực Đông Nam Á': rank of Việt Nam. 'trong đó sầu riêng đạt 2,24 tỷ USD, chiếm 39,4%' → total 5,69 tỷ, percent 39,4.",
    "'mục tiêu đến năm 2030' governs the three ';' clauses; 'Dự kiến' → forecast, period inherited from the previous sentence.",
]

if __name__ == "__main__":
    write("p1320-4", TEXT, NOTES, FIGS, published="2024-06-18", location="Việt Nam")
