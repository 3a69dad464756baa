"""p632-8: provincial newspaper (Báo Lào Cai style, 'HOÀNG THU 07:15, 21/11/2023'), vùng dược liệu Lào Cai."""
from lib import F, P, CH, emit

TEXT = """Kinh tế | Nông nghiệp

Lào Cai phát triển vùng dược liệu gần 4.000 ha

HOÀNG THU 07:15, 21/11/2023

Đến nay, tổng diện tích trồng dược liệu toàn tỉnh đạt 3.912 ha, đạt 97,8% kế hoạch năm 2023, tăng 426 ha so với năm 2022. Các huyện có diện tích lớn là Bát Xát (1.105 ha), Sa Pa (896 ha), Bắc Hà (742 ha) và Si Ma Cai (518 ha).

Các loài chủ lực gồm actiso, đương quy, xuyên khung, tam thất, cát cánh. Năng suất đương quy bình quân đạt 12-15 tấn/ha, mang lại thu nhập từ 180 đến 250 triệu đồng/ha/năm. Thu nhập này cao gấp 3 lần so với trồng ngô trên cùng diện tích.

Toàn tỉnh hiện có 6 doanh nghiệp, 14 hợp tác xã liên kết sản xuất, chế biến dược liệu; 3 sản phẩm từ dược liệu được công nhận OCOP 4 sao. Tại thị xã Sa Pa, Công ty Cổ phần Dược liệu Sao Đỏ (tổ 5, phường Sa Pa) đã đầu tư nhà máy chế biến công suất 1.200 tấn nguyên liệu/năm.

Năm 2023, sản lượng dược liệu thu hoạch ước đạt 16.450 tấn, giá trị khoảng 212 tỷ đồng. Tỉnh đã hỗ trợ 5,6 tỷ đồng cho người dân mua giống, phân bón theo Nghị quyết số 10/2021/NQ-HĐND.

Ông Lù Văn Sính, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết mục tiêu đến năm 2025 diện tích dược liệu của tỉnh đạt 5.000 ha, trong đó 1.500 ha đạt chuẩn GACP-WHO; giá trị sản xuất dược liệu đạt trên 350 tỷ đồng/năm.

Bình luận (0)
"""

NOW = P("Đến nay", None, "2023-11-21")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NOWi = P("Đến nay", None, "2023-11-21", inherited=True)
AREA = "diện tích trồng dược liệu"

FIGS = [
    F("gần 4.000 ha", "4.000", 4000, "measure", "ha", approx="nearly", subject="diện tích vùng dược liệu"),
    F("đạt 3.912 ha", "3.912", 3912, "measure", "ha", percent=97.8,
      change=CH("increase", 426, unit="ha", baseline="năm 2022"),
      subject="tổng diện tích trồng dược liệu toàn tỉnh", period=NOW),
    F("Bát Xát (1.105 ha)", "1.105", 1105, "measure", "ha", subject=AREA, period=NOWi, location="Bát Xát"),
    F("Sa Pa (896 ha)", "896", 896, "measure", "ha", subject=AREA, period=NOWi, location="Sa Pa"),
    F("Bắc Hà (742 ha)", "742", 742, "measure", "ha", subject=AREA, period=NOWi, location="Bắc Hà"),
    F("Si Ma Cai (518 ha)", "518", 518, "measure", "ha", subject=AREA, period=NOWi, location="Si Ma Cai"),
    F("đạt 12-15 tấn/ha", "12", 12, "measure", "tấn/ha", value_max=15, subject="năng suất đương quy bình quân"),
    F("từ 180 đến 250", "180", 180e6, "money", "đồng/ha/năm", value_max=250e6,
      subject="thu nhập từ trồng đương quy"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", subject="thu nhập trồng đương quy so với trồng ngô"),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp liên kết sản xuất, chế biến dược liệu"),
    F("14 hợp tác xã", "14", 14, "count", "hợp tác xã", subject="hợp tác xã liên kết sản xuất, chế biến dược liệu"),
    F("3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm từ dược liệu được công nhận OCOP 4 sao"),
    F("suất 1.200 tấn", "1.200", 1200, "measure", "tấn nguyên liệu/năm",
      subject="công suất nhà máy chế biến dược liệu", location="Sa Pa"),
    F("ước đạt 16.450 tấn", "16.450", 16450, "measure", "tấn", status="estimate",
      subject="sản lượng dược liệu thu hoạch", period=Y23),
    F("khoảng 212 tỷ", "212", 212e9, "money", "đồng", approx="about", status="estimate",
      subject="giá trị sản lượng dược liệu thu hoạch", period=Y23),
    F("hỗ trợ 5,6 tỷ", "5,6", 5.6e9, "money", "đồng",
      subject="kinh phí hỗ trợ người dân mua giống, phân bón"),
    F("đạt 5.000 ha", "5.000", 5000, "measure", "ha", status="target", subject="diện tích dược liệu của tỉnh",
      period=T25),
    F("đó 1.500 ha", "1.500", 1500, "measure", "ha", total=5000, status="target",
      subject="diện tích dược liệu đạt chuẩn GACP-WHO", period=T25),
    F("trên 350 tỷ", "350", 350e9, "money", "đồng/năm", approx="over", status="target",
      subject="giá trị sản xuất dược liệu", period=T25),
]

COMMENTS = [
    "Provincial newspaper (Báo Lào Cai style): byline with time and date 'HOÀNG THU 07:15, 21/11/2023' → published. Location Lào Cai.",
    "'Đến nay' → start null, end at the dateline. '3.912 ha, đạt 97,8% kế hoạch năm 2023, tăng 426 ha' → percent + change (ha).",
    "District list in brackets (no cue, does not add up) → no total; each item a figure with its district as location.",
    "'cao gấp 3 lần' stands alone in its own sentence → multiple. Sa Pa factory capacity → location Sa Pa (thị xã).",
    "'ước đạt … giá trị khoảng 212 tỷ' → estimate continued into the same clause. 'trên 350 tỷ đồng/năm' target money rate.",
    "Distractors: 'OCOP 4 sao' (a rating level, like 'mức độ 3'), 'tổ 5', 'Nghị quyết số 10/2021/NQ-HĐND', 'Bình luận (0)'.",
]

if __name__ == "__main__":
    emit("p632-8", TEXT, COMMENTS, FIGS, published="2023-11-21", location="Lào Cai")
