"""p514-2: huyện Thạch Hà (Hà Tĩnh) district portal — labour export and domestic jobs, first half of 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ
Trang chủ | Tin tức - Sự kiện | Lao động - Xã hội

Thạch Hà: 6 tháng đầu năm có 742 lao động đi làm việc ở nước ngoài

Thứ Năm, 11/07/2024 - 16:05

6 tháng đầu năm 2024, toàn huyện có 742 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 61,8% kế hoạch năm (kế hoạch 1.200 lao động), tăng 95 người so với cùng kỳ năm 2023. Trong số này, lao động đi thị trường Nhật Bản là 405 người, Hàn Quốc theo chương trình EPS là 118 người; lao động nữ chiếm 38,5%.

Các xã có đông lao động xuất cảnh là Thạch Kênh (64 người), Việt Tiến (57 người) và Thạch Liên (49 người). Thu nhập của lao động ở nước ngoài bình quân 25-30 triệu đồng/người/tháng; mỗi năm lao động gửi về địa phương hơn 15 triệu USD.

Ngân hàng CSXH huyện đã cho 236 lượt hộ vay vốn đi xuất khẩu lao động với tổng dư nợ 23,6 tỷ đồng; mức cho vay tối đa 100 triệu đồng/lao động.

Về giải quyết việc làm trong nước, 6 tháng qua huyện đã tạo việc làm mới cho 1.356 lao động, đạt 56,5% kế hoạch; Trung tâm GDNN-GDTX huyện phối hợp tổ chức 4 phiên tư vấn, tuyển dụng với gần 900 lượt người tham gia.

Phấn đấu đến hết năm 2024, tỷ lệ lao động qua đào tạo toàn huyện đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 28%.

Hồng Nhung (Phòng LĐ-TB&XH huyện)

Địa chỉ: Khối 7, thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh - ĐT: 0239.3845.112
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
END24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("đầu năm có 742 lao động", "742", 742, "count", "lao động",
      "lao động đi làm việc ở nước ngoài", P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("huyện có 742 lao động", "742", 742, "count", "lao động",
      "lao động đi làm việc ở nước ngoài theo hợp đồng", H1,
      percent=61.8, change=CH("increase", 95, "người", "cùng kỳ năm 2023"), target=TG(1200, "lao động")),
    F("Nhật Bản là 405 người", "405", 405, "count", "người",
      "lao động đi thị trường Nhật Bản", I(H1), total=742),
    F("EPS là 118 người", "118", 118, "count", "người",
      "lao động đi Hàn Quốc theo chương trình EPS", I(H1), total=742),
    F("nữ chiếm 38,5%", "38,5", 38.5, "percent", "%",
      "lao động nữ", I(H1)),
    F("Thạch Kênh (64 người)", "64", 64, "count", "người",
      "lao động xuất cảnh xã Thạch Kênh", I(H1)),
    F("Việt Tiến (57 người)", "57", 57, "count", "người",
      "lao động xuất cảnh xã Việt Tiến", I(H1)),
    F("Thạch Liên (49 người)", "49", 49, "count", "người",
      "lao động xuất cảnh xã Thạch Liên", I(H1)),
    F("bình quân 25-30 triệu", "25", 25e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động ở nước ngoài", value_max=30e6),
    F("hơn 15 triệu USD", "15", 15e6, "money", "USD",
      "tiền lao động gửi về địa phương mỗi năm", approx="over"),
    F("cho 236 lượt hộ", "236", 236, "count", "lượt hộ",
      "lượt hộ vay vốn đi xuất khẩu lao động"),
    F("dư nợ 23,6 tỷ đồng", "23,6", 23.6e9, "money", "đồng",
      "tổng dư nợ cho vay đi xuất khẩu lao động"),
    F("tối đa 100 triệu đồng/lao động", "100", 100e6, "money", "đồng/lao động",
      "mức cho vay", approx="at_most"),
    F("cho 1.356 lao động", "1.356", 1356, "count", "lao động",
      "lao động được tạo việc làm mới trong nước", P("6 tháng qua", "2024-01-01", "2024-06-30"), percent=56.5),
    F("tổ chức 4 phiên", "4", 4, "count", "phiên",
      "phiên tư vấn, tuyển dụng", I(H1)),
    F("gần 900 lượt người", "900", 900, "count", "lượt người",
      "lượt người tham gia phiên tư vấn, tuyển dụng", I(H1), approx="nearly"),
    F("toàn huyện đạt 70%", "70", 70, "percent", "%",
      "tỷ lệ lao động qua đào tạo", END24, status="target"),
    F("chứng chỉ đạt 28%", "28", 28, "percent", "%",
      "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", END24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Hà (Hà Tĩnh): xuất khẩu lao động và việc làm 6 tháng đầu năm 2024. District portal, weekday dateline",
    "'Thứ Năm, 11/07/2024 - 16:05' after the headline, byline at the end. Distractors: 'Khối 7', phone 0239.3845.112.",
    "Location: the district (Thạch Hà) throughout. Commune items (Thạch Kênh, Việt Tiến, Thạch Liên): FIGURES.md gives location",
    "only to a province, city or district, so the commune stays in the subject and the location is the district.",
    "revised after the first run: the commune items first had the commune as location (a choice the spec's wording does not",
    "support); '38,5%' subject cut to 'lao động nữ' (the subject as the sentence names it, cf. shared h14 trong đó parts).",
    "742 'đạt 61,8% kế hoạch năm (kế hoạch 1.200 lao động)': percent 61.8, target 1200 (met left null: half-year progress); 'tăng 95 người' is its change.",
    "'Trong số này' = 'trong số N': 405 and 118 are parts of the 742. 'lao động nữ chiếm 38,5%' is a percent figure of its own.",
    "Headline '6 tháng đầu năm' takes the year of the dateline (2024). 'đến hết năm 2024' is an as-of end (start null).",
]

if __name__ == "__main__":
    emit("p514-2", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Thạch Hà")
