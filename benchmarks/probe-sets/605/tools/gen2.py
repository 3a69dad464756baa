"""p605-2: district portal, huyện Yên Thành (Nghệ An) — 9-month 2024 collection, participants, debts, pensions, Q4 targets."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Tin tức / Lao động - Xã hội

BHXH huyện Yên Thành: 9 tháng thu đạt 78,4% kế hoạch

Thứ Năm, 10/10/2024 - 09:45

Chiều ngày 8/10, BHXH huyện Yên Thành tổ chức hội nghị sơ kết công tác 9 tháng năm 2024. Theo báo cáo, tổng số thu BHXH, BHYT, BHTN 9 tháng ước đạt 186,7 tỷ đồng, đạt 78,4% kế hoạch BHXH tỉnh giao, tăng 9,2% so với cùng kỳ năm trước.

Tính đến 30/9/2024, toàn huyện có 14.826 người tham gia BHXH, trong đó BHXH tự nguyện 6.915 người, tăng 1.204 người so với đầu năm. Số người tham gia BHYT là 268.430 người, đạt tỷ lệ bao phủ 94,7% dân số. Các xã có số người tham gia BHXH tự nguyện tăng thêm nhiều nhất là Hợp Thành (312 người), Đô Thành (287 người) và Tăng Thành (254 người).

Tuy vậy, nợ đóng kéo dài vẫn là điểm nghẽn: 47 đơn vị còn nợ với số tiền 5,83 tỷ đồng, trong đó riêng Công ty TNHH May 19/5 nợ 2,1 tỷ đồng.

Trong 9 tháng, toàn huyện đã chi trả lương hưu và trợ cấp BHXH hằng tháng cho 9.340 người với số tiền 412,5 tỷ đồng; giải quyết cho 1.062 người hưởng BHXH một lần.

Quý IV, BHXH huyện phấn đấu phát triển thêm 1.500 người tham gia BHXH tự nguyện, giảm tỷ lệ nợ xuống dưới 2% số phải thu.

Nguyễn Hoài (BHXH huyện Yên Thành)

Trụ sở: Khối 5 (Quốc lộ 7A), thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. ĐT: 0238.3863.215
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("thu đạt 78,4% kế hoạch", "78,4", 78.4, "percent", "%", "số thu so với kế hoạch", M9),
    F("ước đạt 186,7 tỷ đồng", "186,7", 186.7e9, "money", "đồng", "tổng số thu BHXH, BHYT, BHTN", M9,
      percent=78.4, change=CH("increase", 9.2, baseline="cùng kỳ năm trước"), status="estimate"),
    F("có 14.826 người", "14.826", 14826, "count", "người", "người tham gia BHXH", ASOF),
    F("tự nguyện 6.915 người", "6.915", 6915, "count", "người", "người tham gia BHXH tự nguyện", ASOF,
      total=14826, change=CH("increase", 1204, unit="người", baseline="đầu năm")),
    F("là 268.430 người", "268.430", 268430, "count", "người", "người tham gia BHYT", I(ASOF), percent=94.7),
    F("Hợp Thành (312 người)", "312", 312, "count", "người", "người tham gia BHXH tự nguyện tăng thêm", I(ASOF)),
    F("Đô Thành (287 người)", "287", 287, "count", "người", "người tham gia BHXH tự nguyện tăng thêm", I(ASOF)),
    F("Tăng Thành (254 người)", "254", 254, "count", "người", "người tham gia BHXH tự nguyện tăng thêm", I(ASOF)),
    F("47 đơn vị còn nợ", "47", 47, "count", "đơn vị", "đơn vị nợ đóng kéo dài", I(ASOF)),
    F("tiền 5,83 tỷ đồng", "5,83", 5.83e9, "money", "đồng", "số tiền nợ đóng", I(ASOF)),
    F("nợ 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "số tiền nợ đóng của Công ty TNHH May 19/5", I(ASOF), total=5.83e9),
    F("cho 9.340 người", "9.340", 9340, "count", "người", "người được chi trả lương hưu và trợ cấp BHXH hằng tháng", M9),
    F("tiền 412,5 tỷ đồng", "412,5", 412.5e9, "money", "đồng", "số tiền chi trả lương hưu và trợ cấp BHXH hằng tháng", M9),
    F("cho 1.062 người", "1.062", 1062, "count", "người", "người hưởng BHXH một lần", M9),
    F("thêm 1.500 người", "1.500", 1500, "count", "người", "người tham gia BHXH tự nguyện phát triển thêm", Q4, status="target"),
    F("dưới 2% số phải thu", "2", 2, "percent", "%", "tỷ lệ nợ", Q4, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): BHXH huyện sơ kết 9 tháng 2024 — collection vs plan, participants at 30/9, debts, pensions, Q4 targets.",
    "Dateline 'Thứ Năm, 10/10/2024 - 09:45'; byline at the end. Distractors: 'Chiều ngày 8/10', 'Công ty TNHH May 19/5' (a name), 'Khối 5', 'Quốc lộ 7A', phone.",
    "Headline '9 tháng thu đạt 78,4% kế hoạch': a percent figure of its own (no 'ước' in the headline: actual); its '9 tháng' takes the dateline's year.",
    "'tăng 1.204 người so với đầu năm' is the change of the 6.915 (the figure it follows). Commune items keep the district as location",
    "(FIGURES.md: location is a province, city or district; revised after the first run, was the commune).",
    "'Quý IV' takes 2024 from the earlier dates. 2,1 tỷ is part of 5,83 tỷ (trong đó).",
]

if __name__ == "__main__":
    emit("p605-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Yên Thành")
