"""p681-1: Quảng Trị province portal — base salary 1/7/2024, staff by sector, funding need and sources for H2/2024."""
import sys
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Quảng Trị: Hơn 41.000 người hưởng lương từ ngân sách được tăng lương cơ sở
Cập nhật: 16/07/2024 08:45 | Lượt xem: 3.152

Từ ngày 1/7/2024, theo Nghị định số 73/2024/NĐ-CP của Chính phủ, mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang tăng từ 1.800.000 đồng/tháng lên 2.340.000 đồng/tháng, tăng 30%.

Theo Sở Nội vụ, toàn tỉnh có 41.286 người hưởng lương từ ngân sách nhà nước thuộc diện điều chỉnh, trong đó khối giáo dục - đào tạo 21.540 người, chiếm 52,2%; khối y tế 5.318 người; khối quản lý nhà nước 4.027 người; cán bộ, công chức cấp xã 3.361 người. Ngoài ra, 6.850 người hoạt động không chuyên trách ở cấp xã, thôn, khu phố cũng được điều chỉnh mức phụ cấp.

Sở Tài chính cho biết, tổng nhu cầu kinh phí tăng thêm để thực hiện mức lương cơ sở mới trong 6 tháng cuối năm 2024 của tỉnh khoảng 412 tỷ đồng. Nguồn thực hiện gồm: nguồn cải cách tiền lương năm trước chuyển sang 286,5 tỷ đồng; 10% tiết kiệm chi thường xuyên dự toán năm 2024 là 58 tỷ đồng; 40% số thu được để lại của các đơn vị sự nghiệp công lập 37,2 tỷ đồng. Như vậy, tỉnh còn thiếu hơn 30 tỷ đồng và đã có văn bản đề nghị Bộ Tài chính hỗ trợ.

Cùng với tăng lương cơ sở, lương hưu, trợ cấp bảo hiểm xã hội hằng tháng của khoảng 9.400 người trên địa bàn được điều chỉnh tăng 15%; người có công với cách mạng được áp dụng mức chuẩn trợ cấp mới 2.789.000 đồng/tháng.

Mọi thắc mắc xin liên hệ Sở Nội vụ, số 8 Hùng Vương, TP Đông Hà, điện thoại 0233.3852.416.
"""

H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")

FIGS = [
    F("Hơn 41.000 người", "41.000", 41000, "count", "người",
      "người hưởng lương từ ngân sách được tăng lương cơ sở", approx="over"),
    F("tăng từ 1.800.000 đồng/tháng", "1.800.000", 1800000, "money", "đồng/tháng",
      "mức lương cơ sở trước điều chỉnh", optional=True),
    F("lên 2.340.000 đồng/tháng", "2.340.000", 2340000, "money", "đồng/tháng",
      "mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang",
      change=CH("increase", 30)),
    F("có 41.286 người", "41.286", 41286, "count", "người",
      "người hưởng lương từ ngân sách nhà nước thuộc diện điều chỉnh"),
    F("đào tạo 21.540 người", "21.540", 21540, "count", "người",
      "người hưởng lương khối giáo dục - đào tạo", total=41286, percent=52.2),
    F("y tế 5.318 người", "5.318", 5318, "count", "người",
      "người hưởng lương khối y tế", total=41286),
    F("nhà nước 4.027 người", "4.027", 4027, "count", "người",
      "người hưởng lương khối quản lý nhà nước", total=41286),
    F("cấp xã 3.361 người", "3.361", 3361, "count", "người",
      "cán bộ, công chức cấp xã", total=41286),
    F("Ngoài ra, 6.850 người", "6.850", 6850, "count", "người",
      "người hoạt động không chuyên trách ở cấp xã, thôn, khu phố được điều chỉnh mức phụ cấp"),
    F("khoảng 412 tỷ đồng", "412", 412e9, "money", "đồng",
      "tổng nhu cầu kinh phí tăng thêm để thực hiện mức lương cơ sở mới", H2, approx="about"),
    F("chuyển sang 286,5 tỷ đồng", "286,5", 286.5e9, "money", "đồng",
      "nguồn cải cách tiền lương năm trước chuyển sang"),
    F("; 10% tiết kiệm chi", "10", 10, "percent", "%",
      "tỷ lệ tiết kiệm chi thường xuyên dành cho cải cách tiền lương", optional=True),
    F("năm 2024 là 58 tỷ đồng", "58", 58e9, "money", "đồng",
      "10% tiết kiệm chi thường xuyên dự toán", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("; 40% số thu", "40", 40, "percent", "%",
      "tỷ lệ số thu được để lại dành cho cải cách tiền lương", optional=True),
    F("công lập 37,2 tỷ đồng", "37,2", 37.2e9, "money", "đồng",
      "40% số thu được để lại của các đơn vị sự nghiệp công lập"),
    F("thiếu hơn 30 tỷ đồng", "30", 30e9, "money", "đồng",
      "kinh phí thực hiện mức lương cơ sở mới tỉnh còn thiếu", I(H2), approx="over"),
    F("khoảng 9.400 người", "9.400", 9400, "count", "người",
      "người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", approx="about"),
    F("điều chỉnh tăng 15%", "15", 15, "percent", "%",
      "mức điều chỉnh tăng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng"),
    F("mới 2.789.000 đồng/tháng", "2.789.000", 2789000, "money", "đồng/tháng",
      "mức chuẩn trợ cấp người có công với cách mạng"),
]

COMMENTS = [
    "Quảng Trị provincial portal: mức lương cơ sở 2.340.000 đồng/tháng từ 1/7/2024; people by sector; need and sources for 6 tháng cuối năm 2024.",
    "Distractors: Nghị định số 73/2024/NĐ-CP, 'Lượt xem: 3.152', address 'số 8 Hùng Vương', phone 0233.3852.416, effective date 1/7/2024.",
    "'từ 1.800.000 … lên 2.340.000 …, tăng 30%': the old level is optional (cf. shared 001 'vị trí số 13 năm 2019'); the 30% is the change of the new level.",
    "The effective date 'Từ ngày 1/7/2024' opens a span with no end: no period given (unscored).",
    "Sources after 'Nguồn thực hiện gồm:' are not parts of the 412 tỷ need (the cue follows no figure; sources are not the need): no total.",
    "'10% tiết kiệm chi', '40% số thu được để lại' name the statutory sources: optional.",
    "'lương hưu … của khoảng 9.400 người … tăng 15%': the 15% is the pension increase, not a change of the head count: its own percent figure.",
    "'hơn 30 tỷ' shortfall inherits '6 tháng cuối năm 2024' from the previous sentence (unscored); 286,5 / 37,2 tỷ have no stated period.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Quảng Trị") else 1)
