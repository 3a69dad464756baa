from lib import F, P, C, T, build

TEXT = """NGÂN HÀNG CHÍNH SÁCH XÃ HỘI - CHI NHÁNH TỈNH HÀ TĨNH
Tin hoạt động

Hà Tĩnh: Nguồn vốn ngân sách địa phương ủy thác qua NHCSXH tăng mạnh

Thực hiện Chỉ thị số 40-CT/TW của Ban Bí thư, các cấp ủy, chính quyền tỉnh Hà Tĩnh đã quan tâm bố trí ngân sách ủy thác qua Chi nhánh NHCSXH tỉnh để cho vay hộ nghèo và các đối tượng chính sách.

Tính đến 30/9/2024, tổng nguồn vốn ngân sách địa phương ủy thác đạt 623,5 tỷ đồng, tăng 71,2 tỷ đồng so với đầu năm, gấp 2,4 lần so với năm 2020. Trong đó, ngân sách tỉnh 402,8 tỷ đồng, ngân sách cấp huyện 205,6 tỷ đồng, ngân sách cấp xã 15,1 tỷ đồng.

Nguồn vốn ủy thác của một số huyện, thị xã (đơn vị tính: tỷ đồng):
Đơn vị
31/12/2023
30/9/2024
Kỳ Anh
21,4
27,9
Hương Sơn
18,7
23,2
Cẩm Xuyên
17,3
20,5
Thạch Hà
15,2
19,8
Hồng Lĩnh
6,9
8,4

Từ nguồn vốn ủy thác, từ đầu năm đến nay, chi nhánh đã cho vay 2.186 lượt khách hàng với doanh số 118,6 tỷ đồng, chủ yếu cho vay giải quyết việc làm (chiếm 64%) và hộ nghèo, hộ cận nghèo. Hiện có 7.420 khách hàng đang thụ hưởng vốn ủy thác địa phương.

Kế hoạch năm 2024, các cấp ngân sách bố trí thêm 85 tỷ đồng; tính đến ngày 30/9, đã chuyển sang ngân hàng 71,2 tỷ đồng, đạt 83,8% kế hoạch. Giai đoạn 2021-2025, Hà Tĩnh phấn đấu nguồn vốn ủy thác địa phương chiếm ít nhất 10% tổng nguồn vốn của chi nhánh.

Mọi chi tiết liên hệ: Phòng Kế hoạch nghiệp vụ, số 02 đường Hà Huy Tập, TP Hà Tĩnh; ĐT: 0239.3856.789.

Minh Châu
21/10/2024
"""

HEADER = """Branch site (NHCSXH chi nhánh Hà Tĩnh), byline and bare date '21/10/2024' at the end (the article's own date).
One-cell-per-line table with '(đơn vị tính: tỷ đồng)': row labels are districts/towns (location), the column headers are as-of dates
(periods, scored: start null); subject = the table caption's indicator. Distractors: Chỉ thị số 40-CT/TW, address 'số 02 đường Hà Huy Tập',
phone 0239.3856.789, 'năm 2020' as a baseline. 623,5 tỷ: change +71,2 tỷ (so với đầu năm); 'gấp 2,4 lần so với năm 2020' is a second change:
optional multiple figure. 'Trong đó' parts have total 623,5 tỷ. '(chiếm 64%)' is the share of an unquantified part (giải quyết việc làm) in
the 118,6 tỷ, so it is a percent figure of its own, not 118,6 tỷ's percent. 71,2 tỷ 'đạt 83,8% kế hoạch' → percent 83.8; the plan (85 tỷ)
stands as its own target figure, so it is not repeated as 71,2's target. 'tính đến ngày 30/9' takes the year 2024."""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến 30/9/2024", None, "2024-09-30", inherited=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-21")
S = "nguồn vốn ủy thác"

ROWS = [("Kỳ Anh", "21,4", "27,9"), ("Hương Sơn", "18,7", "23,2"), ("Cẩm Xuyên", "17,3", "20,5"),
        ("Thạch Hà", "15,2", "19,8"), ("Hồng Lĩnh", "6,9", "8,4")]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("đạt 623,5 tỷ đồng", "623,5", 623.5e9, "money", "đồng", "tổng nguồn vốn ngân sách địa phương ủy thác",
      change=C("increase", 71.2e9, "đồng", "đầu năm"), period=AS),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "tổng nguồn vốn ngân sách địa phương ủy thác so với năm 2020",
      optional=True),
    F("tỉnh 402,8 tỷ đồng", "402,8", 402.8e9, "money", "đồng", "ngân sách tỉnh ủy thác", total=623.5e9, period=ASi),
    F("huyện 205,6 tỷ đồng", "205,6", 205.6e9, "money", "đồng", "ngân sách cấp huyện ủy thác", total=623.5e9, period=ASi),
    F("xã 15,1 tỷ đồng", "15,1", 15.1e9, "money", "đồng", "ngân sách cấp xã ủy thác", total=623.5e9, period=ASi),
]
for place, a, b in ROWS:
    FIGS += [
        F(f"{place}\n{a}\n", a, num(a) * 1e9, "money", "đồng", S, location=place,
          period=P("31/12/2023", None, "2023-12-31")),
        F(f"{a}\n{b}\n", b, num(b) * 1e9, "money", "đồng", S, location=place,
          period=P("30/9/2024", None, "2024-09-30")),
    ]
FIGS += [
    F("2.186 lượt khách hàng", "2.186", 2186, "count", "lượt khách hàng", "lượt khách hàng được cho vay từ nguồn vốn ủy thác",
      period=YTD),
    F("doanh số 118,6 tỷ đồng", "118,6", 118.6e9, "money", "đồng", "doanh số cho vay từ nguồn vốn ủy thác", period=YTD),
    F("(chiếm 64%)", "64", 64, "percent", "%", "cho vay giải quyết việc làm", period=YTD),
    F("7.420 khách hàng", "7.420", 7420, "count", "khách hàng", "khách hàng đang thụ hưởng vốn ủy thác địa phương"),
    F("thêm 85 tỷ đồng", "85", 85e9, "money", "đồng", "ngân sách bố trí thêm", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ngân hàng 71,2 tỷ đồng", "71,2", 71.2e9, "money", "đồng", "ngân sách đã chuyển sang ngân hàng", percent=83.8,
      period=P("tính đến ngày 30/9", None, "2024-09-30")),
    F("ít nhất 10%", "10", 10, "percent", "%", "nguồn vốn ủy thác địa phương trong tổng nguồn vốn của chi nhánh",
      approx="at_least", status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

build("p239-6", TEXT, HEADER, FIGS, published="2024-10-21", location="Hà Tĩnh")
